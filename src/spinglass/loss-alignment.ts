/**
 * The squared loss and alignment (thesis 003 §2.3: "The cross terms hereof are negative dot products
 * between them, such that minimizing the loss function revolves around maximizing the alignment of y
 * with f").
 *
 * L = ‖y − f‖² = ‖y‖² + ‖f‖² − 2 y·f: the cross term is −2 y·f. The loss is summed directly
 * ({@link squaredLoss}) and, as a second road, from that expansion ({@link lossExpansion}). Alignment
 * is the cosine y·f/(‖y‖‖f‖) (eq 3.6's per-spin term).
 *
 * @module
 */
import { finiteArray } from "../args/check.js";

function pair(fn: string, y: ArrayLike<number>, f: ArrayLike<number>): void {
  finiteArray(fn, "y", y, { minLength: 1 });
  finiteArray(fn, "f", f, { length: y.length, lengthOf: "y" });
}

/** L = Σ_k (y_k − f_k)². */
export function squaredLoss(y: ArrayLike<number>, f: ArrayLike<number>): number {
  pair("squaredLoss", y, f);
  let s = 0;
  for (let k = 0; k < y.length; k++) s += (y[k] - f[k]) ** 2;
  return s;
}

/** The expansion L = ‖y‖² + ‖f‖² + cross with cross = −2 y·f. */
export function lossExpansion(
  y: ArrayLike<number>,
  f: ArrayLike<number>,
): { normY2: number; normF2: number; cross: number; loss: number } {
  pair("lossExpansion", y, f);
  let yy = 0;
  let ff = 0;
  let yf = 0;
  for (let k = 0; k < y.length; k++) {
    yy += y[k] * y[k];
    ff += f[k] * f[k];
    yf += y[k] * f[k];
  }
  return { normY2: yy, normF2: ff, cross: -2 * yf, loss: yy + ff - 2 * yf };
}

/** The cosine y·f/(‖y‖‖f‖); both vectors must be non-zero. */
export function cosineAlignment(y: ArrayLike<number>, f: ArrayLike<number>): number {
  const { normY2, normF2, cross } = lossExpansion(y, f);
  if (!(normY2 > 0) || !(normF2 > 0)) throw new RangeError("cosineAlignment: y and f must be non-zero");
  return -cross / 2 / Math.sqrt(normY2 * normF2);
}
