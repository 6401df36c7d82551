/**
 * fast-check arbitraries shared by the attention-area property files (`properties/` may only hold
 * family files, so shared generators live here).
 *
 * @module
 */
import fc from "fast-check";
import type { Mat } from "./matrix.js";

/**
 * Uniform on a 1e-4 grid of [lo, hi]. fc.double favours tiny magnitudes and edge values, which would
 * make most generated matrices nearly zero (and most attention rows nearly uniform); the grid
 * spreads values over the interval and still shrinks towards 0.
 */
export function grid(lo: number, hi: number): fc.Arbitrary<number> {
  return fc.integer({ min: Math.round(lo * 1e4), max: Math.round(hi * 1e4) }).map((k) => k / 1e4);
}

/** An n×m matrix with entries from `entry` (default: the grid of [−3, 3]). */
export function matrix(n: number, m: number, entry: fc.Arbitrary<number> = grid(-3, 3)): fc.Arbitrary<Mat> {
  return fc.array(fc.array(entry, { minLength: m, maxLength: m }), { minLength: n, maxLength: n });
}

/** Queries, keys and values of one head: N tokens, width d (N ≤ maxN, d ≤ maxD). */
export function qkv(maxN: number, maxD: number): fc.Arbitrary<{ q: Mat; k: Mat; v: Mat }> {
  return fc
    .tuple(fc.integer({ min: 1, max: maxN }), fc.integer({ min: 1, max: maxD }))
    .chain(([n, d]) => fc.record({ q: matrix(n, d), k: matrix(n, d), v: matrix(n, d) }));
}

/** A square n×n matrix with n ≤ maxN. */
export function squareMatrix(maxN: number, entry?: fc.Arbitrary<number>): fc.Arbitrary<Mat> {
  return fc.integer({ min: 1, max: maxN }).chain((n) => matrix(n, n, entry));
}
