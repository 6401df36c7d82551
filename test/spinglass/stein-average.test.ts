import { describe, expect, it } from "vitest";
import { Prng } from "../../src/random/prng.js";
import { ThesisSampler } from "../../src/spinglass/sampler.js";
import { steinAndPlainMeans } from "../../src/spinglass/stein-average.js";
import { thesisSystem } from "../../src/spinglass/system.js";

describe("steinAndPlainMeans", () => {
  it("gives R·x̂ exactly for J = 0 (the Stein estimator has no variance there)", () => {
    const N = 6;
    const D = 4;
    const R = Math.sqrt(D / 2 - 1);
    const sys = thesisSystem(new Prng(3), { N, D, couplingScale: 0 });
    const s = new ThesisSampler(sys, new Prng(4), { beta: 0.5, sigma: 0.3 });
    const { stein } = steinAndPlainMeans(s, 600);
    for (let i = 0; i < N; i++) {
      let nx = 0;
      for (let a = 0; a < D; a++) nx += sys.x[i * D + a] ** 2;
      for (let a = 0; a < D; a++) expect(stein[i * D + a]).toBeCloseTo((R * sys.x[i * D + a]) / Math.sqrt(nx), 12);
    }
  });
  it("gives the plain average the states visited, step by step", () => {
    const N = 5;
    const D = 4;
    const sys = thesisSystem(new Prng(7), { N, D });
    const a = new ThesisSampler(sys, new Prng(8), { beta: 1, sigma: 0.2 });
    const b = new ThesisSampler(sys, new Prng(8), { beta: 1, sigma: 0.2 });
    const steps = 50 * N;
    const { plain } = steinAndPlainMeans(a, steps);
    // The same chain, averaged by hand: the state after each of the `steps` steps.
    const sum = new Float64Array(N * D);
    for (let t = 0; t < steps; t++) {
      b.step();
      for (let k = 0; k < sum.length; k++) sum[k] += b.m[k];
    }
    for (let k = 0; k < sum.length; k++) expect(plain[k]).toBeCloseTo(sum[k] / steps, 12);
  });
  it("refuses fewer steps than one sweep", () => {
    const sys = thesisSystem(new Prng(1), { N: 4, D: 4 });
    expect(() => steinAndPlainMeans(new ThesisSampler(sys, new Prng(2), { beta: 1 }), 3)).toThrow(
      /less than one sweep/,
    );
  });
});
