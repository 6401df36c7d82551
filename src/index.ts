/**
 * spinspec: reference implementations and the claims engine.
 *
 * Users import the numerics from here (`expm`, `trotterError`, `isingTorusLogZ`,
 * `curieWeissLogZ`, `besselRatio`, …) and the claim-definition API (`holds`, `part`, …).
 *
 * @module
 */
export * from "./claims/index.js";
export * from "./documents/index.js";
export * from "./random/index.js";
export * from "./attention/index.js";
export * from "./linalg/index.js";
export * from "./precision/index.js";
export * from "./lean/index.js";
export * from "./ising/index.js";
export * from "./mcmc/index.js";
export * from "./meanfield/index.js";
export * from "./hopfield/index.js";
export * from "./spinglass/index.js";
export * from "./special/index.js";
export * from "./fit/index.js";
