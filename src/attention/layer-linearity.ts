/**
 * Whether a self-attention layer acts on its input as a linear operator would, the premise of paper
 * 000 eq 7 ("the output of layer l is given by the Boltzmann operator e^{−βH^(l)}, which, when
 * applied to the state from the previous layer, propagates correlations forward"): a fixed operator
 * applied to the state is additive in the state, attention is not, because its weights depend on it.
 *
 * @module
 */
import { attention } from "./attention.js";
import { add, matmul, maxAbs, maxAbsDiff, type Mat } from "./matrix.js";

/** A single-head self-attention layer's projections. */
export interface AttentionLayer {
  wq: Mat;
  wk: Mat;
  wv: Mat;
}

/** The layer's output on tokens X: softmax(XW_Q (XW_K)ᵀ/√d) X W_V. */
export function attentionLayerOutput(l: AttentionLayer, x: Mat): Mat {
  return attention(matmul(x, l.wq), matmul(x, l.wk), matmul(x, l.wv)).output;
}

/**
 * max |A(X + Y) − A(X) − A(Y)| over the entries, with A the layer: 0 for any linear operator (up to
 * rounding), in particular for a fixed e^{−βH} applied to the state.
 */
export function additivityDefect(l: AttentionLayer, x: Mat, y: Mat): number {
  return maxAbsDiff(attentionLayerOutput(l, add(x, y)), add(attentionLayerOutput(l, x), attentionLayerOutput(l, y)));
}

/** Rounding allowance for {@link additivityDefect}: a few ε times the size of the products. */
export function additivityTolerance(l: AttentionLayer, x: Mat, y: Mat): number {
  const n = x.length;
  return 64 * n * Number.EPSILON * (1 + maxAbs(x) + maxAbs(y)) * (1 + maxAbs(l.wv)) * 8;
}
