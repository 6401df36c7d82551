/**
 * Whether a continued nMF branch keeps its local fields away from zero, the premise of the β → ∞
 * argument that nMF's fixed point tends to a zero-energy state of H_loss.
 *
 * At a fixed point m_i = φ(θ_i) = R·A(βR‖θ_i‖)·θ̂_i (θ = x + Jm), so H_loss = ½R²Σ_i (1 − A(βR‖θ_i‖))²,
 * and 1 − A(κ) ≈ (D − 1)/(2κ) for large κ: H_loss → 0 exactly when β·min_i ‖θ_i‖ → ∞. A site whose
 * field shrinks as fast as 1/β never reaches ‖m_i‖ = R. That happens where a self-coupling J_ii < 0
 * nearly cancels the rest of the field, ‖x_i + Σ_{j≠i} J_ij m_j‖ → −J_ii·R: an --explore pass drew
 * N = 4, D = 5 with J_11 = −0.359 (−J_11·R = 0.4397) and ‖θ_1‖ falling 0.107 → 0.027 → 0.0047 over
 * β = 1e3, 1e4, 1e5, and H_loss falling only 6.4× per decade.
 *
 * @module
 */
import { localFields, rowDot, type SpinSystem } from "./system.js";

/**
 * min_i ‖θ_i(after)‖ / ‖θ_i(before)‖ for two states of the same system (θ = x + J m): 1 when every
 * local field keeps its norm, 1/10 when some site's field shrinks tenfold. `before` and `after` as
 * {@link localFields} requires; a site whose field is exactly 0 in `before` gives 0/0 and a RangeError.
 */
export function smallestFieldRatio(sys: SpinSystem, before: Float64Array, after: Float64Array): number {
  const t0 = localFields(sys, before);
  const t1 = localFields(sys, after);
  let worst = Number.POSITIVE_INFINITY;
  for (let i = 0; i < sys.N; i++) {
    const n0 = Math.sqrt(rowDot(t0, i, t0, i, sys.D));
    if (n0 === 0) throw new RangeError(`smallestFieldRatio: the local field of site ${i} in before is exactly 0`);
    worst = Math.min(worst, Math.sqrt(rowDot(t1, i, t1, i, sys.D)) / n0);
  }
  return worst;
}
