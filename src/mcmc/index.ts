// Public API of src/mcmc/: re-export each module here.
export * from "./finite-chain.js";
export {
  type Acceptance,
  checkerboardDeterministicImage,
  checkerboardSweep,
  metropolisAcceptance,
  metropolisSweep,
  type TorusState,
  torusEnergy,
  torusState,
  wolffStep,
} from "./metropolis.js";
export * from "./estimators.js";
export * from "./metropolis-run.js";
export { isingKernelStatus } from "./metropolis-native.js";
