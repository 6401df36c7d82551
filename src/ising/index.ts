// Public API of src/ising/: re-export each module here.
export {};
