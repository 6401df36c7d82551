/**
 * Layer normalisation and the tangent projection of the thesis (003 §2.2 eq 2.12, App. A.1 eq
 * A.1.2), and eq 2.12's multi-head sum with projected value weights.
 *
 * @module
 */
import { rowSoftmax } from "./attention.js";
import { matmul, shape, transpose, type Mat } from "./matrix.js";

/**
 * LN(x) = (x − mean(x)) / √(var(x) + ε) per token (row), without gain and bias: "normalizing each
 * token across its hidden dimensions to have zero mean and fixed deviation". The ε (default 1e-5,
 * as in common implementations) keeps a constant token finite: it maps to the zero vector.
 */
export function layerNorm(x: Mat, eps = 1e-5): Mat {
  shape(x);
  return x.map((row) => {
    const d = row.length;
    const mean = row.reduce((s, v) => s + v, 0) / d;
    const variance = row.reduce((s, v) => s + (v - mean) ** 2, 0) / d;
    const inv = 1 / Math.sqrt(variance + eps);
    return row.map((v) => (v - mean) * inv);
  });
}

/** P⊥_x y = y − ⟨x, y⟩x (thesis eq A.1.2): the tangent projection at x when |x| = 1. */
export function tangentProjection(x: ArrayLike<number>, y: ArrayLike<number>): number[] {
  if (x.length !== y.length) throw new RangeError(`tangent projection: |x| has ${x.length} components, y ${y.length}`);
  let dot = 0;
  for (let i = 0; i < x.length; i++) dot += x[i] * y[i];
  return Array.from(y, (v, i) => v - dot * x[i]);
}

/** Per-head weights of eq 2.12: W_Q^h, W_K^h (D × d_h) and the full value map W_V (D × D). */
export interface ThesisHeads {
  wq: Mat[];
  wk: Mat[];
  wv: Mat;
}

/**
 * Eq 2.12 without residual and layer norm, literally: Σ_h ζ(x W_Q^h W_K^hᵀ xᵀ) · x W_V^{(·,h)}, where
 * W_V^{(·,h)} is W_V with every column outside head h's block of D/H columns set to 0 (the
 * "projections in the weight matrices"). Summing over h fills each block once.
 */
export function thesisMultiHeadSum(x: Mat, heads: ThesisHeads): Mat {
  const [, dModel] = shape(heads.wv);
  const h = heads.wq.length;
  if (h === 0 || dModel % h !== 0) throw new RangeError(`eq 2.12 needs H | D, got H = ${h}, D = ${dModel}`);
  const width = dModel / h;
  let acc: Mat | undefined;
  for (let k = 0; k < h; k++) {
    const a = rowSoftmax(matmul(matmul(x, heads.wq[k]), transpose(matmul(x, heads.wk[k]))));
    const projected = heads.wv.map((row) => row.map((v, c) => (c >= k * width && c < (k + 1) * width ? v : 0)));
    const term = matmul(a, matmul(x, projected));
    acc = acc ? acc.map((r, i) => r.map((v, c) => v + term[i][c])) : term;
  }
  return acc as Mat;
}

/**
 * The same layer computed head by head and concatenated: head k's output ζ(…)·x W_V[:, block k]
 * (N × D/H), the H outputs placed side by side. The implementation-style road to eq 2.12.
 */
export function thesisMultiHeadConcat(x: Mat, heads: ThesisHeads): Mat {
  const [, dModel] = shape(heads.wv);
  const h = heads.wq.length;
  const width = dModel / h;
  const outs = heads.wq.map((wq, k) => {
    const a = rowSoftmax(matmul(matmul(x, wq), transpose(matmul(x, heads.wk[k]))));
    const slice = heads.wv.map((row) => row.slice(k * width, (k + 1) * width));
    return matmul(a, matmul(x, slice));
  });
  return outs[0].map((_, i) => outs.flatMap((o) => o[i]));
}
