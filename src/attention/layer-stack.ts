/**
 * A stack of self-attention layers, each fed the previous layer's output (paper 000 §3.2
 * Remark 2: "the output of one self-attention layer, after being modulated by V, is fed into the
 * next"), and a shift-free measure of how much an attention matrix changed.
 */
import { selfAttention, type HeadWeights } from "./attention.js";
import type { Mat } from "./matrix.js";

/**
 * The attention weights of every layer of the stack X → Z¹ → Z² → …, where layer l computes
 * Z^l = softmax_row(Z^{l−1}W_Q^l (Z^{l−1}W_K^l)ᵀ/√d_k)·Z^{l−1}W_V^l (no residual, no layer norm,
 * Z⁰ = X). Layer l's weights are its couplings; they depend on every earlier W_V through Z^{l−1}.
 * Domain: X finite (N×d), a non-empty list of heads whose shapes chain (W_V^l has as many columns as
 * W_Q^{l+1} has rows).
 */
export function stackWeights(x: Mat, layers: readonly HeadWeights[]): Mat[] {
  if (layers.length === 0) throw new RangeError("stackWeights: layers must be a non-empty list of heads");
  const out: Mat[] = [];
  let z = x;
  for (const layer of layers) {
    const r = selfAttention(z, layer);
    out.push(r.weights);
    z = r.output;
  }
  return out;
}

/**
 * max_i max_{j,k} |ln(A_ij/A_ik) − ln(B_ij/B_ik)|: how much the log-odds between keys changed, row by
 * row. Unlike max|A − B| it does not vanish when one key takes almost all the weight, and it is 0
 * exactly when every row of B is A's row (the softmax of scores that differ by a per-row constant).
 * Computed as max_i (max_j d_ij − min_j d_ij) with d_ij = ln A_ij − ln B_ij. Domain: two matrices of
 * one shape with positive entries (a zero weight has no log-odds: RangeError).
 */
export function maxLogOddsChange(a: Mat, b: Mat): number {
  if (a.length !== b.length || a.some((r, i) => r.length !== b[i].length))
    throw new RangeError("maxLogOddsChange: a and b must have one shape");
  let worst = 0;
  a.forEach((row, i) => {
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    row.forEach((p, j) => {
      const q = b[i][j];
      if (!(p > 0) || !(q > 0) || !Number.isFinite(p) || !Number.isFinite(q))
        throw new RangeError(`maxLogOddsChange: entry (${i}, ${j}) must be positive and finite, got ${p}, ${q}`);
      const d = Math.log(p) - Math.log(q);
      lo = Math.min(lo, d);
      hi = Math.max(hi, d);
    });
    worst = Math.max(worst, hi - lo);
  });
  return worst;
}
