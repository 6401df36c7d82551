import { describe, expect, it } from "vitest";
import { Prng } from "../../src/random/prng.js";
import { sampleSpin, sampleVmf } from "../../src/spinglass/vmf.js";
import { besselRatioCfF64 } from "../../src/special/bessel-ratio.js";

describe("Wood's vMF sampler", () => {
  it("draws unit vectors whose mean cosine is the Bessel ratio (D = 5, κ = 3, 20 000 draws, 5 SE)", () => {
    const rng = new Prng(11);
    const mu = new Float64Array([0, 0, 1, 0, 0]);
    let s = 0;
    let s2 = 0;
    const M = 20000;
    for (let t = 0; t < M; t++) {
      const u = sampleVmf(rng, mu, 3);
      expect(Math.abs(Math.hypot(...u) - 1)).toBeLessThan(1e-12);
      s += u[2];
      s2 += u[2] * u[2];
    }
    const mean = s / M;
    const se = Math.sqrt((s2 / M - mean * mean) / M);
    expect(Math.abs(mean - besselRatioCfF64(1.5, 3))).toBeLessThan(5 * se);
  });
  it("scales spins to radius R", () => {
    const u = sampleSpin(new Prng(1), new Float64Array([1, 2, 3]), 0.5, 4);
    expect(Math.hypot(...u)).toBeCloseTo(4, 12);
  });
  it("rejects D < 2 and negative κ", () => {
    expect(() => sampleVmf(new Prng(1), new Float64Array([1]), 1)).toThrow(RangeError);
    expect(() => sampleVmf(new Prng(1), new Float64Array([1, 0]), -1)).toThrow(RangeError);
  });
});
