/**
 * Scaled dot-product attention (paper 000 §3.1 eq 2-3, thesis 003 eq 2.11), its multi-head form
 * (000 eq 4, 003 App. A.1), and the variants the documents print: the Lean listing's
 * `attentionMatrix` (002 §9), which divides by one global sum, and a softmax "over hidden
 * dimensions" (003 §2.2 text). Everything is written literally, so the claims can compare them.
 *
 * @module
 */
import { bool, finite, finiteMatrix, int, obj } from "../args/check.js";
import { softmax } from "./softmax.js";
import { add, hconcat, matmul, rows, shape, transpose, type Mat } from "./matrix.js";
import { blockList, headArg, headList } from "./mat-args.js";

/** `q` and `k` finite matrices with one number of columns; returns [rows of q, rows of k, columns]. */
function queriesKeys(fn: string, q: unknown, k: unknown): [number, number, number] {
  const [n, d] = finiteMatrix(fn, "q", q);
  const [nk, dk] = finiteMatrix(fn, "k", k);
  if (d !== dk) throw new RangeError(`${fn}: q has ${d} columns and k ${dk}: they must agree`);
  return [n, nk, d];
}

/**
 * Scores S = c·Q·Kᵀ (c = 1/√d_k in standard attention): Q, K finite with one number of columns, c
 * finite.
 */
export function attentionScores(q: Mat, k: Mat, c: number): Mat {
  queriesKeys("attentionScores", q, k);
  finite("attentionScores", "c", c);
  return matmul(q, transpose(k)).map((r) => r.map((x) => c * x));
}

/**
 * Softmax of each row of `s` (a finite matrix) at inverse temperature `beta` (finite): the
 * row-stochastic attention matrix.
 */
export function rowSoftmax(s: Mat, beta = 1): Mat {
  finiteMatrix("rowSoftmax", "s", s);
  finite("rowSoftmax", "beta", beta);
  return s.map((r) => Array.from(softmax(r, beta)));
}

/** Softmax of each column of `s` (the wrong axis for attention; used by the liveness tests and the readings). */
export function columnSoftmax(s: Mat, beta = 1): Mat {
  finiteMatrix("columnSoftmax", "s", s);
  finite("columnSoftmax", "beta", beta);
  return transpose(rowSoftmax(transpose(s), beta));
}

/** Options of {@link attention}. */
export interface AttentionOptions {
  /** Multiplier of Q·Kᵀ; default 1/√d_k. */
  scale?: number;
  /** Additive bias B_ij on the scores (e.g. a positional bias). */
  bias?: Mat;
  /** Causal mask: key j > query i gets weight 0 (score −∞). */
  causal?: boolean;
}

/** The weights A = softmax_row(c·QKᵀ + B) and output Z = A·V of one attention head. */
export interface AttentionResult {
  weights: Mat;
  output: Mat;
}

/**
 * One attention head: A_ij = exp(c q_i·k_j + B_ij) / Σ_k exp(c q_i·k_k + B_ik), Z = A V.
 * A causal mask drops keys j > i from row i (as GPT does); the row is renormalised over the rest.
 * Domain: Q (n×d), K (n_k×d), V (n_k×d_v) finite; `options.scale` finite, `options.bias` a finite
 * n×n_k matrix, `options.causal` a boolean (then n_k = n).
 */
export function attention(q: Mat, k: Mat, v: Mat, options: AttentionOptions = {}): AttentionResult {
  const [n, nk, dk] = queriesKeys("attention", q, k);
  const [nv] = finiteMatrix("attention", "v", v);
  if (nk !== nv) throw new RangeError(`attention: k has ${nk} rows (keys) but v ${nv} (values)`);
  obj("attention", "options", options);
  if (options.scale !== undefined) finite("attention", "options.scale", options.scale);
  if (options.bias !== undefined) finiteMatrix("attention", "options.bias", options.bias, { rows: n, cols: nk });
  if (options.causal !== undefined) bool("attention", "options.causal", options.causal);
  if (options.causal && nk !== n)
    throw new RangeError(`attention: options.causal needs as many keys as queries, got ${nk} and ${n}`);
  const c = options.scale ?? 1 / Math.sqrt(dk);
  let s = attentionScores(q, k, c);
  if (options.bias) s = add(s, options.bias);
  const weights: Mat = s.map((row, i) => {
    if (!options.causal) return Array.from(softmax(row));
    if (nk !== n) throw new RangeError("causal attention needs as many keys as queries");
    const kept = Array.from(softmax(row.slice(0, i + 1)));
    return row.map((_, j) => (j <= i ? kept[j] : 0));
  });
  return { weights, output: matmul(weights, v) };
}

/** The projections of one head: Q = X W_Q, K = X W_K, V = X W_V. */
export interface HeadWeights {
  wq: Mat;
  wk: Mat;
  wv: Mat;
}

/**
 * Self-attention of X with one head's projections; returns the head's weights and output. X
 * finite (N×d), head.wq/wk/wv finite with d rows (wq, wk of one width); options as {@link attention}.
 */
export function selfAttention(x: Mat, head: HeadWeights, options: AttentionOptions = {}): AttentionResult {
  const [, d] = finiteMatrix("selfAttention", "x", x);
  headArg("selfAttention", "head", head, d);
  return attention(matmul(x, head.wq), matmul(x, head.wk), matmul(x, head.wv), options);
}

/**
 * Multi-head attention as implemented: concatenate the head outputs Z⁽ʰ⁾ (each N×d_v) along the
 * columns, then multiply by W_O (H·d_v × d_model). Domain: X finite (N×d), a non-empty array of
 * heads as {@link selfAttention}, W_O finite with Σ_h d_v⁽ʰ⁾ rows.
 */
export function multiHeadConcat(x: Mat, heads: HeadWeights[], wo: Mat): Mat {
  multiHeadArgs("multiHeadConcat", x, heads, wo);
  return matmul(hconcat(heads.map((h) => selfAttention(x, h).output)), wo);
}

/**
 * Multi-head attention as a sum of per-head blocks: Σ_h Z⁽ʰ⁾ W_O⁽ʰ⁾, where W_O⁽ʰ⁾ is the h-th block
 * of d_v rows of W_O. Equal to {@link multiHeadConcat} by block matrix multiplication. Domain as
 * {@link multiHeadConcat}.
 */
export function multiHeadSumOfBlocks(x: Mat, heads: HeadWeights[], wo: Mat): Mat {
  multiHeadArgs("multiHeadSumOfBlocks", x, heads, wo);
  let acc: Mat | undefined;
  let r = 0;
  for (const h of heads) {
    const z = selfAttention(x, h).output;
    const dv = shape(z)[1];
    const term = matmul(z, rows(wo, r, r + dv));
    r += dv;
    acc = acc ? add(acc, term) : term;
  }
  if (!acc) throw new RangeError("multi-head attention needs at least one head");
  if (r !== shape(wo)[0]) throw new RangeError(`W_O has ${shape(wo)[0]} rows, heads give ${r}`);
  return acc;
}

/**
 * The thesis' App. A.1 reading of the head sum: each head's N×d output is added into an empty
 * N×(H·d) placeholder at its own columns ("a concatenation of columns by adding to empty
 * placeholders"). Returns that sum of padded blocks. `blocks`: a non-empty array of finite
 * matrices with one row count.
 */
export function placeholderSum(blocks: Mat[]): Mat {
  blockList("placeholderSum", "blocks", blocks);
  const widths = blocks.map((b) => shape(b)[1]);
  const total = widths.reduce((a, b) => a + b, 0);
  const n = shape(blocks[0])[0];
  let acc: Mat = Array.from({ length: n }, () => new Array<number>(total).fill(0));
  let off = 0;
  for (const b of blocks) {
    const padded = b.map((row) => {
      const out = new Array<number>(total).fill(0);
      row.forEach((x, j) => (out[off + j] = x));
      return out;
    });
    acc = add(acc, padded);
    off += shape(b)[1];
  }
  return acc;
}

/**
 * The Lean listing's `attentionMatrix` (002 §9), encoded literally:
 * `scores i j = beta * (Q i ⬝ᵥ K j)`, `Z = ∑ i, ∑ j, exp (scores i j)`, entry `exp (scores i j) / Z`.
 * One global normaliser for the whole matrix, not one per row. Computed with a global max shift.
 * Q, K finite with one number of columns, β finite; a RangeError (naming β) when a score β·q_i·k_j
 * is beyond float64, where the shift would give NaN.
 */
export function leanAttentionMatrix(q: Mat, k: Mat, beta: number): Mat {
  queriesKeys("leanAttentionMatrix", q, k);
  finite("leanAttentionMatrix", "beta", beta);
  const s = attentionScores(q, k, beta);
  let m = -Infinity;
  for (const r of s) for (const x of r) m = Math.max(m, x);
  if (!s.every((r) => r.every(Number.isFinite)))
    throw new RangeError(`leanAttentionMatrix: β·q_i·k_j must be finite, got an overflow at β = ${beta}`);
  const e = s.map((r) => r.map((x) => Math.exp(x - m)));
  let z = 0;
  for (const r of e) for (const x of r) z += x;
  return e.map((r) => r.map((x) => x / z));
}

/**
 * The thesis' text reading of its softmax (003 §2.2: "for each token x_i ∈ ℝ^D, the hidden
 * dimensions are distributed exponentially and normalized to sum up to 1"): softmax over the D
 * hidden components of each token's row of (QKᵀ/√D)·V, instead of over the keys. Q, K finite with
 * one number of columns, V finite with as many rows as K.
 */
export function hiddenDimensionSoftmaxAttention(q: Mat, k: Mat, v: Mat): Mat {
  const [, nk, dk] = queriesKeys("hiddenDimensionSoftmaxAttention", q, k);
  const [nv] = finiteMatrix("hiddenDimensionSoftmaxAttention", "v", v);
  if (nv !== nk) throw new RangeError(`hiddenDimensionSoftmaxAttention: k has ${nk} rows but v ${nv}`);
  return rowSoftmax(matmul(attentionScores(q, k, 1 / Math.sqrt(dk)), v));
}

/** The symmetric part J^e = (J + Jᵀ)/2 of a finite square matrix. */
export function symmetricPart(j: Mat): Mat {
  finiteMatrix("symmetricPart", "J", j, { square: true });
  return j.map((r, a) => r.map((x, b) => (x + j[b][a]) / 2));
}

/**
 * Ising energy H = −Σ_ij J_ij s_i·s_j of spins s (rows of `s`: scalar spins are 1-column rows,
 * vector spins as in thesis eq 2.14 have D columns). J finite N×N, s finite with N rows.
 */
export function pairEnergy(j: Mat, s: Mat): number {
  const [n] = finiteMatrix("pairEnergy", "J", j, { square: true });
  finiteMatrix("pairEnergy", "s", s, { rows: n });
  let e = 0;
  for (let a = 0; a < n; a++) {
    for (let b = 0; b < n; b++) {
      let dot = 0;
      for (let c = 0; c < s[a].length; c++) dot += s[a][c] * s[b][c];
      e -= j[a][b] * dot;
    }
  }
  return e;
}

/**
 * The columns of W_O that belong to head h when each head has width `dv` (helper for tests): W_O
 * finite, h ≥ 0 and dv ≥ 1 integers with (h + 1)·dv ≤ its rows.
 */
export function headBlock(wo: Mat, h: number, dv: number): Mat {
  const [r] = finiteMatrix("headBlock", "wo", wo);
  int("headBlock", "dv", dv, 1, r);
  int("headBlock", "h", h, 0, Math.floor(r / dv) - 1);
  return rows(wo, h * dv, (h + 1) * dv);
}

/** X, the heads and W_O of {@link multiHeadConcat}: W_O must have Σ_h d_v⁽ʰ⁾ rows. */
function multiHeadArgs(fn: string, x: unknown, heads: unknown, wo: unknown): void {
  const [, d] = finiteMatrix(fn, "x", x);
  headList(fn, "heads", heads, d);
  const [r] = finiteMatrix(fn, "wo", wo);
  const dv = (heads as HeadWeights[]).reduce((t, h) => t + h.wv[0].length, 0);
  if (r !== dv) throw new RangeError(`${fn}: wo must have ${dv} rows (the heads' value widths), got ${r}`);
}
