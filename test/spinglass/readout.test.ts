import { describe, expect, it } from "vitest";
import {
  exactReadout,
  gammaOfInverse,
  langevin,
  largeDCoefficientSeries,
  largeDReadout,
  largeDReadoutInverse,
} from "../../src/spinglass/readout.js";

describe("readouts", () => {
  it("Langevin function: series and closed form meet at κ = ½ and L(κ) ≈ κ/3 near 0", () => {
    const k = 0.5 - 1e-9;
    expect(langevin(k)).toBeCloseTo(1 / Math.tanh(k) - 1 / k, 14);
    expect(langevin(1e-6)).toBeCloseTo(1e-6 / 3 - 1e-18 / 45, 21);
  });
  it("the exact readout is parallel to θ with norm below R", () => {
    const theta = new Float64Array([3, 4, 0, 0, 0, 0, 0, 0]);
    const m = exactReadout(theta, 2, Math.sqrt(3));
    expect(m[1] / m[0]).toBeCloseTo(4 / 3, 14);
    expect(Math.hypot(...m)).toBeLessThan(Math.sqrt(3));
  });
  it("the large-D readout and its inverse are inverse maps", () => {
    const m = new Float64Array([0.5, -1, 0.25]);
    const back = largeDReadout(largeDReadoutInverse(m, 0.7, 2), 0.7, 2);
    for (let a = 0; a < 3; a++) expect(back[a]).toBeCloseTo(m[a], 13);
    expect(gammaOfInverse(1, 2)).toBeCloseTo(5 / 3, 15);
    expect(() => largeDReadoutInverse(new Float64Array([2, 0]), 1, 2)).toThrow(RangeError);
  });
  it("the series of β/(1 + √(1 + β²a²)) starts ½β − ⅛a²β³ + (1/16)a⁴β⁵", () => {
    const c = largeDCoefficientSeries(2, 5);
    expect(c).toEqual([0.5, 0, -0.5, 0, 1]);
  });
});
