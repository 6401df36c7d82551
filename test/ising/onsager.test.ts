import { describe, expect, it } from "vitest";
import {
  gaussLegendre,
  ONSAGER_TC,
  onsagerMinusBetaF,
  onsagerMinusBetaFDouble,
  yangMagnetization,
} from "../../src/ising/index.js";

describe("Onsager and Yang", () => {
  it("has T_c = 2 / ln(1 + √2) ≈ 2.269185", () => {
    expect(ONSAGER_TC).toBeCloseTo(2.269185314213022, 12);
    expect(Math.sinh(2 / ONSAGER_TC)).toBeCloseTo(1, 14);
  });
  it("gives −βf = ln 2 + β² + O(β⁴) at high temperature, and the same value from both integrals at T_c", () => {
    expect(onsagerMinusBetaF(1e-3)).toBeCloseTo(Math.LN2 + 1e-6, 10);
    expect(onsagerMinusBetaF(1 / ONSAGER_TC)).toBeCloseTo(onsagerMinusBetaFDouble(1 / ONSAGER_TC), 8);
    expect(onsagerMinusBetaF(1 / ONSAGER_TC)).toBeCloseTo(0.9296953983416, 9); // Onsager's critical value
  });
  it("gives Yang's M: 0 above T_c, → 1 at low T", () => {
    expect(yangMagnetization(0.3)).toBe(0);
    expect(yangMagnetization(3)).toBeCloseTo(1, 9);
  });
  it("integrates polynomials exactly with Gauss–Legendre", () => {
    const { x, w } = gaussLegendre(10);
    let s = 0;
    for (let i = 0; i < 10; i++) s += w[i] * x[i] ** 18;
    expect(s).toBeCloseTo(2 / 19, 14);
  });
});
