// Public API of src/precision/: the arbitrary-precision matrix exponential and Trotter error, plus
// the kernels behind them as namespaces (their short names would collide with other areas).
export * as bigfloat from "./bigfloat-public.js";
export * as decimalMatrix from "./decimal-matrix.js";
export { spectralNormBig } from "./spectral-norm.js";
export { expm, type ExpmResult, type ExpmOptions } from "./expm.js";
export { trotterError, trotterDifference, type TrotterOptions, type Rows } from "./trotter.js";
