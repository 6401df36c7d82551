import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { expDecimal, expDecimalFixed, lnDecimalFixed } from "../../src/precision/decimal-exp.js";

// Second road throughout: decimal.js at 120 digits, rounded half-up to 50 (the default rounding of D50).
const D50 = Decimal.clone({ precision: 50 });
const D120 = Decimal.clone({ precision: 120 });
/** A 51-digit value ending in 5: a rounding tie at 50 digits. */
const tie = "1.23456789012345678901234567890123456789012345678905";
const at50 = (v: Decimal) => v.toSignificantDigits(50, Decimal.ROUND_HALF_UP).toString();

describe("decimal-exp: ties away from the shapes the main tests use", () => {
  it("exp of a negative argument: e^x = 0.00123…05 ± u units of its 60th digit declines within 1.5 units and decides at 5", () => {
    // x = ln(tie · 10⁻³) ≈ −6.7 < 0, so k = ⌊x / ln 10⌋ must round toward −∞ (k = −3, r ∈ [0, ln 10)):
    // truncating toward zero instead gives r < 0, e^r < 1 and one guard digit fewer, which widens the
    // ±3-unit enclosure tenfold and declines u = ±5 as well.
    for (const u of [-1.5, 1.5, -5, 5]) {
      const t = new D120(tie).mul("1e-3").add(new D120(u).mul("1e-62"));
      const x = new D50(t.ln().toSignificantDigits(90).toString());
      expect(x.isNegative()).toBe(true);
      const got = expDecimalFixed(x);
      if (Math.abs(u) < 3) expect(got, `u = ${u}`).toBeNull();
      else expect(String(got), `u = ${u}`).toBe(at50(new D120(x).exp()));
      expect(expDecimal(x).toString(), `u = ${u}`).toBe(at50(new D120(x).exp()));
    }
  });

  it("ln y = 0.0123…05 ± u units of its 62nd digit (y near 1, |ln y| < 1/64): declines within 1.5 units, decides at 5", () => {
    // The scaled magnitude keeps pr + 10 digits after its leading one: here D = 63 (⌊log₁₀ of the bit
    // estimate 2^−7⌋ = −3), so the enclosure is ±2 units of the 62nd digit. One digit fewer would
    // put u = ±5 within the enclosure and decline it.
    for (const u of [-1.5, 1.5, -5, 5]) {
      const l = new D120(tie).mul("1e-2").add(new D120(u).mul("1e-63"));
      const y = new D50(l.exp().toSignificantDigits(95).toString());
      const got = lnDecimalFixed(y);
      if (Math.abs(u) < 2) expect(got, `u = ${u}`).toBeNull();
      else expect(String(got), `u = ${u}`).toBe(at50(new D120(y).ln()));
    }
  });

  it("a result that rounds up to 10^minE carries into the leading exponent and is kept, as decimal.js keeps it", () => {
    // e^x = 10^−10 · (1 − 2.3·10^−70) rounds at 50 digits to 1.000…0e−10 (9.99…9 carries over):
    // its leading exponent is −10 = minE, inside the range, so the bigint road answers it.
    const C = Decimal.clone({ precision: 50, maxE: 10, minE: -10 });
    for (const delta of ["-1e-70", "1e-70"]) {
      const x = new C(new D120(10).ln().mul(-10).add(delta).toSignificantDigits(100).toString());
      expect(at50(new D120(x).exp()), `delta = ${delta}`).toBe("1e-10");
      expect(String(expDecimalFixed(x)), `delta = ${delta}`).toBe("1e-10");
    }
    // Rounding up to 10^11 past maxE = 10: declined, and decimal.js's Infinity is the answer.
    const big = new C(new D120(10).ln().mul(11).sub("1e-70").toSignificantDigits(100).toString());
    expect(expDecimalFixed(big)).toBeNull();
    expect(expDecimal(big).isFinite()).toBe(false);
  });
});
