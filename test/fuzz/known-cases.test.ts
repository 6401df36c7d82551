/**
 * Issue 15's named cases of the public API, each with its class's answer now: a RangeError or
 * TypeError naming the argument and the value, or the right value; and the documented limits,
 * each tested at the limit.
 */
import { describe, expect, it } from "vitest";
import {
  BESSEL_F64_MAX_X,
  Prng,
  ThesisSampler,
  besselRatio,
  besselRatioCfDecimal,
  besselRatioCfF64,
  binningError,
  curieWeissLogZ,
  curieWeissThermo,
  leastSquaresSlope,
  logSumExp,
  nativeKernelStatus,
  sampleVmf,
  softmax,
  softmaxWithLogZ,
  steinAndPlainMeans,
  thesisSystem,
  trotterError,
  wasmKernelAvailable,
} from "../../src/index.js";
import { isPowerOfTwo } from "../../src/precision/trotter.js";

const series = Float64Array.from({ length: 256 }, (_, i) => Math.sin(i));

describe("issue 15: hangs are refusals", () => {
  it("binningError with minBlocks 0 or −1 (the block size doubled forever)", () => {
    expect(() => binningError(series, 0)).toThrow(/minBlocks must be an integer in \[1, 1073741824\], got 0/);
    expect(() => binningError(series, -1)).toThrow(RangeError);
    expect(() => binningError(series, Number.NaN)).toThrow(/minBlocks .* got NaN/);
    expect(binningError(series, 1).blocks).toBeGreaterThanOrEqual(1);
  });

  const kernels = (["js", "wasm", "native"] as const).filter(
    (k) => k === "js" || (k === "wasm" ? wasmKernelAvailable() : nativeKernelStatus().available),
  );
  const sys = () => thesisSystem(new Prng(3), { N: 4, D: 4 });
  it.each(kernels)("ThesisSampler.run(Infinity) and other n outside [0, 2^40] on the %s kernel", (kernel) => {
    const s = new ThesisSampler(sys(), new Prng(1), { beta: 1, kernel });
    expect(s.kernel).toBe(kernel);
    for (const n of [Number.POSITIVE_INFINITY, Number.NaN, -1, 2 ** 40 + 1])
      expect(() => s.run(n)).toThrow(/ThesisSampler\.run: n must be/);
    expect(() => s.run("5" as unknown as number)).toThrow(TypeError);
    expect(s.steps).toBe(0);
    expect(s.run(10)).toBeGreaterThanOrEqual(0);
    expect(s.steps).toBe(10);
    s.sigma = Number.NaN;
    expect(() => s.run(10)).toThrow(/σ must be finite, got NaN/);
  });

  it("besselRatio(0, 1e12) is refused at once; x = 10^6, the stated limit, is computed", () => {
    const t0 = performance.now();
    expect(() => besselRatio(0, 1e12)).toThrow(
      /argument x = 1000000000000 needs a continued fraction deeper than the budget/,
    );
    expect(performance.now() - t0).toBeLessThan(1000);
    // r_0(x) = 1 − 1/(2x) − 1/(8x²) − … for large x.
    expect(besselRatioCfDecimal(0, 1e6, 20).toNumber()).toBeCloseTo(1 - 5e-7 - 1.25e-13, 15);
    // (The float64 fraction loses a few ulps over its 4·10^6 levels here.)
    expect(besselRatioCfF64(0, BESSEL_F64_MAX_X)).toBeCloseTo(1 - 0.5 / BESSEL_F64_MAX_X, 13);
    expect(() => besselRatioCfF64(0, 2 * BESSEL_F64_MAX_X)).toThrow(/argument x must be ≤ 1000000000000/);
  }, 30_000);
});

describe("issue 15: silent NaN is an error or the right value", () => {
  it("curieWeissLogZ and curieWeissThermo with J or h NaN or ±∞", () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(() => curieWeissLogZ(8, 0.5, { J: bad })).toThrow(new RegExp(`J must be a finite number, got ${bad}`));
      expect(() => curieWeissLogZ(8, 0.5, { h: bad })).toThrow(new RegExp(`h must be a finite number, got ${bad}`));
      expect(() => curieWeissThermo(8, 0.5, { J: bad })).toThrow(new RegExp(`J must be finite, got ${bad}`));
      expect(() => curieWeissThermo(8, 0.5, { h: bad })).toThrow(new RegExp(`h must be finite, got ${bad}`));
    }
    expect(() => curieWeissThermo(8, 1e300, { J: 1e300 })).toThrow(/overflows the exponent/);
  });

  it("softmax([1e308, −1e308], 10) and logSumExp([1e308], 2): the values, not NaN", () => {
    expect(Array.from(softmax([1e308, -1e308], 10))).toEqual([1, 0]);
    expect(Array.from(softmax([1e308, -1e308], -10))).toEqual([0, 1]);
    expect(Array.from(softmax([1e308, 1e308, -1e308], 2))).toEqual([0.5, 0.5, 0]);
    // ln Z = 2e308 is beyond float64: the correctly rounded overflow, +∞; −∞ for ln Z = −2e308.
    expect(logSumExp([1e308], 2)).toBe(Number.POSITIVE_INFINITY);
    expect(logSumExp([-1e308], 2)).toBe(Number.NEGATIVE_INFINITY);
    // Where ln Z is representable it is exact: β a* + ln 2 with a* = 1e308, β = 1.5.
    expect(softmaxWithLogZ([1e308, 1e308], 1.5).lnZ).toBe(1.5e308);
    expect(logSumExp([1e308, -1e308], 1.5)).toBe(1.5e308);
  });

  it("a least-squares slope through ±1e200", () => {
    expect(leastSquaresSlope([-1e200, 1e200], [-1e200, 1e200])).toBe(1);
  });

  it("sampleVmf with a non-unit μ draws on the unit sphere (μ is normalized); μ = 0 is refused", () => {
    const rng = new Prng(5);
    for (const mu of [
      [3, 4, 0],
      [1e-200, 0, 0],
      [1e200, 1e200, 0],
    ]) {
      for (let k = 0; k < 50; k++) {
        const u = sampleVmf(rng, mu, 2);
        expect(Math.hypot(...u)).toBeCloseTo(1, 12);
      }
    }
    expect(() => sampleVmf(rng, [0, 0, 0], 1)).toThrow(/μ must be a nonzero direction/);
    expect(() => sampleVmf(rng, [1, Number.NaN], 1)).toThrow(/μ\[1\] must be finite, got NaN/);
  });

  it("ThesisSampler refuses σ or R NaN, negative R, NaN states and couplings", () => {
    const sys = thesisSystem(new Prng(3), { N: 4, D: 4 });
    const make =
      (o: object, s = sys) =>
      () =>
        new ThesisSampler(s, new Prng(1), { beta: 1, kernel: "js", ...o });
    expect(make({ sigma: Number.NaN })).toThrow(/σ must be finite, got NaN/);
    expect(make({ R: Number.NaN })).toThrow(/R must be finite, got NaN/);
    expect(make({ R: -1 })).toThrow(/R must be in \[0, .*\], got -1/);
    expect(make({ start: new Float64Array(16).fill(Number.NaN) })).toThrow(/start\[0\] must be finite, got NaN/);
    const J = Float64Array.from(sys.J);
    J[5] = Number.NaN;
    expect(make({}, { ...sys, J })).toThrow(/J\[5\] must be finite, got NaN/);
    expect(make({ beta: Number.NaN })).toThrow(/β must be finite, got NaN/);
  });

  it("steinMean with a short output array: one RangeError for every kernel", () => {
    const kernels = (["js", "native"] as const).filter((k) => k === "js" || nativeKernelStatus().available);
    for (const kernel of kernels) {
      const s = new ThesisSampler(thesisSystem(new Prng(3), { N: 4, D: 4 }), new Prng(1), { beta: 1, kernel });
      expect(() => s.steinMean(new Float64Array(15))).toThrow(
        "ThesisSampler.steinMean: out must have length 16, got a Float64Array of length 15",
      );
      expect(s.steinMean(new Float64Array(16)).every(Number.isFinite)).toBe(true);
    }
    expect(() => steinAndPlainMeans({} as ThesisSampler, 10)).toThrow(TypeError);
  });
});

describe("issue 15: trotterError's n is any integer up to 2^52", () => {
  it("isPowerOfTwo looks at every bit (2^32 + 1 is not a power of two)", () => {
    expect(isPowerOfTwo(2 ** 32 + 1)).toBe(false);
    expect(isPowerOfTwo(2 ** 32)).toBe(true);
    expect(isPowerOfTwo(2 ** 52)).toBe(true);
    expect(isPowerOfTwo(3 * 2 ** 40)).toBe(false);
    expect(isPowerOfTwo(1)).toBe(true);
  });
  it("n = 2^32 + 1 works (it failed with 'cannot be converted to a BigInt') and is close to n = 2^32", () => {
    const X = [
      [0, 1],
      [1, 0],
    ];
    const Z = [
      [1, 0],
      [0, -1],
    ];
    const a = Number(trotterError([X, Z], 1, 2 ** 32 + 1, { digits: 10 }));
    const b = Number(trotterError([X, Z], 1, 2 ** 32, { digits: 10 }));
    expect(a).toBeGreaterThan(0);
    expect(a / b).toBeCloseTo(2 ** 32 / (2 ** 32 + 1), 9);
    expect(() => trotterError([X, Z], 1, 2 ** 52 + 2)).toThrow(/n must be an integer in \[1, 2\^52\]/);
    expect(() =>
      trotterError(
        [
          X,
          [
            [Number.NaN, 0],
            [0, 1],
          ],
        ],
        1,
        4,
      ),
    ).toThrow(/Hs\[1\]\[0\]\[0\] must be a finite number, got NaN/);
  });
});
