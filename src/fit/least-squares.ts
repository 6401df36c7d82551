/**
 * Least-squares slopes, the one way the properties fit a convergence order or an exponent in
 * float64: from values on a geometric sequence, the order is the slope of ln(error) against
 * ln(step). (The Trotter family fits in decimal arithmetic instead, with `fitOrder`, because its
 * errors reach 10^−30 and their logarithms must not be rounded first.)
 *
 * @module
 */
import { finite, finiteArray, func, int } from "../args/check.js";

/**
 * The ordinary least-squares slope of y on x: Σ(x − x̄)(y − ȳ) / Σ(x − x̄)².
 *
 * Any finite values: when the sums of squares overflow or underflow (points near ±1e200 or
 * 1e−200), the slope is computed from x/max|x| and y/max|y| and scaled back.
 *
 * @throws TypeError or RangeError naming x or y when it is not an array of finite numbers, the
 * lengths differ, there are fewer than two points, or all x are equal (the slope is undefined);
 * RangeError when the slope itself is beyond the float64 range.
 */
export function leastSquaresSlope(x: readonly number[], y: readonly number[]): number {
  finiteArray("leastSquaresSlope", "x", x, { minLength: 2 });
  finiteArray("leastSquaresSlope", "y", y);
  if (x.length !== y.length) throw new RangeError(`leastSquaresSlope: ${x.length} x values but ${y.length} y values`);
  const n = x.length;
  let mx = 0;
  let my = 0;
  for (let k = 0; k < n; k++) {
    mx += x[k] / n;
    my += y[k] / n;
  }
  let sxy = 0;
  let sxx = 0;
  for (let k = 0; k < n; k++) {
    sxy += (x[k] - mx) * (y[k] - my);
    sxx += (x[k] - mx) ** 2;
  }
  // Sums of squares far from under- and overflow: the plain formula (as always; evidence unchanged).
  if (sxx > 1e-280 && Number.isFinite(sxx) && Number.isFinite(sxy)) return sxy / sxx;
  return scaledSlope(x, y);
}

/** The slope from x/max|x| and y/max|y| (|values| ≤ 1, so no square overflows), scaled back. */
function scaledSlope(x: readonly number[], y: readonly number[]): number {
  const n = x.length;
  let ax = 0;
  let ay = 0;
  for (let k = 0; k < n; k++) {
    ax = Math.max(ax, Math.abs(x[k]));
    ay = Math.max(ay, Math.abs(y[k]));
  }
  if (ax === 0) throw new RangeError("leastSquaresSlope: all x values are equal");
  if (ay === 0) return 0;
  let mx = 0;
  let my = 0;
  for (let k = 0; k < n; k++) {
    mx += x[k] / ax / n;
    my += y[k] / ay / n;
  }
  let sxy = 0;
  let sxx = 0;
  for (let k = 0; k < n; k++) {
    sxy += (x[k] / ax - mx) * (y[k] / ay - my);
    sxx += (x[k] / ax - mx) ** 2;
  }
  if (sxx === 0) throw new RangeError("leastSquaresSlope: all x values are equal");
  const slope = (sxy / sxx) * (ay / ax);
  if (!Number.isFinite(slope))
    throw new RangeError(`leastSquaresSlope: the slope ${sxy / sxx}·${ay}/${ax} is beyond float64`);
  return slope;
}

/**
 * The exponent p of y ≈ c·x^p: the least-squares slope of ln y on ln x. Both must be positive
 * (an error of exactly 0 has no logarithm; the caller decides what that means).
 */
export function logLogSlope(x: readonly number[], y: readonly number[]): number {
  finiteArray("logLogSlope", "x", x, { minLength: 2 });
  finiteArray("logLogSlope", "y", y);
  if (x.length !== y.length) throw new RangeError(`logLogSlope: ${x.length} x values but ${y.length} y values`);
  const lx = x.map((v, k) => {
    if (!(v > 0)) throw new RangeError(`logLogSlope: x[${k}] = ${v} is not positive`);
    return Math.log(v);
  });
  const ly = y.map((v, k) => {
    if (!(v > 0)) throw new RangeError(`logLogSlope: y[${k}] = ${v} is not positive`);
    return Math.log(v);
  });
  return leastSquaresSlope(lx, ly);
}

/**
 * The convergence order p of err(x) ~ x^p as x → 0: the log-log slope over the geometric sequence
 * x0, x0/2, …, x0/2^{points−1}: x0 finite and > 0, points an integer in [2, 1000].
 */
export function orderOnHalvings(err: (x: number) => number, x0: number, points = 5): number {
  func("orderOnHalvings", "err", err);
  if (!(finite("orderOnHalvings", "x0", x0) > 0)) throw new RangeError(`orderOnHalvings: x0 must be > 0, got ${x0}`);
  int("orderOnHalvings", "points", points, 2, 1000);
  const xs = Array.from({ length: points }, (_, k) => x0 / 2 ** k);
  return logLogSlope(xs, xs.map(err));
}
