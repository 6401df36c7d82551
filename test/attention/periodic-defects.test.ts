import { describe, expect, it } from "vitest";
import { NumericError } from "../../src/claims/violation.js";
import { closestReturn, edgeDefect, equivarianceDefect, metricFailures } from "../../src/attention/periodic-defects.js";
import { openBias, periodicBias, periodicDistance } from "../../src/attention/periodic.js";

const layer = {
  x: [
    [1, 0],
    [0.5, -1],
    [0.25, 2],
    [-1, 0.5],
  ],
  wq: [
    [1, 0.5],
    [0, 1],
  ],
  wk: [
    [0.5, 0],
    [1, -1],
  ],
  wv: [
    [1, 0],
    [0, 1],
  ],
  s: 1,
};

describe("periodic defects", () => {
  it("the periodic bias is shift-equivariant and edge-free; the open bias is neither", () => {
    const f = (d: number) => -0.5 * d;
    expect(equivarianceDefect(layer, periodicBias(4, f), false)).toBeLessThan(1e-14);
    expect(equivarianceDefect(layer, openBias(4, f), false)).toBeGreaterThan(1e-3);
    expect(edgeDefect(5, [1, 2, 3], periodicBias(5, f))).toBeLessThan(1e-15);
    expect(edgeDefect(5, [1, 2, 3], openBias(5, f))).toBeGreaterThan(1e-3);
  });
  it("metric failures: 0 for the periodic distance, positive for |i − j|", () => {
    for (let n = 1; n <= 9; n++) expect(metricFailures(n, periodicDistance)).toBe(0);
    expect(metricFailures(5, (i, j) => Math.abs(i - j))).toBeGreaterThan(0);
    // A NaN distance (for every pair, or only one) is an error of d, never counted as a failure.
    expect(() => metricFailures(3, () => Number.NaN)).toThrow(NumericError);
    expect(() => metricFailures(3, (i, j, n) => (i === 2 && j === 0 ? Number.NaN : periodicDistance(i, j, n)))).toThrow(
      NumericError,
    );
  });
  it("closestReturn: d = 2 (ω = 1) returns within 1e-3 at T = 710 (710/2π ≈ 113.0, by hand)", () => {
    const r = closestReturn(2, 8192);
    expect(r.gap).toBeLessThan(1e-3);
    expect(Math.abs(Math.sin(r.t))).toBeLessThan(1e-3);
  });
});
