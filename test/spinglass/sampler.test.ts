import { describe, expect, it } from "vitest";
import { Prng } from "../../src/random/prng.js";
import { publishedStepReference, stepsToDiffuse, thesisSigma, ThesisSampler } from "../../src/spinglass/sampler.js";
import { lossHamiltonian } from "../../src/spinglass/energy.js";
import { thesisStart, thesisSystem } from "../../src/spinglass/system.js";

describe("the thesis' sampler", () => {
  const sys = thesisSystem(new Prng(8), { N: 12, D: 6 });
  const R = Math.sqrt(2);
  it("σ = 1/(N√D) ≈ 0.00276 at N = 64, D = 32, and ℓ²N³ steps to diffuse ℓ", () => {
    expect(thesisSigma(64, 32)).toBeCloseTo(0.0027621, 6);
    expect(stepsToDiffuse(2, 64, 32)).toBeCloseTo(4 * 64 ** 3, 3);
  });
  it("its maintained energy equals the loss Hamiltonian after many steps", () => {
    const s = new ThesisSampler(sys, new Prng(9), { beta: 3, sigma: 0.2 });
    s.run(20000);
    expect(s.energy()).toBeCloseTo(lossHamiltonian(sys, s.m, s.m, R), 8);
  });
  it("follows the published full-recomputation chain step for step", () => {
    const fast = new ThesisSampler(sys, new Prng(5), { beta: 2, sigma: 0.3 });
    const m = thesisStart(12, 6);
    const rng = new Prng(5);
    for (let t = 0; t < 500; t++) expect(fast.step()).toBe(publishedStepReference(sys, m, rng, 2, 0.3, R));
    for (let k = 0; k < m.length; k++) expect(fast.m[k]).toBeCloseTo(m[k], 10);
  });
  it("time averages are the step-weighted mean of the visited states", () => {
    const s = new ThesisSampler(sys, new Prng(6), { beta: 1, sigma: 0.1 });
    s.startMeasuring();
    const acc = new Float64Array(72);
    for (let t = 0; t < 300; t++) {
      s.step();
      for (let k = 0; k < 72; k++) acc[k] += s.m[k];
    }
    const avg = s.timeAverage();
    for (let k = 0; k < 72; k++) expect(avg[k]).toBeCloseTo(acc[k] / 300, 12);
  });
  it("tuning moves the acceptance rate towards the target", () => {
    const s = new ThesisSampler(sys, new Prng(7), { beta: 1, sigma: 5 });
    s.tune(20000, 0.25);
    const before = s.accepted;
    s.run(10000);
    expect(Math.abs((s.accepted - before) / 10000 - 0.25)).toBeLessThan(0.1);
  });
  it("the Stein mean is R x̂ exactly when J = 0", () => {
    const s0 = thesisSystem(new Prng(8), { N: 12, D: 6, couplingScale: 0 });
    const s = new ThesisSampler(s0, new Prng(1), { beta: 1, sigma: 0.5 });
    s.run(100);
    const g = s.steinMean();
    for (let k = 0; k < g.length; k++) expect(g[k]).toBeCloseTo(s0.x[k], 12);
  });
  it("rejects a non-positive β", () => {
    expect(() => new ThesisSampler(sys, new Prng(1), { beta: 0 })).toThrow(RangeError);
  });
});
