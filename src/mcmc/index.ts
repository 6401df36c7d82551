// Public API of src/mcmc/: re-export each module here.
export {};
