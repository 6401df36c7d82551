/**
 * A numerical test for a jump discontinuity of a function on a grid, used to tell an exact
 * non-analytic point (a jump of E₀″ or of dE₀/dh) from a smooth steep one.
 *
 * @module
 */
import { NumericError } from "../claims/violation.js";

/** The largest jump found: where, its size at δ and at δ/10. */
export interface Jump {
  at: number;
  jump: number;
  jumpTenth: number;
}

/**
 * Locate the largest jump of f over the grid's span and measure it at δ and δ/10.
 *
 * The grid interval with the largest |f(x_{k+1}) − f(x_k)| is bisected, keeping the half with the
 * larger difference, down to a width ≤ δ/10; at its midpoint c, J(δ) = |f(c + δ) − f(c − δ)| and
 * J(δ/10). A jump of size s anywhere in the span (not only at grid points) is followed by the
 * bisection and keeps J ≈ s at both scales; a smooth f gives J ≈ 2δ|f′(c)|, ten times smaller at
 * δ/10. So "J(δ/10) > J(δ)/2" says the largest difference is a jump. A NaN or infinite value of f
 * is a {@link NumericError}: a broken f must not read as "no jump".
 */
export function largestJump(f: (x: number) => number, grid: readonly number[], delta: number): Jump {
  if (!(delta > 0)) throw new RangeError(`largestJump: δ must be > 0, got ${delta}`);
  if (grid.length < 2) throw new RangeError("largestJump: the grid needs two points");
  const value = (x: number) => {
    const y = f(x);
    if (!Number.isFinite(y)) throw new NumericError(`largestJump: f(${x}) = ${y}`);
    return y;
  };
  const ys = grid.map(value);
  let k = 0;
  for (let i = 1; i + 1 < grid.length; i++) if (Math.abs(ys[i + 1] - ys[i]) > Math.abs(ys[k + 1] - ys[k])) k = i;
  let a = grid[k];
  let b = grid[k + 1];
  let fa = ys[k];
  let fb = ys[k + 1];
  while (b - a > delta / 10) {
    const m = (a + b) / 2;
    const fm = value(m);
    if (Math.abs(fm - fa) >= Math.abs(fb - fm)) {
      b = m;
      fb = fm;
    } else {
      a = m;
      fa = fm;
    }
  }
  const at = (a + b) / 2;
  return {
    at,
    jump: Math.abs(value(at + delta) - value(at - delta)),
    jumpTenth: Math.abs(value(at + delta / 10) - value(at - delta / 10)),
  };
}
