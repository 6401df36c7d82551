/**
 * The thesis' §4.2 comparison of field and coupling strength, done like with like: the local field
 * the couplings produce at a site, ‖Σ_j J_ij m_j‖, against the external field's ‖x_i‖.
 *
 * With J_ij ~ N(0, J²/N) and ‖m_j‖ = R in random directions, ‖Σ_j J_ij m_j‖² ≈ R² Σ_j J_ij² ≈ J² R²,
 * so the ratio is ≈ J: the coupling's local field is as strong as the field (‖x_i‖ = R), although
 * the per-coupling variance J²/N is small next to the per-component field variance R²/D.
 *
 * @module
 */
import { gaussianArray } from "./arbitraries.js";
import { rowDot, thesisRadius, thesisSystem } from "./system.js";
import { Prng } from "../random/prng.js";

/**
 * Site-averaged ‖Σ_j J_ij m_j‖ / ‖x_i‖ for one instance of the thesis' set-up (`seed`; fields of norm
 * R, J_ij ~ N(0, couplingScale²/N)) with m_j uniform on the sphere of radius R (seed + 1).
 */
export function couplingToFieldRatio(seed: number, N: number, D: number, couplingScale = 1): number {
  const sys = thesisSystem(new Prng(seed), { N, D, couplingScale });
  const R = thesisRadius(D);
  const m = gaussianArray(seed + 1, N * D);
  for (let i = 0; i < N; i++) {
    const n = Math.sqrt(rowDot(m, i, m, i, D));
    for (let a = 0; a < D; a++) m[i * D + a] *= R / n;
  }
  let r = 0;
  for (let i = 0; i < N; i++) {
    const v = new Float64Array(D);
    for (let j = 0; j < N; j++) for (let a = 0; a < D; a++) v[a] += sys.J[i * N + j] * m[j * D + a];
    r += Math.hypot(...v) / Math.sqrt(rowDot(sys.x, i, sys.x, i, D));
  }
  return r / N;
}
