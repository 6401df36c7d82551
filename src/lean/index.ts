// Public API of src/lean/: the syntactic checker of the Lean sketches and access to them.
export * from "./checker.js";
export * from "./sketches.js";
export * from "./listing.js";
