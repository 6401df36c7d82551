/**
 * How a single global normaliser splits over the rows of a score matrix: with Z_i = Σ_j e^{s_ij}
 * and Z = Σ_i Z_i, row i holds the share Z_i/Z. The Lean listing's `attentionMatrix` (002 §9)
 * divides by Z instead of Z_i, so its entry (i, j) is the row softmax times Z_i/Z.
 *
 * @module
 */
import { logSumExp } from "./softmax.js";
import type { Mat } from "./matrix.js";

/**
 * Z_i/Z for every row, from per-row log-sum-exps ln Z_i (each max-shifted) and a second shift by
 * max_i ln Z_i: a road independent of one global max shift over the whole matrix.
 */
export function rowPartitionShares(s: Mat): number[] {
  const lz = s.map((r) => logSumExp(r));
  const lzMax = Math.max(...lz);
  const zTot = lz.reduce((a, b) => a + Math.exp(b - lzMax), 0);
  return lz.map((l) => Math.exp(l - lzMax) / zTot);
}
