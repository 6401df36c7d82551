import { describe, expect, it } from "vitest";
import {
  asymptoticVariance,
  detailedBalanceDefect,
  kernel,
  kineticIsingKernel,
  metropolisHastingsKernel,
  stationaryDistribution,
} from "../../src/mcmc/index.js";

describe("finite Markov chains", () => {
  it("builds an MH kernel satisfying detailed balance for an asymmetric proposal, and not without the Hastings factor", () => {
    const q = kernel(2, Float64Array.from([0.5, 0.5, 0.9, 0.1]));
    const pi = [1, 3];
    expect(detailedBalanceDefect(metropolisHastingsKernel(pi, q), [0.25, 0.75])).toBeLessThan(1e-16);
    expect(detailedBalanceDefect(metropolisHastingsKernel(pi, q, { hastings: false }), [0.25, 0.75])).toBeGreaterThan(
      0.01,
    );
  });
  it("gives the asymptotic variance of a two-state chain in closed form", () => {
    // P = [[1−a, a], [b, 1−b]], f = indicator of state 1: σ² = ab(2 − a − b)/(a + b)³.
    const a = 0.3,
      b = 0.2;
    const k = kernel(2, Float64Array.from([1 - a, a, b, 1 - b]));
    expect(asymptoticVariance(k, [0, 1])).toBeCloseTo((a * b * (2 - a - b)) / (a + b) ** 3, 12);
    expect(Array.from(stationaryDistribution(k))).toEqual([
      expect.closeTo(b / (a + b), 12),
      expect.closeTo(a / (a + b), 12),
    ]);
  });
  it("builds a row-stochastic kinetic Ising kernel", () => {
    const k = kineticIsingKernel([0, 0.5, -0.3, 0], [0.1, -0.2], 1.3);
    for (let x = 0; x < 4; x++) expect(k.p.slice(4 * x, 4 * x + 4).reduce((s, v) => s + v, 0)).toBeCloseTo(1, 14);
  });
  it("rejects non-stochastic matrices", () => {
    expect(() => kernel(2, Float64Array.from([0.5, 0.6, 0.5, 0.5]))).toThrow(RangeError);
  });
});
