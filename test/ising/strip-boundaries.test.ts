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
