import { describe, expect, it } from "vitest";
import {
  exactMeanWithoutCouplings,
  overlapSpread,
  replicaAverages,
  worstDistanceFromMean,
} from "../../src/spinglass/replicas.js";
import { thesisRadius, thesisSystem } from "../../src/spinglass/system.js";
import { Prng } from "../../src/random/prng.js";

describe("overlapSpread", () => {
  it("is 0 for identical replicas and matches a hand computation otherwise", () => {
    const a = Float64Array.from([1, 0, 0, 2]);
    expect(overlapSpread([a, a, a], 2, 2).spread).toBe(0);
    // q = [[5/2, 1/2], [1/2, 1/2]] for a and b = (1, 0, 0, 0): off-diagonal mean 1/2, worst |5/2 − 1/2| / (1/2) = 4.
    const b = Float64Array.from([1, 0, 0, 0]);
    const { spread, q } = overlapSpread([a, b], 2, 2);
    expect(q).toEqual([
      [2.5, 0.5],
      [0.5, 0.5],
    ]);
    expect(spread).toBe(4);
  });
  it("needs two replicas", () => expect(() => overlapSpread([new Float64Array(2)], 1, 2)).toThrow(RangeError));
});

describe("replicas of a J = 0 model", () => {
  const D = 8;
  const R = thesisRadius(D);
  const sys = thesisSystem(new Prng(4), { N: 8, D, couplingScale: 0, fieldNorm: 0.5 });
  const exact = exactMeanWithoutCouplings(sys, R);
  it("the exact mean has rows of norm R along the fields (second road: direct cosines)", () => {
    for (let i = 0; i < 8; i++) {
      const row = exact.subarray(i * D, (i + 1) * D);
      const xr = sys.x.subarray(i * D, (i + 1) * D);
      expect(Math.hypot(...row)).toBeCloseTo(R, 12);
      let c = 0;
      for (let a = 0; a < D; a++) c += row[a] * xr[a];
      expect(c / (R * 0.5)).toBeCloseTo(1, 12);
    }
  });
  it("equilibrated (tuned) replicas reach it and agree; the thesis' sampler does not", () => {
    const tuned = replicaAverages(sys, 1, 9, 3, { tuned: true, steps: 40_000 });
    expect(worstDistanceFromMean(tuned.averages, exact)).toBeLessThan(0.2);
    expect(overlapSpread(tuned.averages, 8, D).spread).toBeLessThan(0.1);
    const thesis = replicaAverages(sys, 1, 9, 3, { tuned: false, steps: 39_063 });
    expect(worstDistanceFromMean(thesis.averages, exact)).toBeGreaterThan(0.3);
    expect(["native", "wasm", "js"]).toContain(thesis.kernel);
  });
});
