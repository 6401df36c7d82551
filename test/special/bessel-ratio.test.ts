import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  besselRatio,
  besselRatioCfDecimal,
  besselRatioCfF64,
  besselRatioSeriesDecimal,
  besselRatioSeriesF64,
} from "../../src/special/bessel-ratio.js";
import { besselRatio as fromIndex } from "../../src/index.js";

const fixtures = JSON.parse(
  readFileSync(join(import.meta.dirname, "..", "..", "fixtures", "bessel-ratio.json"), "utf8"),
).rows as { nu: string; x: string; ratio: string; D: number }[];

describe("besselRatio", () => {
  it("is exported from the package root and converts with String()", () => {
    expect(String(fromIndex(0.5, 1, { digits: 20 }))).toBe("0.31303528549933130364"); // coth 1 − 1
  });
  it("matches the mpmath fixtures to 30 digits by both methods, for D = 3, 8 and 32", () => {
    expect(new Set(fixtures.map((r) => r.D))).toEqual(new Set([3, 8, 32]));
    for (const r of fixtures) {
      for (const method of ["series", "continued-fraction"] as const) {
        const v = besselRatio(r.nu, r.x, { digits: 30, method });
        expect(Math.abs(Number(v.sub(r.ratio).div(r.ratio))), `${method} ν=${r.nu} x=${r.x}`).toBeLessThan(1e-28);
      }
    }
  });
  it("agrees between the float64 methods and the decimal ones", () => {
    for (const [nu, x] of [
      [0, 0.3],
      [15, 40],
      [0.5, 200],
      [3, 499],
    ]) {
      const hi = besselRatioCfDecimal(nu, x, 40).toNumber();
      expect(besselRatioCfF64(nu, x) / hi - 1).toBeLessThan(1e-14);
      expect(Math.abs(besselRatioSeriesF64(nu, x) / hi - 1)).toBeLessThan(1e-14);
      expect(Math.abs(besselRatioSeriesDecimal(nu, x, 40).toNumber() / hi - 1)).toBeLessThan(1e-15);
    }
  });
  it("tends to 1 − (2ν+1)/(2x) for large x (continued fraction beyond the series' range)", () => {
    const x = 1e5;
    expect(Math.abs(besselRatioCfF64(15, x) - (1 - 31 / (2 * x)))).toBeLessThan(1e-7);
  });
  it("returns 0 at x = 0 and rejects bad input", () => {
    expect(besselRatioCfF64(2, 0)).toBe(0);
    expect(String(besselRatio(2, 0))).toBe("0");
    expect(() => besselRatioCfF64(-1, 1)).toThrow(RangeError);
    expect(() => besselRatioSeriesF64(1, 600)).toThrow(RangeError);
    expect(() => besselRatio(1, Number.NaN)).toThrow(RangeError);
    expect(() => besselRatio(1, 1, { digits: 0 })).toThrow(RangeError);
  });
});
