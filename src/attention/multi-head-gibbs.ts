/**
 * Multi-head attention as a Gibbs measure on key tuples: the product reading of paper 000 eq 5,
 * H_MHA = Σ_h H^(h), with each head h attending through its own key variable j_h.
 *
 * The weight of a tuple (j_1, …, j_H) for query 0 is e^{Σ_h S^h_{0 j_h}} (energy −Σ_h S^h), which
 * factorises: Z = Π_h Z_h, the marginal of j_h is head h's softmax row, and the mean of
 * Σ_h (V^h W_O^(h))_{j_h} is the multi-head output row. {@link productGibbs} computes these by
 * enumerating all N^H tuples, a road independent of the factorised formulas.
 *
 * @module
 */
import { attentionScores, type HeadWeights } from "./attention.js";
import { D50, type Dec, softmaxDecimal } from "./decimal.js";
import { matmul, shape, type Mat } from "./matrix.js";

/** Per-head score rows of query 0: S^h_0j = q^h_0·k^h_j/√d_h. */
export function headScoreRows(x: Mat, heads: HeadWeights[]): number[][] {
  return heads.map((h) => {
    const dh = shape(h.wq)[1];
    return attentionScores(matmul(x, h.wq), matmul(x, h.wk), 1 / Math.sqrt(dh))[0];
  });
}

/** The enumerated product Gibbs measure of {@link productGibbs}. */
export interface ProductGibbs {
  /** ln Σ_{tuples} e^{Σ_h S^h_{j_h}}. */
  lnZ: number;
  /** marginals[h][j]: the probability that head h's key is j. */
  marginals: number[][];
  /** The mean of Σ_h vProj[h][j_h] under the measure. */
  mean: number[];
}

/**
 * Enumerate all N^H key tuples of the product measure with weights e^{Σ_h rows[h][j_h]}, shifted
 * by Σ_h max rows[h] against overflow; `vProj[h]` (N rows of a common width) is head h's value
 * contribution V^h W_O^(h). A RangeError above 10⁶ tuples.
 */
export function productGibbs(rows: number[][], vProj: Mat[]): ProductGibbs {
  const hN = rows.length;
  const n = rows[0].length;
  const total = n ** hN;
  if (total > 1e6) throw new RangeError(`productGibbs: ${total} tuples is too many to enumerate`);
  const width = shape(vProj[0])[1];
  let z = 0;
  const marg = rows.map(() => new Array<number>(n).fill(0));
  const mean = new Array<number>(width).fill(0);
  const m = rows.reduce((s, r) => s + Math.max(...r), 0);
  for (let t = 0; t < total; t++) {
    let rest = t;
    const js: number[] = [];
    let e = 0;
    for (let h = 0; h < hN; h++) {
      js.push(rest % n);
      rest = Math.floor(rest / n);
      e += rows[h][js[h]];
    }
    const w = Math.exp(e - m);
    z += w;
    js.forEach((j, h) => {
      marg[h][j] += w;
    });
    for (let c = 0; c < width; c++) for (let h = 0; h < hN; h++) mean[c] += w * vProj[h][js[h]][c];
  }
  return {
    lnZ: m + Math.log(z),
    marginals: marg.map((r) => r.map((x) => x / z)),
    mean: mean.map((x) => x / z),
  };
}

/** The two readings of "one Gibbs measure of Σ_h H^(h)" for query 0, in 50 digits. */
export interface SharedKeyReadings {
  /** Each head's own softmax row (the product reading's marginals). */
  own: Dec[][];
  /** The mean of the heads' rows (what the layer averages, read as one distribution). */
  mixture: Dec[];
  /** softmax(Σ_h S^h): the Gibbs measure of the summed energies on one shared key variable. */
  shared: Dec[];
}

/**
 * The per-head rows, their mixture and the shared-key Gibbs row, computed in 50 digits from the
 * float64 score rows (taken as exact; their float64 sum carries a relative error ~1e-16, far below
 * any tolerance compared against). Evaluating in 50 digits keeps a difference near a 1e-9
 * tolerance from being a rounding artefact.
 */
export function sharedKeyReadings(rows: number[][]): SharedKeyReadings {
  const own = rows.map((r) => softmaxDecimal(r, 1));
  const n = rows[0].length;
  const mixture = Array.from({ length: n }, (_, j) => own.reduce((s, p) => s.add(p[j]), new D50(0)).div(rows.length));
  const summed = Array.from({ length: n }, (_, j) => rows.reduce((s, r) => s + r[j], 0));
  return { own, mixture, shared: softmaxDecimal(summed, 1) };
}
