// Public API of src/mcmc/: re-export each module here.
export * from "./finite-chain.js";
export * from "./metropolis.js";
export * from "./estimators.js";
export * from "./metropolis-run.js";
export { isingKernelStatus } from "./metropolis-native.js";
