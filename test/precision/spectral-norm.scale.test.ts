import { describe, expect, it } from "vitest";
import { fromEntries } from "../../src/precision/bigfloat-matrix.js";
import { decimalContext } from "../../src/precision/decimal-matrix.js";
import { spectralNormBig } from "../../src/precision/spectral-norm.js";

const D = decimalContext(50);

/** E = diag(x·J_b, y·J_b), J_b the b×b all-ones matrix: singular values b·x and b·y (J_b has eigenvalue b), the rest 0. */
function twoBlocks(x: string, y: string, b: number): string[][] {
  return Array.from({ length: 2 * b }, (_, i) =>
    Array.from({ length: 2 * b }, (_, j) => (i < b && j < b ? x : i >= b && j >= b ? y : "0")),
  );
}

describe("spectralNormBig: the gap estimate is relative, whatever the size of λ₁ against G's entries", () => {
  it("x = 1, y = 0.995 in 4×4 and 8×8 blocks: ‖E‖₂ = b exactly, to 45 digits", () => {
    // G = EᵀE = diag(b·x²·J_b, b·y²·J_b): λ₁ = b², λ₂ = b²·0.995², relative gap g ≈ 0.00998, and λ₁
    // is b times G's largest entry. The squarings are counted from g = (λ₁ − λ₂)/λ₁; a gap read
    // as λ₁ − λ₂ in units of the largest entry (b times too big) would stop 2–3 squarings short,
    // leaving a weight 0.990025^(2^12…13) ≈ 10^−36…−18 on λ₂.
    for (const b of [4, 8]) {
      const a = spectralNormBig(fromEntries(twoBlocks("1", "0.995", b), 220), 200, D);
      expect(a.minus(b).abs().toNumber(), `b = ${b}`).toBeLessThan(1e-45);
    }
  });
});

describe("spectralNormBig: the work bound n³ · bits · (bits + log₂ n + 2) ≤ 2^34 counts log₂ n", () => {
  it("2×2 at 46 339 bits passes, 46 340 not", () => {
    // n = 2: 8 · b · (b + 3) ≤ 2^34 ⟺ b(b + 3) ≤ 2^31 = 2 147 483 648; 46 339 · 46 342 = 2 147 441 938
    // passes, 46 340 · 46 343 = 2 147 535 620 does not (without the log₂ n term, 46 340 · 46 342 would).
    expect(46339 * 46342).toBeLessThanOrEqual(2 ** 31);
    expect(46340 * 46343).toBeGreaterThan(2 ** 31);
    const E = fromEntries(
      [
        ["2", "0"],
        ["0", "1"],
      ],
      64,
    );
    expect(spectralNormBig(E, 46339, D).toString()).toBe("2");
    expect(() => spectralNormBig(E, 46340, D)).toThrow(
      /^spectralNormBig: n³ · bits · \(bits \+ log₂ n \+ 2\) must be at most 2\^34, got 2³ · 46340/,
    );
  });
});
