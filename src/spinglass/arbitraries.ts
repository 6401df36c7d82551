/**
 * fast-check arbitraries for the vector-spin families: small systems whose numbers shrink
 * (couplings, fields and states drawn entry by entry), and seeded systems for larger sizes.
 *
 * @module
 */
import fc from "fast-check";
import { Prng } from "../random/prng.js";
import type { SpinSystem } from "./system.js";

const entry = (max: number) => fc.double({ min: -max, max, noNaN: true, noDefaultInfinity: true });

/** A system with N ∈ [1, maxN], D ∈ [1, maxD], J entries in [−2, 2], fields in [−3, 3], plus `states` states in [−3, 3]^{N×D}. */
export function smallSystem(
  maxN: number,
  maxD: number,
  states = 1,
): fc.Arbitrary<{ sys: SpinSystem; s: Float64Array[] }> {
  return fc.record({ N: fc.integer({ min: 1, max: maxN }), D: fc.integer({ min: 1, max: maxD }) }).chain(({ N, D }) =>
    fc
      .record({
        J: fc.array(entry(2), { minLength: N * N, maxLength: N * N }),
        x: fc.array(entry(3), { minLength: N * D, maxLength: N * D }),
        s: fc.array(fc.array(entry(3), { minLength: N * D, maxLength: N * D }), {
          minLength: states,
          maxLength: states,
        }),
      })
      .map(({ J, x, s }) => ({
        sys: { N, D, J: Float64Array.from(J), x: Float64Array.from(x) },
        s: s.map((v) => Float64Array.from(v)),
      })),
  );
}

/** A 32-bit seed for a {@link Prng}. */
export const seedArb = fc.integer({ min: 0, max: 0x7fffffff });

/** A Gaussian N×D array from a seed (scale `sd`). */
export function gaussianArray(seed: number, n: number, sd = 1): Float64Array {
  const rng = new Prng(seed);
  const out = new Float64Array(n);
  for (let k = 0; k < n; k++) out[k] = sd * rng.normal();
  return out;
}
