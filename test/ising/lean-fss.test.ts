import { describe, expect, it } from "vitest";
import { leanFssHolds, leanFssRightSide, leanFssWitness, mathlibRpow } from "../../src/ising/lean-fss.js";

describe("the Lean FiniteSizeScaling theorem with Mathlib semantics", () => {
  it("rpow: 0^0 = 1, 0^y = 0 for y ≠ 0, x^y otherwise", () => {
    expect(mathlibRpow(0, 0)).toBe(1);
    expect(mathlibRpow(0, 1.75)).toBe(0);
    expect(mathlibRpow(0, -2)).toBe(0);
    expect(mathlibRpow(4, 0.5)).toBe(2);
    expect(() => mathlibRpow(-1, 2)).toThrow(RangeError);
  });
  it("the witness reproduces any χ for N ≥ 1 (second road: by hand, N = 16, γ/ν = 7/4 gives 128)", () => {
    const f = leanFssWitness(3.5, 16, 1.75, 1);
    expect(f(123)).toBeCloseTo(3.5 / 128, 15);
    expect(leanFssRightSide(16, 1.75, 1, 2.3, 2.269, f)).toBeCloseTo(3.5, 14);
    expect(leanFssHolds(3.5, 16, 1.75, 1)).toBe(true);
  });
  it("at N = 0 the right side is 0 for every f, so only χ = 0 satisfies the statement", () => {
    for (const f of [(x: number) => x, () => 1e300, leanFssWitness(2, 0, 1.75, 1)])
      expect(Math.abs(leanFssRightSide(0, 1.75, 1, 1, 2, f))).toBe(0);
    expect(leanFssHolds(2, 0, 1.75, 1)).toBe(false);
    expect(leanFssHolds(0, 0, 1.75, 1)).toBe(true);
    // ν = 0: Lean's γ/0 = 0 and 0^0 = 1, so the statement holds again.
    expect(leanFssHolds(2, 0, 1.75, 0)).toBe(true);
  });
});
