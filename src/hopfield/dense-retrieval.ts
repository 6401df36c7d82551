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
  // The library's update (not a caller's replacement) has a fast core below: the same numbers bit
  // for bit without modernHopfieldUpdate's per-call O(P·d) argument checks. The first query runs
  // both, and the core is used for the rest only if they agree to the last bit: a module mock or a
  // NaN-poisoned update (the liveness tests) is never bypassed.
  let flat: Float64Array | undefined;
  if (update === modernHopfieldUpdate && Number.isFinite(beta)) {
    flat = new Float64Array(P * d);
    for (let p = 0; p < P; p++) flat.set(patterns[p], p * d);
  }
  let worst: RetrievalMargin = { margin: Infinity, pattern: -1, flip: -1, coordinate: -1 };
  for (let q = 0; q < queries; q++) {
    const p = rng.nextUint32() % P;
    const flip = rng.nextUint32() % d;
    const query = Float64Array.from(patterns[p]);
    query[flip] = -query[flip];
    let out: Float64Array;
    if (flat && q > 0) out = modernUpdateFlat(flat, P, d, query, beta);
    else {
      out = update(patterns, query, beta);
      if (flat) {
        const fast = modernUpdateFlat(flat, P, d, query, beta);
        for (let a = 0; a < d; a++) if (!Object.is(fast[a], out[a])) flat = undefined;
      }
    }
    for (let a = 0; a < d; a++) {
      const m = out[a] * patterns[p][a];
      if (!(m >= worst.margin)) worst = { margin: m, pattern: p, flip, coordinate: a };
    }
  }
  return worst;
}

/**
 * modernHopfieldUpdate on P finite patterns stored row by row in `flat` (P·d entries), β finite:
 * the same operations in the same order (scores Σ_a x_a ξ_a then β·s, their maximum, e^{s − top}
 * summed from 0 in pattern order, out_a += (w_p/z)·x_a pattern by pattern), so the same numbers
 * (tested), without the checks its callers already made. Exported for its test only (this module
 * is not in the public index). @internal
 */
export function modernUpdateFlat(
  flat: Float64Array,
  P: number,
  d: number,
  xi: Float64Array,
  beta: number,
): Float64Array {
  const w = new Float64Array(P);
  let top = Number.NEGATIVE_INFINITY;
  // Four patterns' scores at a time, each in its own local: four independent chains, each summed
  // over a ascending from 0 as before (the same roundings), instead of one chain whose every add
  // waits for the last. `top` is taken in p order as before.
  let p = 0;
  for (; p + 3 < P; p += 4) {
    const o0 = p * d;
    const o1 = o0 + d;
    const o2 = o1 + d;
    const o3 = o2 + d;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    for (let a = 0; a < d; a++) {
      const x = xi[a];
      s0 += flat[o0 + a] * x;
      s1 += flat[o1 + a] * x;
      s2 += flat[o2 + a] * x;
      s3 += flat[o3 + a] * x;
    }
    w[p] = beta * s0;
    top = Math.max(top, w[p]);
    w[p + 1] = beta * s1;
    top = Math.max(top, w[p + 1]);
    w[p + 2] = beta * s2;
    top = Math.max(top, w[p + 2]);
    w[p + 3] = beta * s3;
    top = Math.max(top, w[p + 3]);
  }
  for (let o = p * d; p < P; p++, o += d) {
    let s = 0;
    for (let a = 0; a < d; a++) s += flat[o + a] * xi[a];
    w[p] = beta * s;
    top = Math.max(top, w[p]);
  }
  if (!Number.isFinite(top)) throw new RangeError(`modernHopfieldUpdate: β·xᵀξ overflows float64 (β = ${beta})`);
  let z = 0;
  for (let p = 0; p < P; p++) {
    w[p] = Math.exp(w[p] - top);
    z += w[p];
  }
  const out = new Float64Array(d);
  // Four patterns per pass over a, out[a] updated left to right ((out_a + c_p x_pa) + c_{p+1} …):
  // the same additions in the same order as one pattern per pass, a quarter of the loads/stores.
  let q = 0;
  for (; q + 3 < P; q += 4) {
    const c0 = w[q] / z;
    const c1 = w[q + 1] / z;
    const c2 = w[q + 2] / z;
    const c3 = w[q + 3] / z;
    const o0 = q * d;
    const o1 = o0 + d;
    const o2 = o1 + d;
    const o3 = o2 + d;
    for (let a = 0; a < d; a++)
      out[a] = out[a] + c0 * flat[o0 + a] + c1 * flat[o1 + a] + c2 * flat[o2 + a] + c3 * flat[o3 + a];
  }
  for (let o = q * d; q < P; q++, o += d) {
    const c = w[q] / z;
    for (let a = 0; a < d; a++) out[a] += c * flat[o + a];
  }
  return out;
}
