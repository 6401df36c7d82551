import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { leastSquaresSlope, logLogSlope, orderOnHalvings } from "../../src/fit/least-squares.js";

describe("leastSquaresSlope", () => {
  test.prop([
    fc.double({ min: -5, max: 5, noNaN: true }),
    fc.double({ min: -5, max: 5, noNaN: true }),
    fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: 2, maxLength: 12 }),
  ])("recovers the slope of an exact line", (a, b, xs) => {
    fc.pre(Math.max(...xs) - Math.min(...xs) > 1e-3);
    const s = leastSquaresSlope(
      xs,
      xs.map((x) => a * x + b),
    );
    expect(Math.abs(s - a)).toBeLessThanOrEqual(1e-9 * (1 + Math.abs(a) + Math.abs(b)) * 1e3);
  });
  it("is the textbook value on a small example", () => {
    // x = 0,1,2; y = 1,2,4: Sxy = 3, Sxx = 2.
    expect(leastSquaresSlope([0, 1, 2], [1, 2, 4])).toBeCloseTo(1.5, 15);
  });
  it("rejects mismatched lengths, one point, non-finite values and a vertical fit", () => {
    expect(() => leastSquaresSlope([1, 2], [1])).toThrow(/2 x values but 1/);
    expect(() => leastSquaresSlope([1], [1])).toThrow(/x must have at least 2 entries/);
    expect(() => leastSquaresSlope([1, Number.NaN], [1, 2])).toThrow(/x\[1\] must be finite, got NaN/);
    expect(() => leastSquaresSlope([3, 3], [1, 2])).toThrow(/equal/);
  });
  it("fits points whose squares overflow or underflow (issue 15: ±1e200 gave NaN)", () => {
    expect(leastSquaresSlope([-1e200, 1e200], [-1e200, 1e200])).toBe(1);
    expect(leastSquaresSlope([-1e200, 0, 1e200], [3, 5, 7])).toBeCloseTo(2e-200, 210);
    expect(leastSquaresSlope([1e-200, 2e-200, 3e-200], [1, 2, 3])).toBeCloseTo(1e200, -185);
    expect(leastSquaresSlope([-1.5e308, 1.5e308], [0, 1])).toBeCloseTo((1 / 3) * 1e-308, 320);
    // Σ(x − x̄)² = 2e300 is finite but Σ(x − x̄)(y − ȳ) = 2e450 is not: the scaled road, slope 1e150.
    expect(leastSquaresSlope([-1e150, 1e150], [-1e300, 1e300])).toBeCloseTo(1e150, -136);
    // y all zero on the scaled road (x spread 1e-200): the slope is 0, not 0/0.
    expect(leastSquaresSlope([1e-200, 2e-200, 3e-200], [0, 0, 0])).toBe(0);
  });
});

describe("logLogSlope", () => {
  it("recovers a power law's exponent on a geometric sequence", () => {
    const xs = [1, 2, 4, 8, 16].map((k) => 1e-2 / k);
    expect(
      logLogSlope(
        xs,
        xs.map((x) => 3 * x ** 2.5),
      ),
    ).toBeCloseTo(2.5, 12);
  });
  it("rejects non-positive values", () => {
    expect(() => logLogSlope([1, 2], [1, 0])).toThrow(/y\[1\] = 0/);
    expect(() => logLogSlope([0, 2], [1, 1])).toThrow(/x\[0\]/);
  });
});

describe("orderOnHalvings", () => {
  it("fits the order of a power law and of a rate with a lower-order correction", () => {
    expect(orderOnHalvings((x) => 7 * x ** 3, 0.1)).toBeCloseTo(3, 12);
    // x² + x³: the fitted slope sits between 2 and 3, near 2 for small x.
    const p = orderOnHalvings((x) => x * x + x ** 3, 1e-3);
    expect(p).toBeGreaterThan(2);
    expect(p).toBeLessThan(2.01);
  });
  it("uses the requested number of halvings", () => {
    const xs: number[] = [];
    orderOnHalvings((x) => (xs.push(x), x), 1, 3);
    expect(xs).toEqual([1, 0.5, 0.25]);
  });
});

describe("domain errors name the function, the argument and the value", () => {
  // Every check's message is what a user sees (issue 15): killing the mutants that blank them.
  it("leastSquaresSlope", () => {
    expect(() => leastSquaresSlope([1], [1, 2])).toThrow(/^leastSquaresSlope: x /);
    expect(() => leastSquaresSlope([1, 2], [1, Number.POSITIVE_INFINITY])).toThrow(/^leastSquaresSlope: y\[1\]/);
    expect(() => leastSquaresSlope([1, 2], [1, 2, 3])).toThrow("leastSquaresSlope: 2 x values but 3 y values");
    // x spread only at 1e-200 relative: the plain Σ(x − x̄)² underflows, the scaled road refuses equal x.
    expect(() => leastSquaresSlope([0, 0], [1, 2])).toThrow("leastSquaresSlope: all x values are equal");
    expect(leastSquaresSlope([1e-200, 2e-200], [5, 5])).toBe(0);
    // Scaled to ±1 both: sxy/sxx = 1, then ·1e300/1e-300 overflows.
    expect(() => leastSquaresSlope([-1e-300, 1e-300], [-1e300, 1e300])).toThrow(
      "leastSquaresSlope: the slope 1·1e+300/1e-300 is beyond float64",
    );
  });
  it("logLogSlope", () => {
    expect(() => logLogSlope([1], [1])).toThrow(/^logLogSlope: x /);
    expect(() => logLogSlope([1, 2], [1, Number.NaN])).toThrow(/^logLogSlope: y\[1\]/);
    expect(() => logLogSlope([1, 2], [1])).toThrow("logLogSlope: 2 x values but 1 y values");
    expect(() => logLogSlope([1, -2], [1, 1])).toThrow("logLogSlope: x[1] = -2 is not positive");
    expect(() => logLogSlope([0, 2], [1, 1])).toThrow("logLogSlope: x[0] = 0 is not positive");
    expect(() => logLogSlope([1, 2], [-1, 1])).toThrow("logLogSlope: y[0] = -1 is not positive");
  });
  it("orderOnHalvings", () => {
    expect(() => orderOnHalvings(3 as never, 1)).toThrow(/^orderOnHalvings: err /);
    expect(() => orderOnHalvings((x) => x, 0)).toThrow("orderOnHalvings: x0 must be > 0, got 0");
    expect(() => orderOnHalvings((x) => x, Number.NaN)).toThrow(/^orderOnHalvings: x0 /);
    expect(() => orderOnHalvings((x) => x, 1, 1)).toThrow(/^orderOnHalvings: points /);
  });
});
