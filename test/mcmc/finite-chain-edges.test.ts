import { describe, expect, it } from "vitest";
import {
  asymptoticVariance,
  detailedBalanceDefect,
  kernel,
  metropolisHastingsKernel,
  normalize,
  solveAugmented,
  stationarityDefect,
  stationaryDistribution,
  stepDistribution,
  totalVariation,
} from "../../src/mcmc/finite-chain.js";
import { simulateChain } from "../../src/mcmc/estimators.js";
import { isingSeries } from "../../src/mcmc/ising-series.js";
import { worstTotalVariation } from "../../src/mcmc/mixing.js";

describe("simulateChain's inverse-CDF step", () => {
  it("follows a deterministic cycle 0 → 1 → 2 → 0 from every start (row x of p, not another)", () => {
    const k = kernel(3, new Float64Array([0, 1, 0, 0, 0, 1, 1, 0, 0]));
    for (const x0 of [0, 1, 2]) {
      const path = simulateChain(k, x0, 6, () => 0.5);
      expect([...path]).toEqual([1, 2, 3, 4, 5, 6].map((t) => (x0 + t) % 3));
    }
  });
  it("never takes a probability-0 move, even at u = 0 (u < acc, strictly)", () => {
    const k = kernel(2, new Float64Array([0, 1, 0, 1]));
    expect([...simulateChain(k, 0, 3, () => 0)]).toEqual([1, 1, 1]);
  });
  it("a u at or past the row's rounded cumulative sum takes the last state, never one outside", () => {
    // 0.7 + 0.2 + 0.1 rounds to 1 − 2^-53, the largest uniform: no cumulative sum exceeds it.
    const row = [0.7, 0.2, 0.1];
    expect(row[0] + row[1] + row[2]).toBe(1 - 2 ** -53);
    const k = kernel(3, new Float64Array([...row, ...row, ...row]));
    expect([...simulateChain(k, 0, 4, () => 1 - 2 ** -53)]).toEqual([2, 2, 2, 2]);
  });
  it("draws exactly one uniform a step", () => {
    let calls = 0;
    const k = kernel(2, new Float64Array([0.5, 0.5, 0.5, 0.5]));
    simulateChain(k, 0, 7, () => {
      calls++;
      return 0.25;
    });
    expect(calls).toBe(7);
  });
  it("names k.n in its refusal", () => {
    expect(() => simulateChain({ n: 0, p: new Float64Array(0) }, 0, 1, () => 0)).toThrow(
      /^simulateChain: k\.n must be an integer/,
    );
  });
});

describe("worstTotalVariation on two states (closed form)", () => {
  it("max(π0, π1)·|1 − a − b|^t for P = [[1 − a, a], [b, 1 − b]]", () => {
    // δ_0 P^t − π = π1 λ^t (1, −1) with λ = 1 − a − b, π = (b, a)/(a + b); from 1 it is π0 λ^t.
    const a = 0.25;
    const b = 0.5;
    const k = kernel(2, new Float64Array([1 - a, a, b, 1 - b]));
    const pi0 = b / (a + b);
    for (const t of [0, 1, 3, 8]) {
      const expected = Math.max(pi0, 1 - pi0) * Math.abs(1 - a - b) ** t;
      expect(worstTotalVariation(k, t)).toBeCloseTo(expected, 14);
    }
  });
});

describe("isingSeries", () => {
  it("runs odd L for Metropolis and Wolff (only the checkerboard needs even L)", () => {
    for (const alg of ["metropolis", "wolff"] as const) {
      const r = isingSeries(alg, 3, 0.3, 1, 4, 2);
      expect(r.e.length).toBe(4);
      // On the 3×3 torus the energy per spin is a multiple of 2/9 in [−2, 2] and |m| a multiple of 1/9.
      for (const e of r.e) expect(Math.abs(e * 4.5 - Math.round(e * 4.5))).toBeLessThan(1e-12);
      for (const m of r.am) expect(Math.abs(m * 9 - Math.round(m * 9))).toBeLessThan(1e-12);
    }
    expect(() => isingSeries("checkerboard", 3, 0.3, 1, 4, 2)).toThrow(/^isingSeries: L must be even/);
  });
});

describe("finite-chain refusals name the function and the argument", () => {
  const k = kernel(2, new Float64Array([0.5, 0.5, 0.5, 0.5]));
  const bad = { n: 2, p: new Float64Array([0.5, 0.5, 0.5]) };
  it("each entry point", () => {
    expect(() => kernel(2.5, new Float64Array(4))).toThrow(/^kernel: n must be an integer/);
    expect(() => stepDistribution(k, [1])).toThrow(/^stepDistribution: μ /);
    expect(() => stepDistribution(bad, [1, 0])).toThrow(/^stepDistribution: k\.p /);
    expect(() => stationaryDistribution({ n: 0, p: new Float64Array(0) })).toThrow(
      /^stationaryDistribution: k\.n must be an integer/,
    );
    expect(() => solveAugmented(new Float64Array(2), 0)).toThrow(/^solveAugmented: n must be an integer/);
    expect(() => detailedBalanceDefect(k, [1])).toThrow(/^detailedBalanceDefect: π /);
    expect(() => detailedBalanceDefect(bad, [1, 0])).toThrow(/^detailedBalanceDefect: k\.p /);
    expect(() => stationarityDefect(k, [1])).toThrow(/^stationarityDefect: π /);
    expect(() => stationarityDefect(bad, [1, 0])).toThrow(/^stationarityDefect: k\.p /);
    expect(() => asymptoticVariance(k, [1])).toThrow(/^asymptoticVariance: f /);
    expect(() => asymptoticVariance(bad, [1, 0])).toThrow(/^asymptoticVariance: k\.p /);
    expect(() => totalVariation([], [])).toThrow(/^totalVariation: μ /);
    expect(() => totalVariation([1], [1, 0])).toThrow(/^totalVariation: ν /);
    expect(() => metropolisHastingsKernel([1, 1], k, null as unknown as { hastings?: boolean })).toThrow(
      /^metropolisHastingsKernel: options must be an object/,
    );
    expect(() => normalize([])).toThrow(/^normalize: v /);
  });
});
