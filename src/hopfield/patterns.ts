/**
 * Stored patterns of a Hopfield network: independent uniform ±1 patterns from a seeded stream, and
 * how many of them a weight matrix keeps as exact fixed points of s ← sign(Ws).
 *
 * @module
 */
import { finiteArray } from "../args/check.js";
import type { Prng } from "../random/prng.js";

/** P independent uniform ±1 patterns of length n (one bit of `rng.nextUint32()` per entry). */
export function randomPatterns(rng: Prng, P: number, n: number): Float64Array[] {
  return Array.from({ length: P }, () => {
    const x = new Float64Array(n);
    for (let a = 0; a < n; a++) x[a] = rng.nextUint32() & 1 ? 1 : -1;
    return x;
  });
}

/**
 * How many of `patterns` are exact fixed points of s ← sign(Ws) (row-major N×N weights): pattern x
 * is stable when every local field h_i = Σ_j W_ij x_j has h_i·x_i ≥ 0 (a tie keeps the state).
 */
export function stablePatternCount(W: ArrayLike<number>, patterns: ArrayLike<number>[]): number {
  const N = patterns[0].length;
  // A NaN weight makes every local field NaN, and "h·x_i < 0" false: the pattern would count as stable.
  finiteArray("stablePatternCount", "W", W, { length: N * N });
  let stable = 0;
  for (const x of patterns) {
    let ok = true;
    for (let i = 0; i < N && ok; i++) {
      let h = 0;
      for (let j = 0; j < N; j++) h += W[i * N + j] * x[j];
      if (h * x[i] < 0) ok = false;
    }
    if (ok) stable++;
  }
  return stable;
}
