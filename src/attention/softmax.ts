/**
 * Softmax with an inverse temperature, computed stably.
 *
 * p_i(β) = e^{β a_i} / Σ_j e^{β a_j}. Subtracting max_j β a_j before exponentiating changes
 * nothing mathematically (the factor cancels) and keeps every exponent ≤ 0, so no overflow.
 *
 * When β a_i itself overflows (|β a_i| > 1.8·10^308, e.g. a = [1e308, −1e308], β = 10), that
 * shift is ±∞ and the plain form gives NaN. Then the shift is taken on a instead: with a* = max a
 * (min a for β < 0), t_i = β (a_i − a*) ≤ 0; when a_i − a* overflows too, |β| > 1 makes t_i = −∞
 * (e^{t_i} = 0) exact in float64, and |β| ≤ 1 keeps β a_i and β a* finite, so t_i = β a_i − β a*.
 * ln Z = β a* + ln Σ e^{t_i} is then ±∞ when it is beyond float64 (the correctly rounded
 * overflow), never NaN. Inputs whose β a_i are all finite take the first form, bit for bit as before.
 *
 * @module
 */
import { finite, finiteArray } from "../args/check.js";

function checkLogits(fn: string, a: ArrayLike<number>, beta: number): void {
  finiteArray(fn, "a", a, { minLength: 1 });
  finite(fn, "beta", beta);
}

/** The shifted exponents t_i and the shift of the overflow path (see the module comment). */
function shiftedOnA(a: ArrayLike<number>, beta: number): { t: Float64Array; shift: number } {
  let star = a[0];
  for (let i = 1; i < a.length; i++) star = beta >= 0 ? Math.max(star, a[i]) : Math.min(star, a[i]);
  const t = new Float64Array(a.length);
  for (let i = 0; i < a.length; i++) {
    const d = a[i] - star;
    t[i] = Number.isFinite(d) ? beta * d : Math.abs(beta) > 1 ? -Infinity : beta * a[i] - beta * star;
  }
  return { t, shift: beta * star };
}

/**
 * ln Σ_i e^{β a_i}, stably: finite logits `a` (at least one) and a finite β, else a RangeError or
 * TypeError naming the argument. ±∞ only when ln Z itself is beyond the float64 range.
 */
export function logSumExp(a: ArrayLike<number>, beta = 1): number {
  checkLogits("logSumExp", a, beta);
  let m = -Infinity;
  for (let i = 0; i < a.length; i++) m = Math.max(m, beta * a[i]);
  if (!Number.isFinite(m)) return softmaxWithLogZ(a, beta).lnZ;
  let s = 0;
  for (let i = 0; i < a.length; i++) s += Math.exp(beta * a[i] - m);
  return m + Math.log(s);
}

/**
 * The softmax of `a` at inverse temperature `beta` together with ln Z = ln Σ_i e^{β a_i}, from one
 * pass of exponentials (the same sum {@link logSumExp} forms, in the same order). `a`: finite
 * logits, at least one; β finite (RangeError or TypeError naming the argument otherwise). p is
 * always a distribution; ln Z is ±∞ only when it is beyond the float64 range.
 */
export function softmaxWithLogZ(a: ArrayLike<number>, beta = 1): { p: Float64Array; lnZ: number } {
  checkLogits("softmax", a, beta);
  let m = -Infinity;
  for (let i = 0; i < a.length; i++) m = Math.max(m, beta * a[i]);
  if (!Number.isFinite(m)) {
    const { t, shift } = shiftedOnA(a, beta);
    let s = 0;
    for (let i = 0; i < a.length; i++) {
      t[i] = Math.exp(t[i]);
      s += t[i];
    }
    for (let i = 0; i < a.length; i++) t[i] /= s;
    return { p: t, lnZ: shift + Math.log(s) };
  }
  const p = new Float64Array(a.length);
  let s = 0;
  for (let i = 0; i < a.length; i++) {
    p[i] = Math.exp(beta * a[i] - m);
    s += p[i];
  }
  for (let i = 0; i < a.length; i++) p[i] /= s;
  return { p, lnZ: m + Math.log(s) };
}

/** The softmax of `a` at inverse temperature `beta` (default 1); domain as {@link softmaxWithLogZ}. */
export function softmax(a: ArrayLike<number>, beta = 1): Float64Array {
  return softmaxWithLogZ(a, beta).p;
}
