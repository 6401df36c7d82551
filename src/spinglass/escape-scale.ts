/**
 * How far out along the top eigenvector of Jᵉ the energy of eq 2.14 is certain to be falling.
 *
 * On the ray s_i = t·v_i·ê (v the unit top eigenvector of Jᵉ with eigenvalue λ > 0, ê a unit
 * D-vector) the energy H = −Σ_ij J_ij s_i·s_j − Σ_i x_i·s_i is the quadratic
 *   E(t) = −λ t² + c t,  c = −Σ_i v_i (x_i·ê),  |c| ≤ Σ_i |v_i| ‖x_i‖ ≤ F = (Σ_i ‖x_i‖²)^{1/2}
 * (Cauchy–Schwarz), since vᵀJv = vᵀJᵉv = λ. For small λ the field term wins at moderate t and E
 * first rises: a fixed probe such as t = R, 10R, 100R then sees an increase although E is unbounded
 * below (found at N = 4, where λ_max(Jᵉ) can be tiny). From T = max(R, 2F/λ, λ^{−1/2}) on it falls:
 *   E(10T) − E(T) = −99λT² + 9cT ≤ −99λT² + 4.5λT² = −94.5 λT² ≤ −94.5,
 * using 9|c|T ≤ 9F·T ≤ 4.5λT² (T ≥ 2F/λ) and λT² ≥ 1 (T ≥ λ^{−1/2}); the same for 100T against 10T.
 *
 * @module
 */
import { real } from "../args/check.js";

/**
 * T = max(R, 2F/λ, 1/√λ): along the top eigenvector (eigenvalue `lambda` > 0) of Jᵉ, with fields of
 * Frobenius norm `fieldNorm` = F ≥ 0, E(10T) < E(T) − 94 and E(100T) < E(10T) − 94 (derivation in
 * the module comment). `radius` R > 0 is the smallest scale returned. All finite; a RangeError
 * names the argument otherwise, or when T overflows.
 */
export function escapeScale(lambda: number, fieldNorm: number, radius: number): number {
  const fn = "escapeScale";
  real(fn, "lambda", lambda, 0, Number.MAX_VALUE, { openLo: true, what: "finite and > 0 (no escape ray otherwise)" });
  real(fn, "fieldNorm", fieldNorm, 0, Number.MAX_VALUE);
  real(fn, "radius", radius, 0, Number.MAX_VALUE, { openLo: true, what: "finite and > 0" });
  const t = Math.max(radius, (2 * fieldNorm) / lambda, 1 / Math.sqrt(lambda));
  if (!Number.isFinite(t))
    throw new RangeError(`${fn}: the scale overflows (lambda = ${lambda}, fieldNorm = ${fieldNorm})`);
  return t;
}
