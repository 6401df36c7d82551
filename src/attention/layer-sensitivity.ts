/**
 * First-order responses of one attention head's output Z = softmax_row(c·QKᵀ)·V to a relative
 * change of its two factors: the value matrix (V → (1 + t)V) and the scores, i.e. the softmax's
 * inverse temperature (c → (1 + t)c). Used to ask whether the softmax "dominates" and V only adds
 * "second-order effects" (paper 000 §3.2 Remark 1).
 */
import { attention } from "./attention.js";
import type { Mat } from "./matrix.js";

/** Frobenius norm of a matrix. */
function frobenius(m: Mat): number {
  let s = 0;
  for (const r of m) for (const x of r) s += x * x;
  return Math.sqrt(s);
}

/**
 * The two responses at t = 0, as Frobenius norms:
 * - `value` = ‖d/dt Z((1 + t)V)‖ = ‖Z‖ (Z is linear in V: its response is first order, never second);
 * - `scores` = ‖d/dt Z at scores (1 + t)S‖, row i being Σ_j A_ij (S_ij − Σ_k A_ik S_ik) V_j (the
 *   derivative of a Boltzmann average in β is the covariance of energy and observable).
 * S = c·QKᵀ with c = 1/√d_k unless `scale` is given. Domain: as {@link attention}.
 */
export function headResponses(q: Mat, k: Mat, v: Mat, scale?: number): { value: number; scores: number } {
  const c = scale ?? 1 / Math.sqrt(q[0]?.length ?? 1);
  const { weights, output } = attention(q, k, v, { scale: c });
  const dZ: Mat = weights.map((row, i) => {
    const s = k.map((kj) => c * q[i].reduce((acc, x, m) => acc + x * kj[m], 0));
    const mean = row.reduce((acc, a, j) => acc + a * s[j], 0);
    return v[0].map((_, col) => row.reduce((acc, a, j) => acc + a * (s[j] - mean) * v[j][col], 0));
  });
  return { value: frobenius(output), scores: frobenius(dZ) };
}
