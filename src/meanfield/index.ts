// Public API of src/meanfield/: re-export each module here.
export * from "./curie-weiss.js";
export * from "./self-consistency.js";
export * from "./sk.js";
