import { describe, expect, it } from "vitest";
import {
  energyAutocorrelationTime,
  energyAutocorrelationTimes,
  gaussianEnergyTau,
} from "../../src/spinglass/energy-autocorrelation.js";
import { thesisSystem } from "../../src/spinglass/system.js";
import { Prng } from "../../src/random/prng.js";

describe("energyAutocorrelationTime", () => {
  // Second road: for J = 0 and small σ (acceptance ≈ 1) the energy is the square of an
  // Ornstein–Uhlenbeck process, τ_int(H) = 2/(βσ²) sweeps.
  it("matches the small-σ closed form for J = 0", () => {
    const sys = thesisSystem(new Prng(7), { N: 4, D: 4, couplingScale: 0 });
    const sigma = 0.06;
    const r = energyAutocorrelationTime(sys, 1, 11, { sweeps: 40_000, burnInSweeps: 1000, sigma });
    const exact = gaussianEnergyTau(1, sigma);
    expect(exact).toBeCloseTo(555.6, 1);
    expect(r.tau / exact).toBeGreaterThan(0.7);
    expect(r.tau / exact).toBeLessThan(1.3);
  });

  // 1/β predicts 4; the ESS-based estimate of each τ is uncertain by ≈ 30 %, hence the wide interval.
  it("falls as 1/β at fixed σ", () => {
    const sys = thesisSystem(new Prng(3), { N: 4, D: 4, couplingScale: 0 });
    const at = (beta: number) =>
      energyAutocorrelationTime(sys, beta, 5, { sweeps: 60_000, burnInSweeps: 1000, sigma: 0.08 }).tau;
    const ratio = at(0.5) / at(2);
    expect(ratio).toBeGreaterThan(2.5);
    expect(ratio).toBeLessThan(10);
  });

  it("gives the same τ when thinned well below τ", () => {
    const sys = thesisSystem(new Prng(7), { N: 4, D: 4, couplingScale: 0 });
    const opts = { sweeps: 40_000, burnInSweeps: 1000, sigma: 0.06 };
    const full = energyAutocorrelationTime(sys, 1, 11, opts).tau;
    const thinned = energyAutocorrelationTime(sys, 1, 11, { ...opts, thin: 8 }).tau;
    expect(thinned / full).toBeGreaterThan(0.8);
    expect(thinned / full).toBeLessThan(1.25);
  });

  it("refuses bad options", () => {
    const sys = thesisSystem(new Prng(1), { N: 4, D: 4 });
    expect(() => energyAutocorrelationTime(sys, 1, 1, { sweeps: 3, burnInSweeps: 0 })).toThrow(/sweeps/);
    expect(() => energyAutocorrelationTime(sys, 1, 1, { sweeps: 100, burnInSweeps: -1 })).toThrow(/burnInSweeps/);
    expect(() => energyAutocorrelationTime(sys, 1, 1, { sweeps: 100, burnInSweeps: 0, sigma: 0 })).toThrow(/sigma/);
    expect(() => energyAutocorrelationTime(sys, 1, 1, { sweeps: 100, burnInSweeps: 0, thin: 0 })).toThrow(/thin/);
    expect(() => energyAutocorrelationTime(sys, 1, 1, { sweeps: 100, burnInSweeps: 0, thin: 8 })).toThrow(/16·thin/);
    expect(() => gaussianEnergyTau(0, 1)).toThrow(/β/);
  });
});

describe("energyAutocorrelationTimes", () => {
  it("is the single-chain estimate at seeds seed + 7919·c, and refuses a bad chain count", () => {
    const sys = thesisSystem(new Prng(2), { N: 3, D: 4 });
    const o = { sweeps: 400, burnInSweeps: 50, thin: 2 };
    const { taus } = energyAutocorrelationTimes(sys, 1, 5, 3, o);
    expect(taus).toEqual([5, 5 + 7919, 5 + 2 * 7919].map((s) => energyAutocorrelationTime(sys, 1, s, o).tau));
    expect(new Set(taus).size).toBe(3);
    for (const c of [0, 65, 1.5]) expect(() => energyAutocorrelationTimes(sys, 1, 5, c, o)).toThrow(/chains/);
  });
});
