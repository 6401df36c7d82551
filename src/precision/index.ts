// Public API of src/precision/: re-export each module here.
export {};
