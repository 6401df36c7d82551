// Public API of src/linalg/: re-export each module here.
export {};
