/**
 * How the transverse-field Ising ring's curvature peak grows with N (paper 000 Remark 6: the
 * singularity of the infinite chain at g = 1 emerges only as N → ∞).
 *
 * @module
 */
import { NumericError } from "../claims/violation.js";
import { tfimGroundCurvature } from "./tfim.js";

/**
 * −min_{g ∈ [0.9, 1.1]} E₀″(g)/N on a grid of step 1/2000 (the free-fermion closed form). Its growth
 * is (1/π) ln N + const: the infinite chain's E₀″/N diverges like −(1/π) ln|g − 1|, and at size N
 * the divergence is cut off at |g − 1| ~ 1/N.
 */
export function tfimCurvaturePeak(
  N: number,
  curvature: (N: number, g: number) => number = tfimGroundCurvature,
): number {
  let m = 0;
  for (let k = 0; k <= 400; k++) {
    const c = curvature(N, 0.9 + k / 2000) / N;
    if (!Number.isFinite(c)) throw new NumericError(`tfimCurvaturePeak: E₀″/N = ${c} at N = ${N}`);
    m = Math.min(m, c);
  }
  return -m;
}
