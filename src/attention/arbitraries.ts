/**
 * fast-check arbitraries shared by the attention-area property files (`properties/` may only hold
 * family files, so shared generators live here).
 *
 * @module
 */
import fc from "fast-check";
import { int, real } from "../args/check.js";
import type { Mat } from "./matrix.js";

/** The largest |lo|, |hi| of {@link grid}: lo·1e4 and hi·1e4 must round to safe integers. */
const GRID_MAX = 1e11;
/** The largest side of a generated matrix (and of maxN, maxD): 2^12. */
const MAX_SIDE = 2 ** 12;

/**
 * Uniform on a 1e-4 grid of [lo, hi]. fc.double favours tiny magnitudes and edge values, which would
 * make most generated matrices nearly zero (and most attention rows nearly uniform); the grid
 * spreads values over the interval and still shrinks towards 0. Domain: lo ≤ hi, both finite with
 * |lo|, |hi| ≤ 1e11 (so the grid's integer indices are exact).
 */
export function grid(lo: number, hi: number): fc.Arbitrary<number> {
  real("grid", "lo", lo, -GRID_MAX, GRID_MAX);
  real("grid", "hi", hi, lo, GRID_MAX, { what: `in [lo, ${GRID_MAX}] (lo = ${lo})` });
  return fc.integer({ min: Math.round(lo * 1e4), max: Math.round(hi * 1e4) }).map((k) => k / 1e4);
}

/** An n×m matrix with entries from `entry` (default: the grid of [−3, 3]); n, m integers in [1, 2^12]. */
export function matrix(n: number, m: number, entry: fc.Arbitrary<number> = grid(-3, 3)): fc.Arbitrary<Mat> {
  int("matrix", "n", n, 1, MAX_SIDE);
  int("matrix", "m", m, 1, MAX_SIDE);
  return fc.array(fc.array(entry, { minLength: m, maxLength: m }), { minLength: n, maxLength: n });
}

/** Queries, keys and values of one head: N tokens, width d (N ≤ maxN, d ≤ maxD; both integers in [1, 2^12]). */
export function qkv(maxN: number, maxD: number): fc.Arbitrary<{ q: Mat; k: Mat; v: Mat }> {
  int("qkv", "maxN", maxN, 1, MAX_SIDE);
  int("qkv", "maxD", maxD, 1, MAX_SIDE);
  return fc
    .tuple(fc.integer({ min: 1, max: maxN }), fc.integer({ min: 1, max: maxD }))
    .chain(([n, d]) => fc.record({ q: matrix(n, d), k: matrix(n, d), v: matrix(n, d) }));
}

/** A square n×n matrix with n ≤ maxN (an integer in [1, 2^12]). */
export function squareMatrix(maxN: number, entry?: fc.Arbitrary<number>): fc.Arbitrary<Mat> {
  int("squareMatrix", "maxN", maxN, 1, MAX_SIDE);
  return fc.integer({ min: 1, max: maxN }).chain((n) => matrix(n, n, entry));
}
