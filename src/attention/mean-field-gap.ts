/**
 * The blog's mean-field construction for attention with vector tokens (004, "How Boltzmann factors
 * appear in the transformer equations"), and how far it is from what attention computes.
 *
 * Ensemble i gives token j the weight e^{H_ij} with H_ij = β x_i·x_j (J = identity), so the exact
 * ensemble average, the one attention computes, is ⟨x⟩_i = Σ_j x_j softmax_j(β x_i·x_j). Mean field
 * replaces x_i inside H by ⟨x⟩_i and asks for self-consistency: m = g(m) with
 * g(m) = Σ_j x_j softmax_j(β m·x_j). So ⟨x⟩_i = g(x_i) is one step of the mean-field map started at
 * x_i, and the mean-field error is the distance from ⟨x⟩_i to the solutions of m = g(m).
 *
 * The d_model → ∞ limit at a fixed number N of tokens: tokens drawn uniformly on the unit sphere
 * S^{D−1} have overlaps x_i·x_j = O(1/√D) for j ≠ i, so the limit is N orthonormal tokens. There
 * m = Σ_j p_j x_j with p = softmax(β(m·x_j)) = softmax(β p), and by the symmetry among j ≠ i the
 * solutions reached from the i-symmetric sector have p_i = a, p_j = b = (1 − a)/(N − 1):
 * a = 1/(1 + (N − 1)e^{−β(a − b)}), with a − b = (Na − 1)/(N − 1). The exact average has
 * a_ex = e^β/(e^β + N − 1), and |m − ⟨x⟩_i|² = (a − a_ex)² + (N − 1)(b − b_ex)² = (a − a_ex)²·N/(N − 1).
 *
 * @module
 */
import { finite, finiteMatrix, int, prngLike } from "../args/check.js";
import type { Prng } from "../random/prng.js";
import { softmax } from "./softmax.js";

/** g(m) = Σ_j x_j softmax_j(β m·x_j) on checked arguments. */
function gVec(x: number[][], beta: number, m: ArrayLike<number>): number[] {
  const d = m.length;
  const s = x.map((xj) => {
    let t = 0;
    for (let a = 0; a < d; a++) t += m[a] * xj[a];
    return t;
  });
  const p = softmax(s, beta);
  const out = new Array<number>(d).fill(0);
  for (let j = 0; j < x.length; j++) for (let a = 0; a < d; a++) out[a] += p[j] * x[j][a];
  return out;
}

/**
 * The mean-field map g(m) = Σ_j x_j softmax_j(β m·x_j) for N tokens x (rows, width D). Domain: x a
 * finite N×D matrix (1 ≤ N, D ≤ 2^12), β finite, m finite of length D.
 */
export function meanFieldMapVec(x: number[][], beta: number, m: ArrayLike<number>): number[] {
  const fn = "meanFieldMapVec";
  finiteMatrix(fn, "x", x, { maxEntries: 2 ** 24 });
  finite(fn, "beta", beta);
  const v = Array.from(m as ArrayLike<unknown>, (c, k) => finite(fn, `m[${k}]`, c));
  if (v.length !== x[0].length) throw new RangeError(`${fn}: m has length ${v.length}, expected ${x[0].length}`);
  return gVec(x, beta, v);
}

/** a ↦ a − 1/(1 + (N − 1)e^{−β(Na − 1)/(N − 1)}), whose zeros are the orthonormal-limit solutions. */
function reduced(beta: number, N: number, a: number): number {
  return a - 1 / (1 + (N - 1) * Math.exp((-beta * (N * a - 1)) / (N - 1)));
}

/** The orthonormal-token (d_model → ∞) limit of the mean-field error at N tokens and β. */
export interface OrthonormalGap {
  /** Weight the exact (attention) average puts on token i: e^β/(e^β + N − 1). */
  exactWeight: number;
  /** Weights a on token i of every mean-field solution in the symmetric sector, increasing. */
  solutions: number[];
  /** min over the solutions of |m − ⟨x⟩_i| = |a − a_ex|·√(N/(N − 1)) (tokens of unit norm). */
  gap: number;
}

/**
 * The mean-field error in the d_model → ∞ limit (N orthonormal tokens): all solutions a ∈ (0, 1) of
 * the reduced equation, found as sign changes on a grid of `cells` cells refined by 200 bisections,
 * and the smallest distance from a mean-field solution to the exact average. Domain: β in
 * [1e-6, 1e3], N an integer in [2, 2^20], cells an integer in [100, 2^20].
 */
export function orthonormalMeanFieldGap(beta: number, N: number, cells = 20_000): OrthonormalGap {
  const fn = "orthonormalMeanFieldGap";
  finite(fn, "beta", beta);
  if (beta < 1e-6 || beta > 1e3) throw new RangeError(`${fn}: beta must be in [1e-6, 1e3], got ${beta}`);
  int(fn, "N", N, 2, 2 ** 20);
  int(fn, "cells", cells, 100, 2 ** 20);
  const exactWeight = 1 / (1 + (N - 1) * Math.exp(-beta));
  const solutions: number[] = [];
  let lo = 0;
  let flo = reduced(beta, N, lo);
  for (let k = 1; k <= cells; k++) {
    const hi = k / cells;
    const fhi = reduced(beta, N, hi);
    if (fhi === 0) solutions.push(hi);
    else if (flo !== 0 && flo < 0 !== fhi < 0) {
      let a = lo;
      let b = hi;
      let fa = flo;
      for (let it = 0; it < 200 && b - a > 0; it++) {
        const c = 0.5 * (a + b);
        if (c === a || c === b) break;
        const fc = reduced(beta, N, c);
        if (fc === 0) {
          a = b = c;
          break;
        }
        if (fc < 0 === fa < 0) {
          a = c;
          fa = fc;
        } else b = c;
      }
      solutions.push(0.5 * (a + b));
    }
    lo = hi;
    flo = fhi;
  }
  let gap = Number.POSITIVE_INFINITY;
  for (const a of solutions) gap = Math.min(gap, Math.abs(a - exactWeight) * Math.sqrt(N / (N - 1)));
  return { exactWeight, solutions, gap };
}

/** One sampled configuration: the exact average and the mean-field solution reached from x_i. */
export interface SampledGap {
  /** |m* − ⟨x⟩_i|, m* the limit of m ← g(m) from m = x_i. */
  gap: number;
  /** |g(m*) − m*| at the end of the iteration (how well m* solves the equation). */
  residual: number;
  /** Iterations used. */
  iterations: number;
}

/**
 * Draw N tokens uniformly on S^{D−1} (Gaussian vectors normalised) and measure, for token 0, the
 * distance from the exact average ⟨x⟩_0 = g(x_0) to the mean-field solution reached by iterating
 * m ← g(m) from x_0 (at most `maxIterations`, stopping when a step moves less than 1e-13). Domain:
 * N in [2, 256], D in [1, 2^14], β in [0, 50], maxIterations in [1, 10^5].
 */
export function sampledMeanFieldGap(rng: Prng, N: number, D: number, beta: number, maxIterations = 5000): SampledGap {
  const fn = "sampledMeanFieldGap";
  prngLike(fn, "rng", rng);
  int(fn, "N", N, 2, 256);
  int(fn, "D", D, 1, 2 ** 14);
  finite(fn, "beta", beta);
  if (beta < 0 || beta > 50) throw new RangeError(`${fn}: beta must be in [0, 50], got ${beta}`);
  int(fn, "maxIterations", maxIterations, 1, 1e5);
  const x: number[][] = [];
  for (let j = 0; j < N; j++) {
    let r: number[];
    let norm: number;
    do {
      r = Array.from({ length: D }, () => rng.normal());
      norm = Math.hypot(...r);
    } while (norm === 0);
    x.push(r.map((c) => c / norm));
  }
  const exact = gVec(x, beta, x[0]);
  let m = exact;
  let iterations = 1;
  for (; iterations < maxIterations; iterations++) {
    const next = gVec(x, beta, m);
    let step = 0;
    for (let a = 0; a < D; a++) step = Math.max(step, Math.abs(next[a] - m[a]));
    m = next;
    if (step < 1e-13) break;
  }
  const gm = gVec(x, beta, m);
  let residual = 0;
  let d2 = 0;
  for (let a = 0; a < D; a++) {
    residual = Math.max(residual, Math.abs(gm[a] - m[a]));
    d2 += (m[a] - exact[a]) ** 2;
  }
  return { gap: Math.sqrt(d2), residual, iterations };
}
