import { describe, expect, it } from "vitest";
import {
  kernel,
  metropolisHastingsKernel,
  stationaryDistribution,
  stationarityDefect,
  stepDistribution,
} from "../../src/mcmc/finite-chain.js";
import { Prng } from "../../src/random/prng.js";
import { distributionAfter, matrixAsymmetry, twoBlockProposal, worstTotalVariation } from "../../src/mcmc/mixing.js";

describe("mixing", () => {
  it("two states: P^t from 0 equals π + (1 − p − q)^t (δ₀ − π) (closed form)", () => {
    const [p, q] = [0.3, 0.1];
    const k = kernel(2, Float64Array.from([1 - p, p, q, 1 - q]));
    const pi = [q / (p + q), p / (p + q)];
    for (const t of [0, 1, 5, 40]) {
      const mu = distributionAfter(k, 0, t);
      expect(mu[0]).toBeCloseTo(pi[0] + (1 - p - q) ** t * (1 - pi[0]), 14);
    }
    // TV from the worst start: |1 − p − q|^t · max(π₀, π₁).
    expect(worstTotalVariation(k, 10)).toBeCloseTo(0.6 ** 10 * 0.75, 14);
  });
  it("a periodic chain does not mix: TV stays 1/2 on the 2-cycle", () => {
    const k = kernel(2, Float64Array.from([0, 1, 1, 0]));
    expect(worstTotalVariation(k, 1001)).toBeCloseTo(0.5, 14);
  });
  it("matrixAsymmetry by hand; the two-block chain has two stationary laws", () => {
    expect(matrixAsymmetry(2, [0, 0.2, 0.5, 0])).toBeCloseTo(0.3, 15);
    expect(matrixAsymmetry(2, [1, 2, 2, 1])).toBe(0);
    const q = twoBlockProposal(2, 1);
    const k = metropolisHastingsKernel([1, 1, 1], kernel(3, q));
    expect(stationarityDefect(k, [0.5, 0.5, 0])).toBe(0);
    expect(stationarityDefect(k, [0, 0, 1])).toBe(0);
    expect(stationaryDistribution(kernel(2, Float64Array.from([0.5, 0.5, 0.5, 0.5])))[0]).toBeCloseTo(0.5, 14);
    expect(() => distributionAfter(k, 3, 1)).toThrow(RangeError);
  });
  it("equals t calls of stepDistribution bit for bit (random 1–7 state kernels, t ≤ 60), and checks k", () => {
    const rng = new Prng(14);
    for (let trial = 0; trial < 40; trial++) {
      const n = 1 + rng.int(7);
      const p = new Float64Array(n * n);
      for (let x = 0; x < n; x++) {
        // Some zero entries, so the m === 0 skip is exercised after the first steps too.
        let s = 0;
        for (let y = 0; y < n; y++) s += p[x * n + y] = rng.next() < 0.3 ? 0 : rng.next();
        if (s === 0) p[x * n + x] = s = 1;
        for (let y = 0; y < n; y++) p[x * n + y] /= s;
      }
      const k = kernel(n, p);
      const start = rng.int(n);
      const t = rng.int(61);
      let mu: Float64Array = new Float64Array(n);
      mu[start] = 1;
      for (let s = 0; s < t; s++) mu = stepDistribution(k, mu);
      expect(Array.from(distributionAfter(k, start, t))).toEqual(Array.from(mu));
    }
    const bad = { n: 2, p: Float64Array.from([0.5, Number.NaN, 0.5, 0.5]) };
    expect(() => distributionAfter(bad, 0, 3)).toThrow(RangeError);
  });
});
