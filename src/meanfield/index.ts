// Public API of src/meanfield/: re-export each module here.
export {};
