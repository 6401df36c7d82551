// Public API of src/special/: re-export each module here.
export * from "./bessel-ratio.js";
