// Public API of src/spinglass/: re-export each module here.
export * from "./system.js";
export * from "./energy.js";
export * from "./readout.js";
export * from "./vmf.js";
export * from "./meanfield.js";
export * from "./sampler.js";
export * from "./diagnostics.js";
export * from "./stein-average.js";
export type { KernelName, SamplerKernel } from "./sampler-kernel.js";
export { kernelEvidence } from "./sampler-kernel.js";
export { nativeKernelStatus } from "./kernel-native.js";
export { wasmKernelAvailable } from "./kernel.js";
