/**
 * Retrieval by the modern (softmax) Hopfield update ξ ← X softmax(βXᵀξ): from a stored pattern with
 * one bit flipped, does one update return a vector with the pattern's signs?
 *
 * @module
 */
import type { Prng } from "../random/prng.js";
import { modernHopfieldUpdate } from "./hopfield.js";
import { randomPatterns } from "./patterns.js";

/** The worst retrieval seen by {@link denseRetrieval}. */
export interface RetrievalMargin {
  /** min over queries and coordinates of out_a·x_p,a (> 0: every sign right). */
  margin: number;
  /** Where it was reached: the pattern, the flipped bit, the coordinate. */
  pattern: number;
  flip: number;
  coordinate: number;
}

/**
 * Store P random ±1 patterns of length d, then for `queries` random (pattern, bit) pairs run one
 * update at β from the pattern with that bit flipped, and return the smallest sign margin.
 */
export function denseRetrieval(
  rng: Prng,
  d: number,
  P: number,
  queries: number,
  beta = 1,
  update: typeof modernHopfieldUpdate = modernHopfieldUpdate,
): RetrievalMargin {
  const patterns = randomPatterns(rng, P, d);
  let worst: RetrievalMargin = { margin: Infinity, pattern: -1, flip: -1, coordinate: -1 };
  for (let q = 0; q < queries; q++) {
    const p = rng.nextUint32() % P;
    const flip = rng.nextUint32() % d;
    const query = Float64Array.from(patterns[p]);
    query[flip] = -query[flip];
    const out = update(patterns, query, beta);
    for (let a = 0; a < d; a++) {
      const m = out[a] * patterns[p][a];
      if (!(m >= worst.margin)) worst = { margin: m, pattern: p, flip, coordinate: a };
    }
  }
  return worst;
}
