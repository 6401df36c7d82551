/**
 * The blog's mean-field self-consistency for attention (004, "How Boltzmann factors appear"):
 * ⟨x⟩_i = Σ_j x_j e^{H^MF_ij}/Σ_k e^{H^MF_ik}, with H^MF_ij = β⟨x⟩_i·x_j (J = identity), for scalar
 * tokens x_j. Writing m = ⟨x⟩ and φ(t) = ln Σ_j e^{t x_j}, the equation is m = φ'(βm): a fixed
 * point of g(m) = Σ_j x_j softmax_j(βm·x). All fixed points lie in [min x, max x] because g does.
 *
 * @module
 */
import { softmax } from "./softmax.js";

/** g(m) = Σ_j x_j softmax(β m x)_j, the right-hand side of the self-consistency equation. */
export function selfConsistencyMap(x: ArrayLike<number>, beta: number, m: number): number {
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
 * the map whose fixed points are counted (the blog's, or a control's sign-flipped one).
 */
export function countSelfConsistentSolutions(
  x: ArrayLike<number>,
  beta: number,
  grid = 4000,
  g: (x: ArrayLike<number>, beta: number, m: number) => number = selfConsistencyMap,
): number {
  if (x.length === 0) throw new RangeError("self-consistency needs at least one token");
  let lo = Infinity;
  let hi = -Infinity;
  for (let j = 0; j < x.length; j++) {
    lo = Math.min(lo, x[j]);
    hi = Math.max(hi, x[j]);
  }
  lo -= 1;
  hi += 1;
  let count = 0;
  let prev = Math.sign(lo - g(x, beta, lo));
  for (let k = 1; k <= grid; k++) {
    const m = lo + ((hi - lo) * k) / grid;
    const s = Math.sign(m - g(x, beta, m));
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
 */
export function solutionCountsOverBeta(
  x: ArrayLike<number>,
  g: (x: ArrayLike<number>, beta: number, m: number) => number = selfConsistencyMap,
): number[] {
  const xs = Array.from(x);
  const r = Math.max(...xs) - Math.min(...xs) || 1;
  const counts: number[] = [];
  for (let k = 0; k <= 24; k++)
    counts.push(countSelfConsistentSolutions(xs, (10 ** (k / 4 - 2) * 4) / (r * r), 1000, g));
  return counts;
}

/** The blog's pattern on a β grid: a single solution up to some β_c, at least two from there on. */
export function singleThenMultiple(counts: number[]): boolean {
  const first = counts.findIndex((c) => c >= 2);
  return first > 0 && counts.slice(0, first).every((c) => c === 1) && counts.slice(first).every((c) => c >= 2);
}
