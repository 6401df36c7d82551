import { describe, expect, it } from "vitest";
import { replicaEstimate } from "../../src/spinglass/replica-estimate.js";

describe("replicaEstimate", () => {
  it("is (Zⁿ − 1)/n computed from Z directly where that has no cancellation (n ≥ 0.1)", () => {
    for (const Z of [0.5, 2, 30])
      for (const n of [0.1, 0.5, 1, 2]) expect(replicaEstimate(n, Math.log(Z))).toBeCloseTo((Z ** n - 1) / n, 12);
    // Hand case: Z = 2, n = 1 gives 1; Z = e, n = 2 gives (e² − 1)/2.
    expect(replicaEstimate(1, Math.log(2))).toBeCloseTo(1, 15);
    expect(replicaEstimate(2, 1)).toBeCloseTo((Math.E ** 2 - 1) / 2, 14);
  });

  it("tends to ln Z as n → 0 with the Taylor term n(ln Z)²/2, within the Lagrange bounds of first and second order", () => {
    for (const l of [-3, -0.2, 0.7, 5])
      for (const n of [1e-2, 1e-4, 1e-8]) {
        const est = replicaEstimate(n, l);
        const bound = (n * l * l * Math.exp(n * Math.abs(l))) / 2;
        expect(Math.abs(est - l)).toBeLessThanOrEqual(bound + 4e-16 * Math.abs(l));
        // Next order: est − l − n(ln Z)²/2 = n²(ln Z)³/6 + …, bounded by n²|ln Z|³e^{n|ln Z|}/6.
        const second = (n * n * Math.abs(l) ** 3 * Math.exp(n * Math.abs(l))) / 6;
        expect(Math.abs(est - l - (n * l * l) / 2)).toBeLessThanOrEqual(second + 4e-16 * Math.abs(l));
      }
  });

  it("keeps its digits where Zⁿ − 1 would cancel (n = 1e-12, ln Z = 1)", () => {
    expect(Math.abs(replicaEstimate(1e-12, 1) / (1 + 0.5e-12) - 1)).toBeLessThan(1e-15);
  });

  it("is finite for ln Z far beyond float64's Z (ln Z = 2000, n = 0.1)", () => {
    expect(replicaEstimate(0.1, 2000)).toBeCloseTo(Math.expm1(200) / 0.1, -80);
    expect(Number.isFinite(replicaEstimate(0.1, 2000))).toBe(true);
  });
});
