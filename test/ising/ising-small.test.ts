import { describe, expect, it } from "vitest";
import { fittedExponent, meanFieldAtReducedT, yangAtReducedT } from "../../src/ising/critical-exponents.js";
import { enumerateIsing } from "../../src/ising/enumerate.js";
import { chiAtTc, chiExponent, curieWeissScaledChi, specificHeatPerSpin } from "../../src/ising/finite-size.js";
import { squareLattice } from "../../src/ising/lattice.js";
import { leanFssHolds, leanFssRightSide, leanFssWitness, mathlibRpow } from "../../src/ising/lean-fss.js";
import { thermoFromEnumeration } from "../../src/ising/observables.js";
import { ONSAGER_KC } from "../../src/ising/onsager.js";
import { exactTorusAverages } from "../../src/ising/torus-exact.js";
import { curieWeissThermo } from "../../src/meanfield/curie-weiss.js";

// Issue 11 §6: second roads for the small exact modules (3×3 enumeration where the 4×4 was the only check).
describe("finite-size quantities by enumeration of the 3×3 lattice", () => {
  const torus3 = enumerateIsing(squareLattice(3, 3));
  const open3 = enumerateIsing(squareLattice(3, 3, { periodicX: false, periodicY: false }));
  it("χ(T_c) = β N ⟨m²⟩ and c = C/N, periodic and open, at T_c and off it", () => {
    expect(chiAtTc(3)).toBeCloseTo(ONSAGER_KC * 9 * thermoFromEnumeration(torus3, ONSAGER_KC).m2, 10);
    for (const T of [1.5, 1 / ONSAGER_KC, 3.2]) {
      expect(specificHeatPerSpin(3, T, true)).toBeCloseTo(thermoFromEnumeration(torus3, 1 / T).C / 9, 10);
      expect(specificHeatPerSpin(3, T, false)).toBeCloseTo(thermoFromEnumeration(open3, 1 / T).C / 9, 10);
    }
  });
  it("the 2D slope is ln(χ₄/χ₃)/ln(4/3) in L (half in N), from enumerated χ; repeated calls agree", () => {
    const chi = (L: number) =>
      ONSAGER_KC * L * L * thermoFromEnumeration(enumerateIsing(squareLattice(L, L)), ONSAGER_KC).m2;
    const slope = Math.log(chi(4) / chi(3)) / Math.log(4 / 3);
    const e = chiExponent("ising-2d", 3, 4);
    expect(e.inL).toBeCloseTo(slope, 9);
    expect(e.inN).toBeCloseTo(slope / 2, 9);
    expect(chiExponent("ising-2d", 3, 4)).toEqual(e);
    // Curie–Weiss: the slope in N of χ(β = 1), no slope in L.
    const cw = chiExponent("curie-weiss", 100, 400);
    expect(cw.inN).toBeCloseTo(Math.log(curieWeissThermo(400, 1).chi / curieWeissThermo(100, 1).chi) / Math.log(4), 12);
    expect(cw.inL).toBeNaN();
  });
  it("curieWeissScaledChi is χ(β = 1 + x N^{−b}) · N^{−a} with a ≠ b told apart", () => {
    const [N, x, a, b] = [400, 0.7, 0.5, 0.25];
    expect(curieWeissScaledChi(N, x, a, b)).toBeCloseTo(curieWeissThermo(N, 1 + x * N ** -b).chi * N ** -a, 12);
    expect(curieWeissScaledChi(N, x, b, a)).toBeCloseTo(curieWeissThermo(N, 1 + x * N ** -a).chi * N ** -b, 12);
  });
  it("exactTorusAverages gives u and ⟨m²⟩ of the 3×3 torus (enumeration) and caches by (L, β)", () => {
    for (const beta of [0.3, 0.7]) {
      const t = thermoFromEnumeration(torus3, beta);
      const x = exactTorusAverages(3, beta);
      expect(x.u).toBeCloseTo(t.U / 9, 11);
      expect(x.m2).toBeCloseTo(t.m2, 11);
      expect(x.absM).toBeNaN();
      expect(exactTorusAverages(3, beta)).toBe(x);
    }
    expect(exactTorusAverages(3, 0.3)).not.toBe(exactTorusAverages(3, 0.7));
  });
});

describe("critical exponents by hand", () => {
  it("fittedExponent is the log-log slope: t^0.3 gives 0.3, 2t² gives 2", () => {
    expect(fittedExponent((t) => t ** 0.3, 0.01, 0.1)).toBeCloseTo(0.3, 13);
    expect(fittedExponent((t) => 2 * t * t, 1e-3, 0.5)).toBeCloseTo(2, 13);
  });
  it("meanFieldAtReducedT solves m = tanh(m/(1 − t)), the positive root; 0 above T_c (t < 0)", () => {
    for (const t of [0.05, 0.3, 0.8]) {
      const m = meanFieldAtReducedT(t);
      expect(m).toBeGreaterThan(0);
      expect(Math.tanh(m / (1 - t)) - m).toBeCloseTo(0, 9);
    }
    expect(meanFieldAtReducedT(-0.2)).toBeCloseTo(0, 12);
  });
  it("yangAtReducedT is Yang's M at T = T_c(1 − t): M⁸ = 1 − sinh⁻⁴(2K_c/(1 − t)); 0 for t ≤ 0", () => {
    for (const t of [0.1, 0.5]) {
      const K = ONSAGER_KC / (1 - t);
      expect(yangAtReducedT(t) ** 8).toBeCloseTo(1 - Math.sinh(2 * K) ** -4, 13);
    }
    expect(yangAtReducedT(-0.1)).toBe(0);
  });
});

describe("Lean FiniteSizeScaling, further cases", () => {
  it("the right side passes (T − T_c)·N^{1/ν} to f and multiplies by N^{γ/ν} (by hand)", () => {
    // N = 4, γ = 2, ν = 1, T − T_c = 2: 4² · f(2·4) with f = identity: 16 · 8 = 128.
    expect(leanFssRightSide(4, 2, 1, 3, 1, (x) => x)).toBeCloseTo(128, 12);
    // ν = 2: N^{γ/ν} = 4¹, N^{1/ν} = 2: 4 · f(2·2) with f(x) = x²: 4 · 16 = 64.
    expect(leanFssRightSide(4, 2, 2, 3, 1, (x) => x * x)).toBeCloseTo(64, 12);
    for (const N of [-1, 1.5, Number.NaN])
      expect(() => leanFssRightSide(N, 2, 1, 3, 1, (x) => x)).toThrow(/leanFssRightSide: N must be a natural number/);
    expect(() => mathlibRpow(Number.NaN, 1)).toThrow(/mathlibRpow: only x ≥ 0 is used here, got NaN/);
  });
  it("the witness is χ/N^{γ/ν} for any x, and 0 when N^{γ/ν} = 0 (Lean's x / 0 = 0)", () => {
    const f = leanFssWitness(6, 9, 1, 2); // 9^{1/2} = 3
    expect(f(0)).toBeCloseTo(2, 14);
    expect(f(-5)).toBeCloseTo(2, 14);
    expect(leanFssWitness(6, 0, 1, 2)(1)).toBe(0);
    expect(leanFssHolds(-3, 1, 1.75, 1)).toBe(true);
    expect(leanFssHolds(0, 5, 1.75, 1)).toBe(true);
    expect(leanFssHolds(1e-300, 0, 1, 1)).toBe(false);
  });
});
