// Public API of src/hopfield/: re-export each module here.
export * from "./hopfield.js";
export * from "./basins.js";
