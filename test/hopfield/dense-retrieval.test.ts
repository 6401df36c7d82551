import { describe, expect, it } from "vitest";
import { modernHopfieldUpdate } from "../../src/hopfield/hopfield.js";
import { denseRetrieval, modernUpdateFlat } from "../../src/hopfield/dense-retrieval.js";
import { Prng } from "../../src/random/prng.js";

describe("dense retrieval", () => {
  it("retrieves every sign at d = 64, P = 1024; a −β update does not", () => {
    expect(denseRetrieval(new Prng(4), 64, 1024, 8).margin).toBeGreaterThan(0);
    const bad = denseRetrieval(new Prng(4), 64, 1024, 8, 1, (x, xi, b) => modernHopfieldUpdate(x, xi, -b));
    expect(bad.margin).toBeLessThan(0);
  });
  it("one pattern: the update returns the pattern itself (second road: softmax of one weight is 1)", () => {
    const r = denseRetrieval(new Prng(5), 16, 1, 3);
    expect(r.margin).toBe(1);
  });
  it("the fast core for the library's update equals modernHopfieldUpdate itself, bit for bit", () => {
    const slow: typeof modernHopfieldUpdate = (x, xi, b) => modernHopfieldUpdate(x, xi, b);
    for (const [seed, d, P, q, beta] of [
      [1, 64, 512, 6, 1],
      [2, 16, 300, 5, 0.37],
      [3, 9, 7, 4, 25],
      [4, 32, 64, 3, -2],
    ])
      expect(denseRetrieval(new Prng(seed), d, P, q, beta)).toEqual(
        denseRetrieval(new Prng(seed), d, P, q, beta, slow),
      );
  });
  it("modernUpdateFlat equals modernHopfieldUpdate bit for bit for every P mod 4 and d (the four-pattern passes and the leftovers)", () => {
    const rng = new Prng(41);
    for (const P of [1, 2, 3, 4, 5, 6, 7, 8, 9, 13, 64]) {
      for (const d of [1, 3, 8, 17]) {
        const patterns = Array.from({ length: P }, () => Float64Array.from({ length: d }, () => rng.normal()));
        const flat = new Float64Array(P * d);
        for (let p = 0; p < P; p++) flat.set(patterns[p], p * d);
        const xi = Float64Array.from({ length: d }, () => rng.normal());
        for (const beta of [1, 0.3, -2]) {
          const want = modernHopfieldUpdate(patterns, xi, beta);
          expect(Array.from(modernUpdateFlat(flat, P, d, xi, beta))).toEqual(Array.from(want));
        }
      }
    }
  });
});
