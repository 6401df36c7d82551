/**
 * Layer normalisation and the tangent projection of the thesis (003 §2.2 eq 2.12, App. A.1 eq
 * A.1.2), and eq 2.12's multi-head sum with projected value weights.
 *
 * @module
 */
import { finiteArray, finiteMatrix, real } from "../args/check.js";
import { rowSoftmax } from "./attention.js";
import { matmul, transpose, type Mat } from "./matrix.js";
import { thesisHeadsArg } from "./mat-args.js";

/**
 * LN(x) = (x − mean(x)) / √(var(x) + ε) per token (row), without gain and bias: "normalizing each
 * token across its hidden dimensions to have zero mean and fixed deviation". The ε (default 1e-5,
 * as in common implementations) keeps a constant token finite: it maps to the zero vector.
 * Domain: X a finite matrix, ε finite and ≥ 0 (with ε = 0 a constant token still maps to zero).
 */
export function layerNorm(x: Mat, eps = 1e-5): Mat {
  finiteMatrix("layerNorm", "x", x);
  real("layerNorm", "eps", eps, 0, Number.MAX_VALUE, { what: "finite and ≥ 0" });
  return x.map((row) => {
    const d = row.length;
    const mean = row.reduce((s, v) => s + v, 0) / d;
    const variance = row.reduce((s, v) => s + (v - mean) ** 2, 0) / d;
    // A constant token with ε = 0 has variance + ε = 0: it maps to the zero vector, as it does for
    // any ε > 0, instead of 0·∞ = NaN.
    if (variance + eps === 0) return row.map(() => 0);
    const inv = 1 / Math.sqrt(variance + eps);
    return row.map((v) => (v - mean) * inv);
  });
}

/**
 * P⊥_x y = y − ⟨x, y⟩x (thesis eq A.1.2): the tangent projection at x when |x| = 1. x and y
 * finite, of one length.
 */
export function tangentProjection(x: ArrayLike<number>, y: ArrayLike<number>): number[] {
  finiteArray("tangentProjection", "x", x);
  finiteArray("tangentProjection", "y", y, { length: x.length, lengthOf: "x" });
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
 * "projections in the weight matrices"). Summing over h fills each block once. Domain: see
 * thesisHeadsArg in mat-args.ts (X a finite N×D matrix; wq and wk H
 * finite D-row matrices each, wv finite D×D' with H | D').
 */
export function thesisMultiHeadSum(x: Mat, heads: ThesisHeads): Mat {
  const [h, dModel] = thesisHeadsArg("thesisMultiHeadSum", x, heads);
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
 * (N × D/H), the H outputs placed side by side. The implementation-style road to eq 2.12. Domain:
 * see thesisHeadsArg in mat-args.ts (X a finite N×D matrix; wq and wk H
 * finite D-row matrices each, wv finite D×D' with H | D').
 */
export function thesisMultiHeadConcat(x: Mat, heads: ThesisHeads): Mat {
  const [h, dModel] = thesisHeadsArg("thesisMultiHeadConcat", x, heads);
  const width = dModel / h;
  const outs = heads.wq.map((wq, k) => {
    const a = rowSoftmax(matmul(matmul(x, wq), transpose(matmul(x, heads.wk[k]))));
    const slice = heads.wv.map((row) => row.slice(k * width, (k + 1) * width));
    return matmul(a, matmul(x, slice));
  });
  return outs[0].map((_, i) => outs.flatMap((o) => o[i]));
}
