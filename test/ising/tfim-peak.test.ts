import { describe, expect, it } from "vitest";
import { tfimGroundCurvature } from "../../src/ising/tfim.js";
import { tfimCurvaturePeak } from "../../src/ising/tfim-peak.js";
import { NumericError } from "../../src/claims/violation.js";

describe("tfimCurvaturePeak", () => {
  it("equals a finer scan's minimum to 1e-3 relative (second road: golden-section search)", () => {
    for (const N of [16, 64, 256]) {
      const f = (g: number) => tfimGroundCurvature(N, g) / N;
      let a = 0.9;
      let b = 1.1;
      const r = (Math.sqrt(5) - 1) / 2;
      for (let i = 0; i < 80; i++) {
        const c = b - r * (b - a);
        const d = a + r * (b - a);
        if (f(c) < f(d)) b = d;
        else a = c;
      }
      expect(Math.abs(tfimCurvaturePeak(N) + f((a + b) / 2)) / -f((a + b) / 2)).toBeLessThan(1e-3);
    }
  });
  it("grows like (1/π) ln N and rejects NaN", () => {
    const slope = (tfimCurvaturePeak(4096) - tfimCurvaturePeak(256)) / Math.log(16);
    expect(slope).toBeCloseTo(1 / Math.PI, 2);
    expect(() => tfimCurvaturePeak(8, () => Number.NaN)).toThrow(NumericError);
  });
});
