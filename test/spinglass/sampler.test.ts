import { describe, expect, it } from "vitest";
import { Prng } from "../../src/random/prng.js";
import { publishedStepReference, stepsToDiffuse, thesisSigma, ThesisSampler } from "../../src/spinglass/sampler.js";
import { lossHamiltonian } from "../../src/spinglass/energy.js";
import { thesisStart, thesisSystem } from "../../src/spinglass/system.js";
import { wasmKernelAvailable } from "../../src/spinglass/kernel.js";
import { nativeKernelStatus } from "../../src/spinglass/kernel-native.js";
import { compareChains, firstBitDifference, firstScalarDifference } from "./chain-equality.js";

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

describe("which kernel runs", () => {
  const sys = thesisSystem(new Prng(11), { N: 64, D: 32 });
  it("WebAssembly runs here (Node has WebAssembly SIMD)", () => {
    expect(wasmKernelAvailable()).toBe(true);
    expect(new ThesisSampler(sys, new Prng(1), { beta: 1, kernel: "wasm" }).kernel).toBe("wasm");
  });
  it("by default the native kernel when it is built, else WebAssembly", () => {
    expect(new ThesisSampler(sys, new Prng(1), { beta: 1 }).kernel).toBe(
      nativeKernelStatus().available ? "native" : "wasm",
    );
    expect(new ThesisSampler(sys, new Prng(1), { beta: 1, kernel: "native" }).kernel).toBe(
      nativeKernelStatus().available ? "native" : "wasm",
    );
  });
});

const KERNELS = [
  { kernel: "wasm", title: "the WebAssembly kernel", available: wasmKernelAvailable() },
  { kernel: "native", title: "the native kernel", available: nativeKernelStatus().available },
] as const;

// The native kernel is optional (built at install when a C compiler is there); kernel-native.test.ts
// fails when it could have been built and was not, so on such a machine this never skips silently.
for (const { kernel, title, available } of KERNELS)
  describe.skipIf(!available)(`${title} is the same chain as the TypeScript reference`, () => {
    // The thesis' size. Equality is exact: the kernel draws the same numbers (xoshiro128**, ziggurat)
    // and does the same IEEE operations in the same order, so any difference at all is a bug.
    const sys = thesisSystem(new Prng(11), { N: 64, D: 32 });
    it.each([1e-3, 1, 1000])(
      "at β = %s: same accept decisions for 10⁵ single steps, then bit-identical states, energy and RNG state after 10⁵ more in runs",
      (beta) => {
        const c = compareChains(sys, 21, { beta }, { stepwise: 100_000, bulk: 100_000 }, kernel);
        expect(c.firstAcceptDifference).toBe(-1);
        expect(c.mDifference).toBe(-1);
        expect(c.thetaDifference).toBe(-1);
        expect(c.scalarDifference).toBeNull();
        expect(c.rngDiffers).toBe(false);
        expect(c.accepted[1]).toBe(c.accepted[0]);
        expect(Object.is(c.energy[0], c.energy[1])).toBe(true);
        expect(c.js.steps).toBe(200_000);
        expect(c.compiled.steps).toBe(200_000);
      },
    );
    it("with σ tuned in burn-in to ~25 % acceptance (large moves, many rejections): the same σ and the same chain", () => {
      const c = compareChains(
        sys,
        22,
        { beta: 1, sigma: 0.05 },
        { tune: 40_000, stepwise: 100_000, bulk: 100_000 },
        kernel,
      );
      expect(Object.is(c.sigma[0], c.sigma[1])).toBe(true);
      expect(c.sigma[0]).toBeGreaterThan(10 * thesisSigma(64, 32));
      expect(Math.abs(c.rate - 0.25)).toBeLessThan(0.1);
      expect(c.firstAcceptDifference).toBe(-1);
      expect(c.mDifference).toBe(-1);
      expect(c.thetaDifference).toBe(-1);
      expect(c.scalarDifference).toBeNull();
      expect(c.rngDiffers).toBe(false);
      expect(Object.is(c.energy[0], c.energy[1])).toBe(true);
    });
    it("time averages, the Stein mean and refreshes (every 997 acceptances, inside runs) agree bit for bit", () => {
      const c = compareChains(sys, 23, { beta: 1, refreshEvery: 997 }, { stepwise: 1000, bulk: 20_000 }, kernel);
      for (const s of [c.js, c.compiled]) {
        s.startMeasuring();
        s.run(30_000);
        for (let t = 0; t < 500; t++) s.step();
      }
      expect(firstBitDifference(c.js.timeAverage(), c.compiled.timeAverage())).toBe(-1);
      expect(firstBitDifference(c.js.steinMean(), c.compiled.steinMean())).toBe(-1);
      expect(firstBitDifference(c.js.theta, c.compiled.theta)).toBe(-1);
      expect(firstScalarDifference(c.js, c.compiled)).toBeNull();
      c.js.refresh();
      c.compiled.refresh();
      expect(Object.is(c.js.energy(), c.compiled.energy())).toBe(true);
      expect(c.js.accepted).toBe(c.compiled.accepted);
      expect(c.js.accepted).toBeGreaterThan(10 * 997);
    });
    it("σ changed between runs is used by the next run", () => {
      const c = compareChains(sys, 24, { beta: 1000 }, { stepwise: 0, bulk: 1000 }, kernel);
      c.js.sigma = c.compiled.sigma = 0.02;
      expect(c.compiled.run(5000)).toBe(c.js.run(5000));
      expect(firstBitDifference(c.js.m, c.compiled.m)).toBe(-1);
    });
    it("follows the published full-recomputation chain step for step (D = 8)", () => {
      const sys8 = thesisSystem(new Prng(8), { N: 12, D: 8 });
      const fast = new ThesisSampler(sys8, new Prng(5), { beta: 2, sigma: 0.3, kernel });
      expect(fast.kernel).toBe(kernel);
      const m = thesisStart(12, 8);
      const rng = new Prng(5);
      for (let t = 0; t < 500; t++)
        expect(fast.step()).toBe(publishedStepReference(sys8, m, rng, 2, 0.3, Math.sqrt(3)));
      for (let k = 0; k < m.length; k++) expect(fast.m[k]).toBeCloseTo(m[k], 10);
    });
    it("falls back to the reference when D is not a multiple of 4, and on request", () => {
      const sys6 = thesisSystem(new Prng(8), { N: 12, D: 6 });
      expect(new ThesisSampler(sys6, new Prng(1), { beta: 1 }).kernel).toBe("js");
      expect(new ThesisSampler(sys6, new Prng(1), { beta: 1, kernel }).kernel).toBe("js");
      expect(new ThesisSampler(sys, new Prng(1), { beta: 1, kernel: "js" }).kernel).toBe("js");
      expect(() => new ThesisSampler(sys, new Prng(1), { beta: 1, kernel: "gpu" as "js" })).toThrow(RangeError);
    });
    it("N = 5, D = 4 (odd N, the 4-component tail of the column loops) is the same chain too", () => {
      const c = compareChains(
        thesisSystem(new Prng(3), { N: 5, D: 4 }),
        25,
        { beta: 2, sigma: 0.4 },
        { stepwise: 20_000, bulk: 20_000 },
        kernel,
      );
      expect(c.firstAcceptDifference).toBe(-1);
      expect(c.mDifference).toBe(-1);
      expect(c.thetaDifference).toBe(-1);
      expect(c.scalarDifference).toBeNull();
      expect(c.rngDiffers).toBe(false);
    });
    it("N = 7, D = 12 (8 + 4 components per row) is the same chain too", () => {
      const c = compareChains(
        thesisSystem(new Prng(4), { N: 7, D: 12 }),
        26,
        { beta: 0.5, sigma: 0.3 },
        { stepwise: 20_000, bulk: 20_000 },
        kernel,
      );
      expect(c.firstAcceptDifference).toBe(-1);
      expect(c.mDifference).toBe(-1);
      expect(c.thetaDifference).toBe(-1);
      expect(c.scalarDifference).toBeNull();
      expect(c.rngDiffers).toBe(false);
    });
    it("its state arrays stay attached views of one memory (allocated once, never grown)", () => {
      const s = new ThesisSampler(sys, new Prng(1), { beta: 1, kernel });
      const buffer = s.m.buffer;
      s.run(10_000);
      s.startMeasuring();
      s.run(10_000);
      expect(s.m.buffer).toBe(buffer);
      expect(s.theta.buffer).toBe(buffer);
      expect(s.m.length).toBe(64 * 32);
      expect(s.timeAverage().length).toBe(64 * 32);
    });
  });
