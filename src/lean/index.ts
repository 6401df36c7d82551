// Public API of src/lean/: re-export each module here.
export {};
