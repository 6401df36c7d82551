import { describe, expect, it } from "vitest";
import {
  gaussLegendre,
  kaufmanLogZ,
  ONSAGER_KC,
  onsagerMinusBetaF,
  onsagerMinusBetaFDouble,
  yangMagnetization,
} from "../../src/ising/index.js";

// Issue 11 §6: second roads for onsager.ts (series, exact critical value, Kaufman's large torus).
// Catalan G = 0.915965594177219015054603514932…, to the double nearest it.
const CATALAN = 0.915965594177219;

/** High-temperature series ln Z/N = ln 2 + 2 ln cosh K + v⁴ + 2v⁶ + 9/2 v⁸ + 12 v¹⁰ + 112/3 v¹² (v = tanh K). */
function highTSeries(K: number): number {
  const v = Math.tanh(K);
  return (
    Math.LN2 + 2 * Math.log(Math.cosh(K)) + v ** 4 + 2 * v ** 6 + 4.5 * v ** 8 + 12 * v ** 10 + (112 / 3) * v ** 12
  );
}

/** z⁴ + 2z⁶ + 9/2 z⁸ + 12 z¹⁰ + 112/3 z¹²: ln Z/N − 2K below T_c in z = e^{−2K}. */
function lowTTail(z: number): number {
  return z ** 4 + 2 * z ** 6 + 4.5 * z ** 8 + 12 * z ** 10 + (112 / 3) * z ** 12;
}

describe("Onsager's free energy by other roads", () => {
  it("is ½ ln 2 + 2G/π at K_c (G Catalan's constant), by both integrals", () => {
    const exact = Math.LN2 / 2 + (2 * CATALAN) / Math.PI;
    expect(onsagerMinusBetaF(ONSAGER_KC)).toBeCloseTo(exact, 12);
    expect(onsagerMinusBetaFDouble(ONSAGER_KC)).toBeCloseTo(exact, 7);
  });
  it("follows the high-temperature series at small K and the low-temperature one at large K", () => {
    for (const K of [0.01, 0.05, 0.1]) expect(onsagerMinusBetaF(K)).toBeCloseTo(highTSeries(K), 11);
    // Low temperature (Kramers–Wannier): the same series in z = e^{−2K} in place of v, on top of 2K.
    for (const K of [1.5, 2.5]) expect(onsagerMinusBetaF(K)).toBeCloseTo(2 * K + lowTTail(Math.exp(-2 * K)), 13);
  });
  it("is Kaufman's ln Z / N of a 512×512 torus away from T_c, less ln 2 / N below T_c (two ordered states)", () => {
    for (const K of [0.25, 0.35, 0.55, 0.8]) {
      const N = 512 ** 2;
      const perSpin = kaufmanLogZ(512, 512, K, 20).toNumber() / N - (K > ONSAGER_KC ? Math.LN2 / N : 0);
      expect(onsagerMinusBetaF(K)).toBeCloseTo(perSpin, 13);
      expect(onsagerMinusBetaFDouble(K)).toBeCloseTo(perSpin, 8);
    }
  });
  it("refuses β ≤ 0 or non-finite; the double integral β outside (0, 175] (cosh² 2β overflows past 177)", () => {
    for (const b of [0, -0.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => onsagerMinusBetaF(b)).toThrow(/onsager: β must be positive/);
      expect(() => onsagerMinusBetaFDouble(b)).toThrow(/onsagerMinusBetaFDouble: β must be/);
    }
    expect(() => onsagerMinusBetaFDouble(175.5)).toThrow(/in \(0, 175\]/);
    // At 175 every state but the two ground states is negligible: −βf = 2β (finite, not cosh² = ∞).
    expect(onsagerMinusBetaFDouble(175)).toBeCloseTo(350, 9);
  });
});

describe("Gauss–Legendre", () => {
  it("n nodes integrate x^k exactly for k ≤ 2n − 1 (n = 1, 2, 3, 7, 40), weights sum to 2, nodes symmetric", () => {
    for (const n of [1, 2, 3, 7, 40]) {
      const { x, w } = gaussLegendre(n);
      let sw = 0;
      for (let i = 0; i < n; i++) {
        sw += w[i];
        expect(x[i] + x[n - 1 - i]).toBeCloseTo(0, 14);
        expect(Math.abs(x[i])).toBeLessThan(1);
      }
      expect(sw).toBeCloseTo(2, 13);
      for (const k of [2 * n - 2, 2 * n - 1]) {
        let s = 0;
        for (let i = 0; i < n; i++) s += w[i] * x[i] ** k;
        expect(s).toBeCloseTo(k % 2 ? 0 : 2 / (k + 1), 13);
      }
    }
    // n = 2 by hand: ±1/√3, weights 1.
    const { x, w } = gaussLegendre(2);
    expect(Math.abs(x[0])).toBeCloseTo(1 / Math.sqrt(3), 15);
    expect(w[0]).toBeCloseTo(1, 15);
    expect(() => gaussLegendre(0)).toThrow(/gaussLegendre: n must be an integer in \[1, 10000\]/);
    expect(() => gaussLegendre(10001)).toThrow(RangeError);
  });
});

describe("Yang's magnetization", () => {
  it("follows the low-temperature series 1 − 2x⁴ − 8x⁶ − 34x⁸ (x = e^{−2K})", () => {
    for (const K of [1.5, 2, 3]) {
      const x = Math.exp(-2 * K);
      expect(yangMagnetization(K)).toBeCloseTo(1 - 2 * x ** 4 - 8 * x ** 6 - 34 * x ** 8, 10);
    }
  });
  it("is (1 − sinh⁻⁴ 2K)^{1/8}: M⁸ at K = 0.5 by hand; 0 at and above T_c, rising as (K − K_c)^{1/8} below", () => {
    expect(yangMagnetization(0.5) ** 8).toBeCloseTo(1 - 1 / Math.sinh(1) ** 4, 14);
    expect(yangMagnetization(ONSAGER_KC * (1 - 1e-9))).toBe(0);
    expect(yangMagnetization(1e-3)).toBe(0);
    // Near K_c: M ≈ (8√2 (K − K_c))^{1/8} (sinh 2K ≈ 1 + 2√2 (K − K_c), 1 − s⁻⁴ ≈ 4·2√2 δ).
    const d = 1e-8;
    expect(yangMagnetization(ONSAGER_KC + d)).toBeCloseTo((8 * Math.SQRT2 * d) ** 0.125, 4);
  });
  it("refuses β ≤ 0 or non-finite", () => {
    expect(() => yangMagnetization(0)).toThrow(/yang: β must be positive, got 0/);
    expect(() => yangMagnetization(-1)).toThrow(/yang: β must be positive/);
    expect(() => yangMagnetization(Number.NaN)).toThrow(/yangMagnetization: β must be finite/);
  });
});
