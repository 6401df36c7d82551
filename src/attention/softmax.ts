/**
 * Softmax with an inverse temperature, computed stably.
 *
 * p_i(β) = e^{β a_i} / Σ_j e^{β a_j}. Subtracting max_j β a_j before exponentiating changes
 * nothing mathematically (the factor cancels) and keeps every exponent ≤ 0, so no overflow.
 *
 * @module
 */
import { NumericError } from "../claims/violation.js";

function checkLogits(a: ArrayLike<number>, beta: number): void {
  if (a.length === 0) throw new RangeError("softmax needs at least one logit");
  if (!Number.isFinite(beta)) throw new NumericError(`softmax: beta is ${beta}`);
  for (let i = 0; i < a.length; i++) {
    if (!Number.isFinite(a[i])) throw new NumericError(`softmax: logit ${i} is ${a[i]}`);
  }
}

/** ln Σ_i e^{β a_i}, stably. */
export function logSumExp(a: ArrayLike<number>, beta = 1): number {
  checkLogits(a, beta);
  let m = -Infinity;
  for (let i = 0; i < a.length; i++) m = Math.max(m, beta * a[i]);
  let s = 0;
  for (let i = 0; i < a.length; i++) s += Math.exp(beta * a[i] - m);
  return m + Math.log(s);
}

/**
 * The softmax of `a` at inverse temperature `beta` together with ln Z = ln Σ_i e^{β a_i}, from one
 * pass of exponentials (the same sum {@link logSumExp} forms, in the same order).
 */
export function softmaxWithLogZ(a: ArrayLike<number>, beta = 1): { p: Float64Array; lnZ: number } {
  checkLogits(a, beta);
  let m = -Infinity;
  for (let i = 0; i < a.length; i++) m = Math.max(m, beta * a[i]);
  const p = new Float64Array(a.length);
  let s = 0;
  for (let i = 0; i < a.length; i++) {
    p[i] = Math.exp(beta * a[i] - m);
    s += p[i];
  }
  for (let i = 0; i < a.length; i++) p[i] /= s;
  return { p, lnZ: m + Math.log(s) };
}

/** The softmax of `a` at inverse temperature `beta` (default 1). */
export function softmax(a: ArrayLike<number>, beta = 1): Float64Array {
  return softmaxWithLogZ(a, beta).p;
}
