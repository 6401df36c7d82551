// Public API of src/spinglass/: re-export each module here.
export {};
