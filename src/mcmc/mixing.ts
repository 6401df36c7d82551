/**
 * How far a finite chain is from its stationary law after t steps, and how asymmetric a matrix is:
 * the numbers the ergodicity and kinetic-Ising claims of thesis 003 §2.4/§3.1 rest on.
 *
 * @module
 */
import { type Kernel, stationaryDistribution, stepDistribution, totalVariation } from "./finite-chain.js";

/** The law of X_t for X_0 = `start` (exact: t products of a vector with the kernel). */
export function distributionAfter(k: Kernel, start: number, t: number): Float64Array {
  if (!Number.isInteger(start) || start < 0 || start >= k.n)
    throw new RangeError(`distributionAfter: bad start ${start}`);
  if (!Number.isInteger(t) || t < 0)
    throw new RangeError(`distributionAfter: t must be a non-negative integer, got ${t}`);
  let mu: Float64Array = new Float64Array(k.n);
  mu[start] = 1;
  if (t === 0) return mu;
  // The first step through stepDistribution, which checks k (O(n²), as much as a step); the rest
  // with its loop inlined, the same operations in the same order (bit for bit, tested), without
  // re-checking the kernel at each of the t steps (half of mcmc.aperiodic-ergodic-convergence).
  mu = stepDistribution(k, mu);
  const { n, p } = k;
  for (let s = 1; s < t; s++) {
    const out = new Float64Array(n);
    for (let x = 0; x < n; x++) {
      const m = mu[x];
      if (m === 0) continue;
      for (let y = 0; y < n; y++) out[y] += m * p[x * n + y];
    }
    mu = out;
  }
  return mu;
}

/** max over starts x of TV(δ_x P^t, π), π by the linear solve of πP = π. */
export function worstTotalVariation(k: Kernel, t: number): number {
  const pi = stationaryDistribution(k);
  let worst = 0;
  for (let x = 0; x < k.n; x++) worst = Math.max(worst, totalVariation(distributionAfter(k, x, t), pi));
  return worst;
}

/** max_ij |A_ij − A_ji| of an N×N row-major matrix (a proposal's or a coupling matrix's asymmetry). */
export function matrixAsymmetry(N: number, A: ArrayLike<number>): number {
  if (A.length !== N * N) throw new RangeError(`matrixAsymmetry: ${A.length} entries for N = ${N}`);
  let a = 0;
  for (let i = 0; i < N; i++) for (let j = 0; j < N; j++) a = Math.max(a, Math.abs(A[i * N + j] - A[j * N + i]));
  return a;
}

/**
 * Metropolis–Hastings proposal of a reducible chain: two closed blocks {0 … a−1} and {a … a+b−1},
 * uniform within each block. With a uniform target every block-supported law is stationary, so the
 * stationary law is not unique and time averages depend on the start.
 */
export function twoBlockProposal(a: number, b: number): Float64Array {
  if (!(Number.isInteger(a) && Number.isInteger(b) && a >= 1 && b >= 1))
    throw new RangeError("twoBlockProposal: blocks of ≥ 1 state");
  const n = a + b;
  const q = new Float64Array(n * n);
  for (let x = 0; x < n; x++) {
    const lo = x < a ? 0 : a;
    const hi = x < a ? a : n;
    for (let y = lo; y < hi; y++) q[x * n + y] = 1 / (hi - lo);
  }
  return q;
}
