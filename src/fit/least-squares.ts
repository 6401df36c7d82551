/**
 * Least-squares slopes, the one way the properties fit a convergence order or an exponent in
 * float64: from values on a geometric sequence, the order is the slope of ln(error) against
 * ln(step). (The Trotter family fits in decimal arithmetic instead, with `fitOrder`, because its
 * errors reach 10^−30 and their logarithms must not be rounded first.)
 *
 * @module
 */

/**
 * The ordinary least-squares slope of y on x: Σ(x − x̄)(y − ȳ) / Σ(x − x̄)².
 *
 * @throws RangeError when the lengths differ, there are fewer than two points, a value is not
 * finite, or all x are equal (the slope is undefined).
 */
export function leastSquaresSlope(x: readonly number[], y: readonly number[]): number {
  if (x.length !== y.length) throw new RangeError(`leastSquaresSlope: ${x.length} x values but ${y.length} y values`);
  if (x.length < 2) throw new RangeError("leastSquaresSlope: needs at least two points");
  for (let k = 0; k < x.length; k++) {
    if (!Number.isFinite(x[k]) || !Number.isFinite(y[k]))
      throw new RangeError(`leastSquaresSlope: point ${k} is (${x[k]}, ${y[k]}), not finite`);
  }
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
  if (sxx === 0) throw new RangeError("leastSquaresSlope: all x values are equal");
  return sxy / sxx;
}

/**
 * The exponent p of y ≈ c·x^p: the least-squares slope of ln y on ln x. Both must be positive
 * (an error of exactly 0 has no logarithm; the caller decides what that means).
 */
export function logLogSlope(x: readonly number[], y: readonly number[]): number {
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
 * x0, x0/2, …, x0/2^{points−1}.
 */
export function orderOnHalvings(err: (x: number) => number, x0: number, points = 5): number {
  const xs = Array.from({ length: points }, (_, k) => x0 / 2 ** k);
  return logLogSlope(xs, xs.map(err));
}
