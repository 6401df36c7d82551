/**
 * What replacing one positional bias by another does to an attention layer (000 §9.3: the periodic
 * design "is not expected to render the model inoperative"). With the same scores s_ij and biases
 * P, P′ with Δ = max_ij |P′_ij − P_ij|, each row of A′ = softmax(s + P′) stays a probability vector
 * and every weight changes by a bounded factor: A′_ij / A_ij = e^{P′_ij − P_ij} · Z_i / Z′_i ∈
 * [e^{−2Δ}, e^{2Δ}], since Z′_i / Z_i = Σ_j A_ij e^{P′_ij − P_ij} ∈ [e^{−Δ}, e^{Δ}].
 *
 * @module
 */
import { finiteMatrix } from "../args/check.js";
import type { Mat } from "./matrix.js";

/** The summary {@link biasChange} returns. */
export interface BiasChange {
  /** Δ = max |P′ − P|. */
  delta: number;
  /** max_ij |ln(A′_ij / A_ij)|, +∞ when a weight underflows to 0 in one layer and not the other. */
  maxLogRatio: number;
  /** The smallest weight of A′. */
  minWeight: number;
  /** max_i |Σ_j A′_ij − 1|. */
  rowSumError: number;
  /** max_ij |A′_ij − A_ij|. */
  maxChange: number;
}

/**
 * Compare attention weights `a` (bias `p`) and `a2` (bias `p2`), all finite n×m matrices of one
 * shape, weights ≥ 0.
 */
export function biasChange(a: Mat, a2: Mat, p: Mat, p2: Mat): BiasChange {
  const rows = a.length;
  const cols = rows > 0 ? a[0].length : 0;
  for (const [name, m] of [
    ["a", a],
    ["a2", a2],
    ["p", p],
    ["p2", p2],
  ] as const)
    finiteMatrix("biasChange", name, m, { rows, cols });
  let delta = 0,
    maxLogRatio = 0,
    minWeight = Number.POSITIVE_INFINITY,
    rowSumError = 0,
    maxChange = 0;
  for (let i = 0; i < rows; i++) {
    let sum = 0;
    for (let j = 0; j < cols; j++) {
      if (a[i][j] < 0 || a2[i][j] < 0) throw new RangeError(`biasChange: weights must be ≥ 0 at [${i}][${j}]`);
      delta = Math.max(delta, Math.abs(p2[i][j] - p[i][j]));
      const r = a[i][j] === 0 && a2[i][j] === 0 ? 0 : Math.abs(Math.log(a2[i][j] / a[i][j]));
      maxLogRatio = Math.max(maxLogRatio, r);
      minWeight = Math.min(minWeight, a2[i][j]);
      maxChange = Math.max(maxChange, Math.abs(a2[i][j] - a[i][j]));
      sum += a2[i][j];
    }
    rowSumError = Math.max(rowSumError, Math.abs(sum - 1));
  }
  return { delta, maxLogRatio, minWeight, rowSumError, maxChange };
}
