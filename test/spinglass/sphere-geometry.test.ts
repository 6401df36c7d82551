import { describe, expect, it } from "vitest";
import {
  capLogProbability,
  capProbabilityRecursion,
  gaussianSphereMass,
  gaussianSphereMassBessel,
  lnGammaHalf,
  lnSphereArea,
} from "../../src/spinglass/sphere-geometry.js";

describe("sphere geometry", () => {
  it("Γ at half-integers and sphere areas", () => {
    expect(Math.exp(lnGammaHalf(5))).toBeCloseTo(24, 10);
    expect(Math.exp(lnGammaHalf(2.5))).toBeCloseTo(0.75 * Math.sqrt(Math.PI), 12);
    expect(Math.exp(lnSphereArea(2))).toBeCloseTo(2 * Math.PI, 12);
    expect(Math.exp(lnSphereArea(3))).toBeCloseTo(4 * Math.PI, 12);
  });
  it("Gaussian mass on the sphere: Simpson vs Bessel series, and D = 3 in closed form", () => {
    for (const D of [3, 4, 8, 16])
      for (const beta of [0.1, 1, 10]) {
        const R = Math.sqrt(D / 2 - 1 + (D === 3 ? 0.5 : 0));
        expect(gaussianSphereMass(D, R, beta) / gaussianSphereMassBessel(D, R, beta)).toBeCloseTo(1, 9);
      }
    // D = 3: (β/2π)^{3/2} 2π R² ∫ e^{−κ(1−cos φ)} sin φ dφ = (β/2π)^{3/2} 2π R² (1 − e^{−2κ})/κ
    const R = 1.3;
    const b = 0.7;
    const k = b * R * R;
    expect(gaussianSphereMassBessel(3, R, b)).toBeCloseTo(
      ((b / (2 * Math.PI)) ** 1.5 * 2 * Math.PI * R * R * -Math.expm1(-2 * k)) / k,
      12,
    );
  });
  it("cap probability: Simpson vs recursion; half-sphere is ½; D = 3 is (1 − c)/2", () => {
    for (const D of [2, 3, 5, 10, 32, 60])
      for (const c of [0.05, 0.3, 0.7, 0.95])
        expect(Math.exp(capLogProbability(D, c))).toBeCloseTo(capProbabilityRecursion(D, c), 9);
    expect(Math.exp(capLogProbability(7, 0))).toBeCloseTo(0.5, 12);
    expect(Math.exp(capLogProbability(3, 0.4))).toBeCloseTo(0.3, 12);
    expect(Number.isFinite(capLogProbability(512, 0.999))).toBe(true);
  });
});
