import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NumericError } from "../../src/claims/violation.js";
import {
  argmax,
  dot,
  maxAbs,
  median,
  normalizeRows,
  populationVariance,
  range,
  unitVector,
} from "../../src/numeric/vectors.js";

describe("vectors", () => {
  it("maxAbs, dot, argmax on small cases", () => {
    expect(maxAbs([1, -3, 2])).toBe(3);
    expect(maxAbs([])).toBe(0);
    expect(dot([1, 2, 3], [4, 5, 6])).toBe(32);
    expect(() => dot([1], [1, 2])).toThrow(RangeError);
    expect(argmax([1, 5, 5, 2])).toBe(1);
    expect(() => argmax([])).toThrow(RangeError);
    // A NaN anywhere (first, last, all) is refused, never skipped: an all-NaN softmax must not read as "mode 0".
    for (const a of [
      [Number.NaN, 1],
      [1, Number.NaN],
      [Number.NaN, Number.NaN],
    ])
      expect(() => argmax(a)).toThrow(NumericError);
    expect(argmax([Number.NEGATIVE_INFINITY, -1, Number.POSITIVE_INFINITY])).toBe(2); // ±∞ compare normally
  });
  it("median of odd and even counts, against a sort by hand", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -100, max: 100 }), { minLength: 1, maxLength: 30 }), (xs) => {
        const m = median(xs);
        expect(xs.filter((x) => x < m).length).toBeLessThanOrEqual(xs.length / 2);
        expect(xs.filter((x) => x > m).length).toBeLessThanOrEqual(xs.length / 2);
      }),
    );
  });
  it("range is max − min, against a sort", () => {
    expect(range([3, -1, 2])).toBe(4);
    expect(range([5])).toBe(0);
    expect(range([Number.NaN, 1])).toBeNaN(); // NaN propagates (Math.min/max), never hidden
    expect(() => range([])).toThrow(RangeError);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -100, max: 100 }), { minLength: 1, maxLength: 30 }), (xs) => {
        const s = [...xs].sort((a, b) => a - b);
        expect(range(xs)).toBe(s[s.length - 1] - s[0]);
      }),
    );
  });
  it("populationVariance against E[x²] − E[x]² on integers", () => {
    expect(populationVariance([1, 2, 3, 4])).toBe(1.25);
    expect(populationVariance([7])).toBe(0);
    expect(() => populationVariance([])).toThrow(RangeError);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -100, max: 100 }), { minLength: 1, maxLength: 30 }), (xs) => {
        const n = xs.length;
        const m = xs.reduce((a, b) => a + b, 0);
        const m2 = xs.reduce((a, b) => a + b * b, 0);
        expect(populationVariance(xs)).toBeCloseTo((n * m2 - m * m) / (n * n), 9);
      }),
    );
  });
  it("normalizeRows makes every row sum to 1 and keeps proportions", () => {
    const p = normalizeRows([1, 3, 2, 2], 2);
    expect(Array.from(p)).toEqual([0.25, 0.75, 0.5, 0.5]);
    expect(() => normalizeRows([0, 0, 1, 1], 2)).toThrow(/row 0/);
    expect(() => normalizeRows([1, 2, 3], 2)).toThrow(RangeError);
  });
});

describe("unitVector", () => {
  it("is v/‖v‖ with ‖v‖ from Math.hypot (a second road), of norm 1 within a few ulps", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 1, maxLength: 12 }), (v) => {
        fc.pre(v.some((t) => t !== 0));
        const u = unitVector(v);
        expect(Math.abs(dot(u, u) - 1)).toBeLessThanOrEqual(4 * v.length * Number.EPSILON);
        // The unscaled second road loses its digits when ‖v‖ is subnormal (hypot(5e-324, 5e-324)
        // rounds to 5e-324): compare with it only where ‖v‖ is a normal double.
        const n = Math.hypot(...v);
        if (n < 1e-290) return;
        for (let i = 0; i < v.length; i++) expect(Math.abs(u[i] - v[i] / n)).toBeLessThanOrEqual(4 * Number.EPSILON);
      }),
    );
  });
  it("has norm 1 on subnormal input, where v/hypot(v) does not (a CI run drew it): [−5e-324, −5e-324] → −(√½, √½)", () => {
    const u = unitVector([-5e-324, -5e-324]);
    expect(u[0]).toBeCloseTo(-Math.SQRT1_2, 15);
    expect(u[1]).toBeCloseTo(-Math.SQRT1_2, 15);
  });
  it("scales so that entries near 1e±200 neither overflow nor underflow: (3, 4)·10^±200 → (0.6, 0.8)", () => {
    for (const s of [1e200, 1e-200]) {
      const u = unitVector([3 * s, -4 * s]);
      expect(u[0]).toBeCloseTo(0.6, 15);
      expect(u[1]).toBeCloseTo(-0.8, 15);
    }
  });
  it("refuses an empty, zero or non-finite vector, naming it", () => {
    expect(() => unitVector([])).toThrow(/unitVector: v is empty/);
    expect(() => unitVector([0, 0])).toThrow(/non-zero, got max \|v_i\| = 0/);
    expect(() => unitVector([1, Number.NaN])).toThrow(RangeError);
    expect(() => unitVector([1, Number.POSITIVE_INFINITY])).toThrow(/= Infinity/);
  });
});
