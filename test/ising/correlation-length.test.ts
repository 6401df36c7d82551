import { describe, expect, it } from "vitest";
import { ONSAGER_KC, onsagerCorrelationLength, stripCorrelationLength } from "../../src/ising/index.js";

/**
 * Second road for ξ_L (issue 11 §6): Kaufman's closed form of the periodic strip's two top
 * eigenvalues. With cosh γ_l = cosh 2K coth 2K − cos(πl/L) for l ≥ 1 and the signed
 * γ₀ = 2K + ln tanh K, λ₀ ∝ exp(½ Σ_r γ_{2r+1}) (even sector) and λ₁ ∝ exp(½ Σ_r γ_{2r}) (odd
 * sector), the same prefactor (2 sinh 2K)^{L/2}: 1/ξ_L = ½ Σ_{r<L} (γ_{2r+1} − γ_{2r}). No
 * transfer matrix is built on this road.
 */
function kaufmanStripXi(L: number, K: number): number {
  const c0 = Math.cosh(2 * K) / Math.tanh(2 * K);
  const gamma = (l: number) =>
    l === 0 ? 2 * K + Math.log(Math.tanh(K)) : Math.acosh(c0 - Math.cos((Math.PI * l) / L));
  let s = 0;
  for (let r = 0; r < L; r++) s += gamma(2 * r + 1) - gamma(2 * r);
  return 2 / s;
}

describe("stripCorrelationLength against Kaufman's strip spectrum", () => {
  it("Lanczos (default) and power iteration give 1/ξ_L = ½ Σ (γ_odd − γ_even) on both sides of T_c, L = 2..12", () => {
    for (const L of [2, 3, 4, 5, 7, 10, 12])
      for (const K of [0.05, 0.2, 0.35, ONSAGER_KC, 0.5, 0.65]) {
        const exact = kaufmanStripXi(L, K);
        // Below T_c λ₀ ≈ λ₁ and ξ = 1/ln(λ₀/λ₁) amplifies the eigenvalues' rounding by λ/(λ₀ − λ₁).
        const tol = K > ONSAGER_KC ? 1e-9 : 1e-11;
        expect(Math.abs(stripCorrelationLength(L, K) - exact)).toBeLessThanOrEqual(tol * exact);
        if (L <= 7)
          expect(Math.abs(stripCorrelationLength(L, K, { method: "power" }) - exact)).toBeLessThanOrEqual(tol * exact);
      }
  });

  it("power iteration stopped after one step is not converged near T_c, so maxIter is honoured", () => {
    const exact = kaufmanStripXi(8, ONSAGER_KC);
    const one = stripCorrelationLength(8, ONSAGER_KC, { method: "power", maxIter: 1 });
    expect(Math.abs(one - exact)).toBeGreaterThan(1e-3 * exact);
    const many = stripCorrelationLength(8, ONSAGER_KC, { method: "power", maxIter: 200000 });
    expect(Math.abs(many - exact)).toBeLessThanOrEqual(1e-11 * exact);
  });

  it("refuses L outside [2, 14], β ≤ 0 or non-finite, and bad options", () => {
    for (const L of [1, 15, 2.5, Number.NaN])
      expect(() => stripCorrelationLength(L, 0.3)).toThrow(/stripCorrelationLength: L must be in \[2, 14\]/);
    expect(() => stripCorrelationLength(14, 0.3, { method: "power", maxIter: 1 })).not.toThrow();
    for (const b of [0, -0.1, Number.NaN, Number.POSITIVE_INFINITY])
      expect(() => stripCorrelationLength(3, b)).toThrow(/stripCorrelationLength: β must be positive/);
    expect(() => stripCorrelationLength(3, 0.3, { maxIter: 0 })).toThrow(
      /maxIter must be an integer in \[1, 1000000\]/,
    );
    expect(() => stripCorrelationLength(3, 0.3, { method: "qr" as "power" })).toThrow(/options\.method/);
    expect(() => stripCorrelationLength(3, 0.3, null as never)).toThrow(/stripCorrelationLength: options/);
  });
});

describe("onsagerCorrelationLength", () => {
  it("is 1/(2(K* − K)) with the dual coupling K* = −½ ln tanh K above T_c", () => {
    for (const K of [0.01, 0.1, 0.3, 0.44]) {
      const kStar = -0.5 * Math.log(Math.tanh(K));
      expect(onsagerCorrelationLength(K)).toBeCloseTo(1 / (2 * (kStar - K)), 9);
    }
  });
  it("is the L → ∞ limit of Kaufman's strip: 1/ξ_∞ = −γ₀ = −(2K + ln tanh K)", () => {
    for (const K of [0.2, 0.35])
      expect(onsagerCorrelationLength(K)).toBeCloseTo(-1 / (2 * K + Math.log(Math.tanh(K))), 10);
  });
  it("is infinite at and below T_c (K ≥ K_c), including huge K", () => {
    expect(onsagerCorrelationLength(ONSAGER_KC + 1e-12)).toBe(Number.POSITIVE_INFINITY);
    expect(onsagerCorrelationLength(0.7)).toBe(Number.POSITIVE_INFINITY);
    expect(onsagerCorrelationLength(Number.MAX_VALUE)).toBe(Number.POSITIVE_INFINITY);
    // Just above T_c it is finite and large (ξ ~ 1/(4(K_c − K)) as K → K_c).
    const xi = onsagerCorrelationLength(ONSAGER_KC - 1e-6);
    expect(xi).toBeGreaterThan(1e5);
    expect(Number.isFinite(xi)).toBe(true);
  });
  it("refuses β ≤ 0 and non-finite β", () => {
    for (const b of [0, -1, Number.NaN, Number.POSITIVE_INFINITY])
      expect(() => onsagerCorrelationLength(b)).toThrow(/onsagerCorrelationLength: β must be finite/);
  });
});
