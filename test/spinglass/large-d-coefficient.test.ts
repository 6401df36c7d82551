import { describe, expect, it } from "vitest";
import { largeDCoefficient } from "../../src/spinglass/large-d-coefficient.js";
import { largeDReadout } from "../../src/spinglass/readout.js";

describe("largeDCoefficient", () => {
  it("hand cases: β = 4/3, a = 1 gives γ = 5/3 and c = 1/2; β = 0 gives 0; a = 0 gives β/2", () => {
    expect(largeDCoefficient(4 / 3, 1)).toBeCloseTo(0.5, 15);
    expect(largeDCoefficient(0, 2)).toBe(0);
    expect(largeDCoefficient(3, 0)).toBe(1.5);
    // β = 3/4, a = 1: γ = 5/4, c = (3/4)/(9/4) = 1/3.
    expect(largeDCoefficient(0.75, 1)).toBeCloseTo(1 / 3, 15);
  });

  it("equals the rationalised form (γ − 1)/(βa²) where that has no cancellation (βa ≥ 0.5)", () => {
    for (const [b, a] of [
      [0.5, 1],
      [2, 0.7],
      [10, 3],
      [1, 5],
    ]) {
      const g = Math.sqrt(1 + b * b * a * a);
      expect(largeDCoefficient(b, a)).toBeCloseTo((g - 1) / (b * a * a), 13);
    }
  });

  it("follows ½β − ⅛a²β³ + a⁴β⁵/16 as β → 0 (error below the next term, 5a⁶β⁷/128)", () => {
    for (const a of [0.1, 1, 3])
      for (const b of [1e-3, 1e-2 / a]) {
        const series = b / 2 - (a * a * b ** 3) / 8 + (a ** 4 * b ** 5) / 16;
        expect(Math.abs(largeDCoefficient(b, a) - series)).toBeLessThanOrEqual((5 * a ** 6 * b ** 7) / 128 + 4e-16 * b);
      }
  });

  it("tends to 1/a as βa → ∞, and is the factor of largeDReadout at R = 1", () => {
    expect(largeDCoefficient(1e8, 2) * 2).toBeCloseTo(1, 7);
    const theta = [0.3, -1.2, 0.4];
    const a = Math.hypot(...theta);
    const phi = largeDReadout(theta, 2.5, 1);
    theta.forEach((t, k) => expect(phi[k]).toBeCloseTo(largeDCoefficient(2.5, a) * t, 14));
  });
});
