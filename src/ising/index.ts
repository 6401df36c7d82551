// Public API of src/ising/: re-export each module here.
export * from "./lattice.js";
export * from "./enumerate.js";
export * from "./observables.js";
export * from "./transfer1d.js";
export * from "./kaufman.js";
export * from "./row-transfer.js";
export * from "./onsager.js";
export * from "./tfim.js";
export * from "./lean-listing.js";
export * from "./correlation-length.js";
