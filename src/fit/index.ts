// Public API of src/fit/: re-export each module here.
export * from "./least-squares.js";
