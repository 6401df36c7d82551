/**
 * The maximum of a unimodal function on an interval, by golden-section search.
 *
 * @module
 */

/**
 * Golden-section search for the maximum of f on [a, b] (f unimodal there), to an interval of width
 * ≤ tol; returns the midpoint and f there. Each step keeps the bracket whose interior point is
 * larger and reuses one evaluation (ratio (√5 − 1)/2). A NaN of f is a RangeError: comparisons with
 * NaN would silently steer the search.
 */
export function goldenMax(f: (x: number) => number, a: number, b: number, tol = 1e-7): { x: number; f: number } {
  if (!(a < b) || !(tol > 0)) throw new RangeError(`goldenMax: need a < b and tol > 0, got [${a}, ${b}], ${tol}`);
  const value = (x: number) => {
    const y = f(x);
    if (Number.isNaN(y)) throw new RangeError(`goldenMax: f(${x}) is NaN`);
    return y;
  };
  const g = (Math.sqrt(5) - 1) / 2;
  let lo = a;
  let hi = b;
  let x1 = hi - g * (hi - lo);
  let x2 = lo + g * (hi - lo);
  let f1 = value(x1);
  let f2 = value(x2);
  while (hi - lo > tol) {
    if (f1 > f2) {
      hi = x2;
      x2 = x1;
      f2 = f1;
      x1 = hi - g * (hi - lo);
      f1 = value(x1);
    } else {
      lo = x1;
      x1 = x2;
      f1 = f2;
      x2 = lo + g * (hi - lo);
      f2 = value(x2);
    }
  }
  const x = (lo + hi) / 2;
  return { x, f: value(x) };
}
