import { describe, expect, it } from "vitest";
import {
  projectorLinearizationSpectrum,
  rgFixedPointDefect,
  rgIterateNorms,
  rgJacobianSpectrum,
} from "../../src/linalg/rg-analysis.js";

describe("RG analysis", () => {
  it("projector diag(1, 0): defect 0, Jacobian spectrum {½, 1, 1, 3/2} (second road: ½(1 + p_i + p_j) by hand)", () => {
    const P = [
      [1, 0],
      [0, 0],
    ];
    expect(rgFixedPointDefect(P)).toBe(0);
    expect(rgFixedPointDefect([[2]])).toBeCloseTo(1, 14); // R(2) = ½(2 + 4) = 3
    const ev = rgJacobianSpectrum(P);
    const want = projectorLinearizationSpectrum(2, 1);
    expect(want).toEqual([0.5, 1, 1, 1.5]);
    ev.forEach((x, i) => expect(x).toBeCloseTo(want[i], 9));
  });
  it("iteration: inside (−2, 1) flows to 0 with both roads agreeing; outside it grows", () => {
    const a = rgIterateNorms(3, [0.5, -1.5]);
    expect(a.normX).toBeLessThan(1e-12);
    expect(a.normF).toBeLessThan(1e-12);
    const b = rgIterateNorms(3, [0.5, 1.01]);
    expect(b.normX).toBeGreaterThan(1e3);
  });
});
