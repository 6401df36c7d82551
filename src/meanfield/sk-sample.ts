/**
 * Sherrington–Kirkpatrick samples: J_ij ~ N(0, J²/N) on every pair i < j (J = 1), from a seeded
 * stream, as an Ising model the enumeration code can solve exactly.
 *
 * @module
 */
import { isingModel } from "../ising/index.js";
import { Prng } from "../random/prng.js";

/** The N(N−1)/2 couplings (i, j, J_ij), i < j, of one SK sample. */
export function skCouplings(N: number, seed: number): Array<[number, number, number]> {
  const rng = new Prng(seed);
  const edges: Array<[number, number, number]> = [];
  for (let i = 0; i < N; i++) for (let j = i + 1; j < N; j++) edges.push([i, j, rng.normal() / Math.sqrt(N)]);
  return edges;
}

/** One SK sample in a uniform field h. */
export function skSample(N: number, seed: number, h = 0): ReturnType<typeof isingModel> {
  return isingModel(N, skCouplings(N, seed), h);
}
