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
 * Tangential double roots can be missed; the claims only use β away from the bifurcation.
 */
export function countSelfConsistentSolutions(x: ArrayLike<number>, beta: number, grid = 4000): number {
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
  let prev = Math.sign(lo - selfConsistencyMap(x, beta, lo));
  for (let k = 1; k <= grid; k++) {
    const m = lo + ((hi - lo) * k) / grid;
    const s = Math.sign(m - selfConsistencyMap(x, beta, m));
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
