import { describe, expect, it } from "vitest";
import { ellipticKE, onsagerSpecificHeat } from "../../src/ising/onsager-heat.js";
import { ONSAGER_KC, onsagerMinusBetaF } from "../../src/ising/onsager.js";
import { kaufmanThermo } from "../../src/ising/kaufman.js";

describe("ellipticKE", () => {
  it("K(0) = E(0) = π/2 and K(1/√2) = Γ(1/4)²/(4√π) (closed forms)", () => {
    const z = ellipticKE(0, 1);
    expect(z.K).toBeCloseTo(Math.PI / 2, 15);
    expect(z.E).toBeCloseTo(Math.PI / 2, 15);
    const r = Math.SQRT1_2;
    // Γ(1/4) = 3.625609908221908...
    expect(ellipticKE(r, r).K).toBeCloseTo(3.625609908221908 ** 2 / (4 * Math.sqrt(Math.PI)), 13);
  });
  it("Legendre's relation E K′ + E′ K − K K′ = π/2 at k = 0.3, 0.9, 0.999999", () => {
    for (const k of [0.3, 0.9, 0.999999]) {
      const kp = Math.sqrt((1 - k) * (1 + k));
      const a = ellipticKE(k, kp);
      const b = ellipticKE(kp, k);
      expect(a.E * b.K + b.E * a.K - a.K * b.K).toBeCloseTo(Math.PI / 2, 12);
    }
  });
  it("refuses k outside [0, 1)", () => {
    expect(() => ellipticKE(1, 0)).toThrow(RangeError);
    expect(() => ellipticKE(Number.NaN, 1)).toThrow(RangeError);
  });
});

describe("onsagerSpecificHeat", () => {
  it("matches β² d²(−βf)/dβ² of Onsager's integral form by central differences (second road), away from K_c", () => {
    for (const beta of [0.2, 0.3, 0.4, 0.5, 0.6, 0.8]) {
      const h = 1e-3;
      const d2 = (onsagerMinusBetaF(beta + h) - 2 * onsagerMinusBetaF(beta) + onsagerMinusBetaF(beta - h)) / (h * h);
      expect(Math.abs(onsagerSpecificHeat(beta) - beta * beta * d2)).toBeLessThan(2e-4 * (1 + beta * beta * d2));
    }
  });
  it("matches the exact 128×128 torus away from K_c (third road; finite-size error exponentially small there)", () => {
    for (const beta of [0.3, 0.6]) {
      const c = kaufmanThermo(128, 128, beta).C / 128 ** 2;
      expect(onsagerSpecificHeat(beta)).toBeCloseTo(c, 8);
    }
  });
  it("diverges like (8/π)K_c² ln(1/|t|) at K_c: the slope in ln|t| between t = 1e-6 and 1e-8 is −(8/π)K_c²", () => {
    const at = (t: number) => onsagerSpecificHeat(ONSAGER_KC * (1 + t));
    const slope = (at(1e-8) - at(1e-6)) / Math.log(1e-2);
    expect(slope).toBeCloseTo(-(8 / Math.PI) * ONSAGER_KC ** 2, 3);
    expect(() => onsagerSpecificHeat(ONSAGER_KC)).toThrow(RangeError);
    expect(() => onsagerSpecificHeat(0)).toThrow(RangeError);
  });
});
