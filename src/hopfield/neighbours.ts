/**
 * Where the states next to an attractor go: the blog's "initial conditions that are 'nearby' all
 * end up to the same attractor solution" (004), on the smallest neighbourhood {−1, +1}^N has, the
 * states one flip away (Hamming distance 1).
 *
 * A sufficient condition, from the local fields h_i = Σ_j W_ij s_j + θ_i of the attractor s
 * (W symmetric, zero diagonal): flipping unit k changes h_i by −2W_ik s_k for i ≠ k and leaves h_k
 * unchanged. If s_i h_i > 2|W_ik| for every i ≠ k, no unit but k is misaligned after the flip, and k
 * is (its field still has the sign of s_k), so any asynchronous order flips k back first: the
 * neighbour returns. Over all k this is the robustness margin
 * μ(s) = min_i (s_i h_i − 2 max_{k ≠ i} |W_ik|) > 0.
 *
 * @module
 */
import { finiteArray, int, obj } from "../args/check.js";
import type { Basins } from "./basins.js";
import { stateOfCode } from "./basins.js";

/**
 * μ(s) = min_i (s_i h_i − 2 max_{k ≠ i} |W_ik|) for a state s of an N-unit network (W row-major
 * N×N, θ of length N, s of ±1). μ > 0 makes every one-flip neighbour of s return to s under any
 * asynchronous order. For N = 1 there is no other unit and μ = s_0 h_0.
 */
export function robustMargin(W: ArrayLike<number>, theta: ArrayLike<number>, s: ArrayLike<number>): number {
  const fn = "robustMargin";
  const N = s.length;
  int(fn, "N (the length of s)", N, 1, 64);
  finiteArray(fn, "W", W, { length: N * N });
  finiteArray(fn, "theta", theta, { length: N });
  finiteArray(fn, "s", s, { length: N });
  let mu = Number.POSITIVE_INFINITY;
  for (let i = 0; i < N; i++) {
    let h = theta[i];
    let wmax = 0;
    for (let j = 0; j < N; j++) {
      if (j === i) continue;
      h += W[i * N + j] * s[j];
      wmax = Math.max(wmax, Math.abs(W[i * N + j]));
    }
    mu = Math.min(mu, s[i] * h - 2 * wmax);
  }
  return mu;
}

/** The one-flip neighbourhood of one attractor. */
export interface AttractorNeighbourhood {
  /** The attractor's state code (as in {@link Basins}). */
  code: number;
  /** μ of {@link robustMargin} at the attractor. */
  margin: number;
  /** The units k whose flip leads to a different attractor (by the basin partition). */
  leaving: number[];
}

/**
 * For every attractor of `basins` (from attractorBasins on the same W, θ), its robustness margin and
 * the units whose one-flip neighbour lies in another basin.
 */
export function attractorNeighbourhoods(
  basins: Basins,
  W: ArrayLike<number>,
  theta: ArrayLike<number>,
): AttractorNeighbourhood[] {
  const fn = "attractorNeighbourhoods";
  obj(fn, "basins", basins);
  if (!(basins.basinOf instanceof Int32Array) || !Array.isArray(basins.attractors))
    throw new TypeError(`${fn}: basins must be the Basins of attractorBasins`);
  const N = basins.N;
  int(fn, "basins.N", N, 1, 16);
  finiteArray(fn, "W", W, { length: N * N });
  finiteArray(fn, "theta", theta, { length: N });
  return basins.attractors.map((code, a) => {
    const leaving: number[] = [];
    for (let k = 0; k < N; k++) if (basins.basinOf[(code ^ (1 << k)) >>> 0] !== a) leaving.push(k);
    return { code, margin: robustMargin(W, theta, stateOfCode(code, N)), leaving };
  });
}
