import { describe, expect, it } from "vitest";
import { Decimal } from "decimal.js";
import { fromEntries } from "../../src/precision/bigfloat-matrix.js";
import { decimalContext } from "../../src/precision/decimal-matrix.js";
import { spectralNormBig } from "../../src/precision/spectral-norm.js";

const D = decimalContext(50);
const off = (a: Decimal, b: Decimal.Value) => a.minus(b).abs().toNumber();

/**
 * E = diag(σ) · Qᵀ with Q the exact rotation (3/5, 4/5) in the first two coordinates: its singular
 * values are exactly σ (Q is orthogonal in decimal), and G = EᵀE = Q diag(σ²) Qᵀ is not diagonal,
 * so the power iteration and the float64 gap estimate both see a general matrix.
 */
function rotated(s: [string, string, string]): string[][] {
  const Q = [
    ["0.6", "-0.8", "0"],
    ["0.8", "0.6", "0"],
    ["0", "0", "1"],
  ];
  const X = Decimal.clone({ precision: 100 });
  return [0, 1, 2].map((i) => [0, 1, 2].map((j) => new X(s[i]).times(Q[j][i]).toString()));
}

describe("spectralNormBig: enough squarings for the gap it sees", () => {
  it("a small gap (σ = 1, 0.995, 0.5: relative λ gap ≈ 0.01) to 45 digits", () => {
    // Power iteration converges like (1 − g)^(2^k): with the halved float64 gap the squarings reach
    // e^−(2·bits·ln2) ≈ 2^−400; four times fewer would stop near 10^−38, which this sees.
    const a = spectralNormBig(fromEntries(rotated(["1", "0.995", "0.5"]), 220), 200, D);
    expect(off(a, 1)).toBeLessThan(1e-45);
    const b = spectralNormBig(fromEntries(rotated(["0.5", "3", "2.99"]), 220), 200, D);
    expect(off(b, 3)).toBeLessThan(1e-44);
  });
  it("a gap float64 cannot resolve (σ₂ = 1 − 10^−18): the unconditional count, not the float noise", () => {
    // The float64 eigenvalues of G differ by rounding noise (≈ 1e−16) rather than the true 2e−18;
    // trusting that noise as the gap would stop after ≈ 2^60 steps' worth, ~10^−20 short.
    const a = spectralNormBig(fromEntries(rotated(["1", "0.999999999999999999", "0.25"]), 220), 200, D);
    expect(off(a, 1)).toBeLessThan(1e-45);
  });
  it("a 1×1 matrix: the norm is |e|, also negative and tiny", () => {
    expect(spectralNormBig(fromEntries([["-3.5"]], 100), 80, D).toString()).toBe("3.5");
    const t = spectralNormBig(fromEntries([["1e-300"]], 200), 180, D);
    expect(off(t.div("1e-300"), 1)).toBeLessThan(1e-45);
  });
});

describe("spectralNormBig argument checks", () => {
  const E = fromEntries([["1"]], 64);
  it("refuses a constructor that is not decimal.js's, naming the function", () => {
    for (const bad of [{}, () => 0, { precision: 20 }])
      expect(() => spectralNormBig(E, 64, bad as never)).toThrow(
        /^spectralNormBig: D must be a decimal.js constructor/,
      );
  });
  it("renames the matrix check's message for this function", () => {
    expect(() => spectralNormBig({ n: 1, m: [1], exp: 0 } as never, 64, D)).toThrow(/^spectralNormBig: E/);
    expect(() => spectralNormBig(null as never, 64, D)).toThrow(/^spectralNormBig: E/);
  });
  it("bounds the work n³ · bits · (bits + log₂ n + 2) by 2^34: 1×1 at 131 071 bits passes, 131 072 not", () => {
    // 131071 · 131073 = 2^34 − 1; 131072 · 131074 > 2^34 (and 131072 · 131072 = 2^34 exactly: the
    // "+ 2" and the strict comparison both matter).
    expect(spectralNormBig(fromEntries([["2"]], 64), 131071, D).toString()).toBe("2");
    expect(() => spectralNormBig(fromEntries([["2"]], 64), 131072, D)).toThrow(
      /^spectralNormBig: n³ · bits · \(bits \+ log₂ n \+ 2\) must be at most 2\^34/,
    );
  });
});
