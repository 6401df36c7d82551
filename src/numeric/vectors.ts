/**
 * Small numeric helpers that properties and references share: one definition each, instead of a
 * copy per property file.
 *
 * @module
 */

import { NumericError } from "../claims/violation.js";

/** max_i |a_i| (0 for an empty array). */
export function maxAbs(a: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]));
  return m;
}

/** max_i a_i − min_i a_i, the spread of the entries (0 for a single entry); a RangeError when empty. */
export function range(a: ArrayLike<number>): number {
  if (a.length === 0) throw new RangeError("range of an empty array");
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < a.length; i++) {
    lo = Math.min(lo, a[i]);
    hi = Math.max(hi, a[i]);
  }
  return hi - lo;
}

/** The population variance (1/n)Σ(a_i − mean)² (two passes); a RangeError when empty. */
export function populationVariance(a: ArrayLike<number>): number {
  if (a.length === 0) throw new RangeError("variance of an empty array");
  let m = 0;
  for (let i = 0; i < a.length; i++) m += a[i];
  m /= a.length;
  let v = 0;
  for (let i = 0; i < a.length; i++) v += (a[i] - m) ** 2;
  return v / a.length;
}

/** Σ_i a_i b_i; a RangeError when the lengths differ. */
export function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) throw new RangeError(`dot: lengths ${a.length} and ${b.length} differ`);
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

/**
 * v/‖v‖₂, the unit vector along v. The norm is taken with a scale (the largest |v_i|) so squares of
 * entries near 1e±200 neither overflow nor underflow; a RangeError for an empty, zero or non-finite v.
 */
export function unitVector(v: ArrayLike<number>): Float64Array {
  if (v.length === 0) throw new RangeError("unitVector: v is empty");
  const scale = maxAbs(v);
  if (!(scale > 0) || !Number.isFinite(scale))
    throw new RangeError(`unitVector: v must be finite and non-zero, got max |v_i| = ${scale}`);
  let s = 0;
  for (let i = 0; i < v.length; i++) s += (v[i] / scale) ** 2;
  // Divide by the scale first, then by √s: scale·√s itself rounds away for subnormal v (a CI run drew
  // [−5e-324, −5e-324]: 5e-324·√2 rounds to 5e-324, and v/‖v‖ came out (−1, −1), of norm √2).
  const r = Math.sqrt(s);
  return Float64Array.from(v, (t) => t / scale / r);
}

/**
 * The index of the largest entry (the first one on ties); a RangeError for an empty array and a
 * {@link NumericError} for a NaN entry: `NaN > x` is false, so a NaN would otherwise be skipped and
 * an all-NaN array would answer 0, an index a property reads as a fact about the data.
 */
export function argmax(a: ArrayLike<number>): number {
  if (a.length === 0) throw new RangeError("argmax of an empty array");
  let k = 0;
  for (let i = 0; i < a.length; i++) {
    if (Number.isNaN(a[i])) throw new NumericError(`argmax: entry ${i} is NaN`);
    if (a[i] > a[k]) k = i;
  }
  return k;
}

/** The median (mean of the two middle values for an even count); a RangeError when empty. */
export function median(xs: ArrayLike<number>): number {
  if (xs.length === 0) throw new RangeError("median of an empty array");
  const s = Array.from(xs).sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * The rows of an n×n row-major matrix scaled to sum to 1 (a stochastic matrix from non-negative
 * weights); a RangeError for a row whose sum is not positive and finite.
 */
export function normalizeRows(p: ArrayLike<number>, n: number): Float64Array {
  if (p.length !== n * n) throw new RangeError(`normalizeRows: ${p.length} entries for n = ${n}`);
  const out = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < n; j++) s += p[i * n + j];
    if (!(s > 0) || !Number.isFinite(s)) throw new RangeError(`normalizeRows: row ${i} sums to ${s}`);
    for (let j = 0; j < n; j++) out[i * n + j] = p[i * n + j] / s;
  }
  return out;
}
