import { describe, expect, it } from "vitest";
import { fittedExponent, meanFieldAtReducedT, yangAtReducedT } from "../../src/ising/critical-exponents.js";

describe("critical exponents", () => {
  it("Yang's M: β′ = 1/8; second road: (1 − sinh⁻⁴ 2K)^{1/8} by hand at t = 1e-3", () => {
    expect(fittedExponent(yangAtReducedT, 1e-7, 1e-6)).toBeCloseTo(1 / 8, 3);
    const Kc = 0.5 * Math.log(1 + Math.SQRT2);
    const K = Kc / (1 - 1e-3);
    expect(yangAtReducedT(1e-3)).toBeCloseTo((1 - Math.sinh(2 * K) ** -4) ** 0.125, 12);
  });
  it("mean field: β′ = 1/2, and m ≈ √(3t) near T_c (expansion of tanh)", () => {
    expect(fittedExponent(meanFieldAtReducedT, 1e-5, 1e-4)).toBeCloseTo(1 / 2, 3);
    expect(meanFieldAtReducedT(1e-6)).toBeCloseTo(Math.sqrt(3e-6), 8);
  });
});
