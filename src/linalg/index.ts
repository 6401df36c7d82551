// Public API of src/linalg/: float64 matrices (as the namespace `matrix64`, whose short names would
// collide with other areas), mathjs's float `expm`, random matrix families, the float Trotter error
// and the RG map of the Lean listing. The arbitrary-precision `expm` and `trotterError` live in
// src/precision/.
export * as matrix64 from "./matrix.js";
export * as matrixFamilies from "./random.js";
export { expmFloat } from "./expm.js";
export { trotterErrorFloat, trotterStepFloat, matrixPower } from "./trotter-float.js";
export * from "./rg.js";
export { solveLinear } from "./solve.js";
