/**
 * The blog's mean-field self-consistency for attention (004, "How Boltzmann factors appear"):
 * ⟨x⟩_i = Σ_j x_j e^{H^MF_ij}/Σ_k e^{H^MF_ik}, with H^MF_ij = β⟨x⟩_i·x_j (J = identity), for scalar
 * tokens x_j. Writing m = ⟨x⟩ and φ(t) = ln Σ_j e^{t x_j}, the equation is m = φ'(βm): a fixed
 * point of g(m) = Σ_j x_j softmax_j(βm·x). All fixed points lie in [min x, max x] because g does.
 *
 * @module
 */
import { finite, finiteArray, func, int } from "../args/check.js";
import { softmax } from "./softmax.js";

/** The largest |x_j|: then m·x_j stays finite for every m in [min x − 1, max x + 1]. */
const MAX_TOKEN = 1e150;
/** The most grid cells of {@link countSelfConsistentSolutions}: 2^20. */
const MAX_GRID = 2 ** 20;
/** The most tokens: 2^16 (the count evaluates g on every cell, each O(tokens)). */
const MAX_TOKENS = 2 ** 16;

/** x: 1 to 2^16 finite tokens with |x_j| ≤ 1e150. */
function tokens(fn: string, x: unknown): ArrayLike<number> {
  const v = finiteArray(fn, "x", x, { minLength: 1, maxLength: MAX_TOKENS });
  for (let j = 0; j < v.length; j++)
    if (Math.abs(v[j]) > MAX_TOKEN) throw new RangeError(`${fn}: x[${j}] must be in [-1e150, 1e150], got ${v[j]}`);
  return v;
}

/**
 * g(m) = Σ_j x_j softmax(β m x)_j, the right-hand side of the self-consistency equation. Domain:
 * x 1 to 2^16 finite tokens with |x_j| ≤ 1e150, β finite, m finite with every m·x_j finite.
 */
export function selfConsistencyMap(x: ArrayLike<number>, beta: number, m: number): number {
  const fn = "selfConsistencyMap";
  const v = tokens(fn, x);
  finite(fn, "beta", beta);
  finite(fn, "m", m);
  for (let j = 0; j < v.length; j++)
    if (!Number.isFinite(m * v[j])) throw new RangeError(`${fn}: m·x[${j}] overflows (m = ${m}, x[${j}] = ${v[j]})`);
  return gMap(x, beta, m);
}

/** {@link selfConsistencyMap} on checked arguments. */
function gMap(x: ArrayLike<number>, beta: number, m: number): number {
  const p = softmax(
    Array.from(x, (v) => m * v),
    beta,
  );
  let s = 0;
  for (let j = 0; j < x.length; j++) s += p[j] * x[j];
  return s;
}

/**
 * The number of solutions of m = g(m), counted as sign changes of m − g(m) on a uniform grid of
 * `grid` cells over [min x − 1, max x + 1] (a zero landing exactly on a grid point counts once).
 * Tangential double roots can be missed; the claims only use β away from the bifurcation. `g` is
 * the map whose fixed points are counted (the blog's, or a control's sign-flipped one). Domain: x
 * 1 to 2^16 finite tokens with |x_j| ≤ 1e150, β finite, `grid` an integer in [1, 2^20], g a
 * function returning finite numbers (a non-finite g(m) is refused).
 */
export function countSelfConsistentSolutions(
  x: ArrayLike<number>,
  beta: number,
  grid = 4000,
  g: (x: ArrayLike<number>, beta: number, m: number) => number = selfConsistencyMap,
): number {
  const fn = "countSelfConsistentSolutions";
  tokens(fn, x);
  finite(fn, "beta", beta);
  int(fn, "grid", grid, 1, MAX_GRID);
  func(fn, "g", g);
  return countSolutions(x, beta, grid, g === selfConsistencyMap ? gMap : g);
}

/** {@link countSelfConsistentSolutions} on checked arguments. */
function countSolutions(
  x: ArrayLike<number>,
  beta: number,
  grid: number,
  g: (x: ArrayLike<number>, beta: number, m: number) => number,
): number {
  const at = (m: number): number => {
    const v = g(x, beta, m);
    if (typeof v !== "number" || !Number.isFinite(v))
      throw new RangeError(`countSelfConsistentSolutions: g must return finite numbers, got ${v} at m = ${m}`);
    return v;
  };
  let lo = Infinity;
  let hi = -Infinity;
  for (let j = 0; j < x.length; j++) {
    lo = Math.min(lo, x[j]);
    hi = Math.max(hi, x[j]);
  }
  lo -= 1;
  hi += 1;
  let count = 0;
  let prev = Math.sign(lo - at(lo));
  for (let k = 1; k <= grid; k++) {
    const m = lo + ((hi - lo) * k) / grid;
    const s = Math.sign(m - at(m));
    if (s === 0) {
      count++;
      prev = 0; // the next sign is compared with the zero, so a crossing through it counts once
      continue;
    }
    if (prev !== 0 && s !== prev) count++;
    prev = s;
  }
  return count;
}

/**
 * Solution counts of m = g(m) on a geometric β grid of 25 points from 1e-2 to 1e4 × 4/R²
 * (R = max x − min x; R = 0 is treated as 1, since g is then constant), 1000 cells each.
 * Below 4/R² the map is a contraction (|g'| = β·Var ≤ βR²/4 < 1), so the first counts are 1.
 * Domain: x 1 to 2^16 finite tokens with |x_j| ≤ 1e150 and R not so small that 4e4/R² overflows;
 * g a function returning finite numbers.
 */
export function solutionCountsOverBeta(
  x: ArrayLike<number>,
  g: (x: ArrayLike<number>, beta: number, m: number) => number = selfConsistencyMap,
): number[] {
  const fn = "solutionCountsOverBeta";
  tokens(fn, x);
  func(fn, "g", g);
  const xs = Array.from(x);
  let lo = xs[0];
  let hi = xs[0];
  for (const v of xs) {
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  const r = hi - lo || 1;
  if (!Number.isFinite(4e4 / (r * r)))
    throw new RangeError(`${fn}: x's spread R = max x − min x = ${r} is too small for the β grid (4e4/R² overflows)`);
  const counts: number[] = [];
  const map = g === selfConsistencyMap ? gMap : g;
  for (let k = 0; k <= 24; k++) counts.push(countSolutions(xs, (10 ** (k / 4 - 2) * 4) / (r * r), 1000, map));
  return counts;
}

/**
 * The blog's pattern on a β grid: a single solution up to some β_c, at least two from there on.
 * Domain: `counts` an array of finite numbers (solution counts; an empty one has no such pattern).
 */
export function singleThenMultiple(counts: number[]): boolean {
  finiteArray("singleThenMultiple", "counts", counts);
  const first = counts.findIndex((c) => c >= 2);
  return first > 0 && counts.slice(0, first).every((c) => c === 1) && counts.slice(first).every((c) => c >= 2);
}
