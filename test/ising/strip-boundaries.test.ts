import { describe, expect, it } from "vitest";
import { stripCorrelationLength } from "../../src/ising/correlation-length.js";
import { stripCorrelationLengthBC, stripCorrelationLengthDense } from "../../src/ising/strip-boundaries.js";

const BETA_C = Math.log(1 + Math.SQRT2) / 2;

describe("stripCorrelationLengthBC", () => {
  it("second road: power iteration per sector equals the dense transfer matrix's eigenpairs (L ≤ 6)", () => {
    for (const L of [2, 3, 4, 5, 6])
      for (const b of [0.15, 0.3, BETA_C, 0.7])
        for (const bc of ["periodic", "open"] as const)
          expect(stripCorrelationLengthBC(L, b, bc)).toBeCloseTo(stripCorrelationLengthDense(L, b, bc), 8);
  });

  it("the periodic case is correlation-length.ts's stripCorrelationLength", () => {
    for (const L of [3, 6, 9])
      for (const b of [0.2, BETA_C])
        expect(stripCorrelationLengthBC(L, b, "periodic")).toBeCloseTo(stripCorrelationLength(L, b), 9);
  });

  it("L = 2, open: the ladder's ξ from its 4×4 transfer matrix by hand", () => {
    // Two spins per row, one rung bond: the flip-even/odd blocks give λ₀, λ₁ in closed form.
    // T = D^{1/2} K D^{1/2} on states ++, +-, -+, --: D = e^{±β} for the rung; K = e^{β(s·t)}.
    const b = 0.4;
    const e = Math.exp;
    // even sector basis (++ + --)/√2, (+- + -+)/√2: [[e(β)(e(2β)+e(−2β)), 2], [2, e(−β)(e(2β)+e(−2β))]] scaled
    const a = e(b) * (e(2 * b) + e(-2 * b));
    const d = e(-b) * (e(2 * b) + e(-2 * b));
    const lam0 = (a + d) / 2 + Math.sqrt(((a - d) / 2) ** 2 + 4);
    // odd sector (++ − --)/√2, (+- − -+)/√2: diagonal, e(β)(e(2β) − e(−2β)) and e(−β)(e(2β) − e(−2β))
    const lam1 = Math.max(e(b) * (e(2 * b) - e(-2 * b)), e(-b) * (e(2 * b) - e(-2 * b)));
    expect(stripCorrelationLengthBC(2, b, "open")).toBeCloseTo(1 / Math.log(lam0 / lam1), 10);
  });

  it("refuses bad input", () => {
    expect(() => stripCorrelationLengthBC(1, 0.3, "open")).toThrow(RangeError);
    expect(() => stripCorrelationLengthBC(4, 0, "open")).toThrow(RangeError);
    expect(() => stripCorrelationLengthBC(4, 0.3, "twisted" as "open")).toThrow();
    expect(() => stripCorrelationLengthDense(7, 0.3, "open")).toThrow(RangeError);
  });
});

describe("stripCorrelationLengthBC: convergence and messages", () => {
  it("runs the power iteration to convergence at high temperature (slow there on open strips)", () => {
    // At β = 0.02 the open strip's sectors need a few hundred iterations for the Rayleigh quotient
    // to settle; the dense eigenpairs are the second road. Relative 1e-12 (the two agree to ~1e-14).
    for (const L of [5, 6])
      for (const b of [0.02, 0.05]) {
        const dense = stripCorrelationLengthDense(L, b, "open");
        expect(Math.abs(stripCorrelationLengthBC(L, b, "open") - dense)).toBeLessThan(1e-12 * dense);
      }
  });
  it("names the function and the argument", () => {
    for (const [name, fn] of [
      ["stripCorrelationLengthBC", stripCorrelationLengthBC],
      ["stripCorrelationLengthDense", stripCorrelationLengthDense],
    ] as const) {
      expect(() => fn(1, 0.3, "open")).toThrow(new RegExp(`^${name}: L must be an integer in \\[2, `));
      expect(() => fn(4, 0, "open")).toThrow(new RegExp(`^${name}: beta must be finite, > 0 and ≤ 1e3, got 0`));
      expect(() => fn(4, 0.3, "twisted" as "open")).toThrow(
        new RegExp(`^${name}: bc must be one of "periodic", "open", got "twisted"`),
      );
    }
  });
});
