import { readFileSync } from "node:fs";
import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { expDecimal, expDecimalFixed, ln10Fixed, lnDecimal, lnDecimalFixed } from "../../src/precision/decimal-exp.js";

const D50 = Decimal.clone({ precision: 50 });

interface Fixture {
  exp: { x: string; exp: string }[];
  ln: { y: string; ln: string }[];
}
const fixture = JSON.parse(readFileSync(new URL("../../fixtures/exp-cases.json", import.meta.url), "utf8")) as Fixture;

/** A deterministic stream of uniform numbers in [0, 1) (an LCG: the test needs reproducible inputs, not quality). */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** `count` random decimals of `digits` significant digits with decimal exponents in [lo, hi], 80% negative. */
function randomDecimals(C: typeof Decimal, seed: number, count: number, digits: number, lo: number, hi: number) {
  const u = lcg(seed);
  const out: Decimal[] = [];
  for (let i = 0; i < count; i++) {
    let text = String(1 + Math.floor(u() * 9));
    for (let j = 1; j < digits; j++) text += Math.floor(u() * 10);
    const e = lo + Math.floor(u() * (hi - lo + 1));
    out.push(new C(`${u() < 0.8 ? "-" : ""}${text[0]}.${text.slice(1)}e${e}`));
  }
  return out;
}

/** Same value and same printed digits (decimal.js prints its coefficient, so equal strings mean equal Decimals). */
function expectSameDecimal(a: Decimal, b: Decimal, x: Decimal) {
  expect(a.toString(), `exp(${x})`).toBe(b.toString());
}

describe("expDecimal: the same Decimal as decimal.js exp", () => {
  it("agrees with x.exp() at 50 digits on 400 random 50-digit inputs from 1e-58 to 1e11, and the bigint road answers all but ≤ 1 of them itself", () => {
    const xs = randomDecimals(D50, 1, 400, 50, -58, 11);
    let declined = 0;
    for (const x of xs) {
      const fixed = expDecimalFixed(x);
      if (fixed === null) declined++;
      else expectSameDecimal(fixed, x.exp(), x);
      expectSameDecimal(expDecimal(x), x.exp(), x);
    }
    expect(declined).toBeLessThanOrEqual(1);
  });

  it("agrees on the softmax references' arguments: β·(a_i − max a) with β and a of a few digits", () => {
    const u = lcg(7);
    for (let i = 0; i < 600; i++) {
      const beta = new D50((u() * 40).toFixed(3));
      const gap = new D50(-u() * 30);
      const x = beta.mul(gap);
      const fixed = expDecimalFixed(x);
      expect(fixed, `exp(${x}) declined`).not.toBeNull();
      expectSameDecimal(fixed as Decimal, x.exp(), x);
    }
  });

  it("agrees with x.exp() at precisions 20 and 100 and in every rounding mode", () => {
    for (const precision of [20, 100])
      for (let rounding = 0; rounding <= 8; rounding++) {
        const C = Decimal.clone({ precision, rounding: rounding as Decimal.Rounding });
        for (const x of randomDecimals(C, 100 + rounding, 25, precision, -precision - 5, 6)) {
          const fixed = expDecimalFixed(x);
          if (fixed !== null) expectSameDecimal(fixed, x.exp(), x);
          expectSameDecimal(expDecimal(x), x.exp(), x);
        }
      }
  });

  it("agrees with mpmath (fixtures/exp-cases.json, 120 working digits) rounded half-up to 50 digits", () => {
    expect(fixture.exp.length).toBeGreaterThan(100);
    for (const { x, exp } of fixture.exp) {
      const want = new D50(exp).toSignificantDigits(50, Decimal.ROUND_HALF_UP);
      const got = expDecimalFixed(new D50(x));
      expect(got, `exp(${x}) declined`).not.toBeNull();
      expect((got as Decimal).toString(), `exp(${x})`).toBe(want.toString());
    }
  });

  it("returns the constructor's class, so callers keep their precision", () => {
    const y = expDecimal(new D50("-1.5"));
    expect(y).toBeInstanceOf(D50);
    expect(y.constructor).toBe(D50);
  });

  it("handles the edges like decimal.js: 0, −0, ±Infinity, NaN, tiny, huge, results near powers of ten", () => {
    const edges = [
      "0",
      "-0",
      "Infinity",
      "-Infinity",
      "NaN",
      "1e-70",
      "-1e-70",
      "1e-57",
      "-1e-57",
      "1e11",
      "-1e11",
      "99999999999",
      "1e12",
      "-1e12",
      "1e20",
      "-1e20",
      "2.302585092994045684017991454684364207601101488629",
      "-2.302585092994045684017991454684364207601101488629",
      "-230.2585092994045684017991454684364207601101488629",
      "1",
      "-1",
    ];
    for (const e of edges) {
      const x = new D50(e);
      expect(expDecimal(x).toString(), `exp(${e})`).toBe(x.exp().toString());
    }
    // Beyond decimal.js's exponent range the answer is decimal.js's own (0 or Infinity).
    expect(expDecimal(new D50("-1e20")).isZero()).toBe(true);
    expect(expDecimal(new D50("1e20")).isFinite()).toBe(false);
    // Outside the bigint road's range, it declines.
    for (const e of ["0", "NaN", "Infinity", "1e12", "-1e-70"]) expect(expDecimalFixed(new D50(e))).toBeNull();
  });

  it("declines when the rounding digits are too close to a half for its error bound, and decimal.js decides", () => {
    // x = ln t to 75 digits, t a 51-digit number ending in 5: e^x is within 1e-74 of t, a rounding
    // tie at 50 digits, so 10 guard digits cannot decide the last digit.
    const D90 = Decimal.clone({ precision: 90 });
    const t = "1.23456789012345678901234567890123456789012345678905";
    const x = new D50(new D90(t).ln().toSignificantDigits(75).toString());
    expect(expDecimalFixed(x)).toBeNull();
    expect(expDecimal(x).toString()).toBe(x.exp().toString());
  });
});

describe("ln10Fixed", () => {
  it("is ln 10 · 2^q within one unit (against 110 digits of ln 10)", () => {
    const ln10 =
      "2.30258509299404568401799145468436420760110148862877297603332790096757260967735248023599720508959829834196778404228";
    const D120 = Decimal.clone({ precision: 120 });
    for (const q of [10, 64, 200, 300]) {
      const want = new D120(ln10).mul(new D120(2).pow(q));
      const got = new D120(ln10Fixed(q).toString());
      expect(got.sub(want).abs().toNumber(), `q = ${q}`).toBeLessThanOrEqual(1);
    }
  });
});

describe("lnDecimal: the same Decimal as decimal.js ln", () => {
  it("agrees with y.ln() at 50 digits on 400 random positive 50-digit inputs from 1e-30 to 1e30, answering all but ≤ 1 itself", () => {
    const u = lcg(3);
    let declined = 0;
    for (const x of randomDecimals(D50, 5, 400, 50, -30, 30)) {
      // Half are values e^x (|x| < 1e6, so the exponent stays within decimal.js's range), the shape Σ e^{…} takes.
      const y = u() < 0.5 || x.abs().gte(1e6) ? x.abs() : x.abs().exp();
      const fixed = lnDecimalFixed(y);
      if (fixed === null) declined++;
      else expectSameDecimal(fixed, y.ln(), y);
      expectSameDecimal(lnDecimal(y), y.ln(), y);
    }
    expect(declined).toBeLessThanOrEqual(1);
  });

  it("agrees near 1 (1 ± 10^−k·u, where ln y ≈ y − 1 cancels), the shape of ln Σ e^{β(a_i − max a)} at large β", () => {
    const u = lcg(11);
    let declined = 0;
    for (let i = 0; i < 600; i++) {
      const k = Math.floor(u() * 46);
      const d = new D50(`${(u() * 9 + 1).toFixed(15)}e-${k + 1}`);
      const y = i % 2 ? new D50(1).add(d) : new D50(1).sub(d);
      const fixed = lnDecimalFixed(y);
      if (fixed === null) declined++;
      else expectSameDecimal(fixed, y.ln(), y);
    }
    expect(declined).toBeLessThanOrEqual(1);
  });

  it("agrees with y.ln() at precisions 20 and 100 and in every rounding mode (negative results included)", () => {
    for (const precision of [20, 100])
      for (let rounding = 0; rounding <= 8; rounding++) {
        const C = Decimal.clone({ precision, rounding: rounding as Decimal.Rounding });
        for (const x of randomDecimals(C, 200 + rounding, 25, precision, -20, 20)) {
          const y = x.abs();
          const fixed = lnDecimalFixed(y);
          if (fixed !== null) expectSameDecimal(fixed, y.ln(), y);
          expectSameDecimal(lnDecimal(y), y.ln(), y);
        }
      }
  });

  it("agrees with mpmath (fixtures/exp-cases.json, 120 working digits) rounded half-up to 50 digits", () => {
    expect(fixture.ln.length).toBeGreaterThan(100);
    for (const { y, ln } of fixture.ln) {
      if (y === "1") {
        expect(lnDecimalFixed(new D50(y))).toBeNull(); // decimal.js answers ln 1 = 0 at once
        expect(lnDecimal(new D50(y)).toString()).toBe("0");
        continue;
      }
      const want = new D50(ln).toSignificantDigits(50, Decimal.ROUND_HALF_UP);
      const got = lnDecimalFixed(new D50(y));
      expect(got, `ln(${y}) declined`).not.toBeNull();
      expect((got as Decimal).toString(), `ln(${y})`).toBe(want.toString());
    }
  });

  it("handles the edges like decimal.js: 1, 0, negative, ±Infinity, NaN, huge and tiny exponents", () => {
    for (const e of [
      "1",
      "0",
      "-0",
      "-2",
      "Infinity",
      "-Infinity",
      "NaN",
      "1e-9000000",
      "9.5e9000000",
      "10",
      "0.1",
      "1e20",
    ]) {
      const y = new D50(e);
      expect(lnDecimal(y).toString(), `ln(${e})`).toBe(y.ln().toString());
    }
    for (const e of ["1", "0", "-2", "NaN", "Infinity", "1e-9000000"]) expect(lnDecimalFixed(new D50(e))).toBeNull();
    expect(lnDecimal(new D50("2.5"))).toBeInstanceOf(D50);
  });

  it("declines a near-tie: ln(1 + 6.5e-47) = 6.4999…99978875|000…0915e-47 has 40 zeros after the rounding 5", () => {
    const y = new D50("1.000000000000000000000000000000000000000000000065");
    expect(lnDecimalFixed(y)).toBeNull();
    expect(lnDecimal(y).toString()).toBe(y.ln().toString());
  });
});

describe("the enclosure's width and the constructor's exponent range", () => {
  // A 51-digit value ending in 5: a rounding tie at 50 digits.
  const tie = "1.23456789012345678901234567890123456789012345678905";
  const D120 = Decimal.clone({ precision: 120 });

  it("exp: within 1.5 units of the last guard digit of a tie it declines; 5 units away it decides, as decimal.js", () => {
    // The bound is err = 10^(D+2) / 2^(P−c) + 3 units of the (pr + 10)-th digit (module note), and
    // 10^(pr+11) < 2^(P−c) since P ≥ (pr + 11)·log₂10 + 8 and c ≤ 8: the enclosure is z ± 3 units.
    // x = ln(tie + u·10^−59) to 90 digits, so e^x lies u units (of the 60th digit) from the tie.
    for (const u of [-1.5, 1.5, -5, 5]) {
      const x = new D50(new D120(tie).add(new D120(u).mul("1e-59")).ln().toSignificantDigits(90).toString());
      const got = expDecimalFixed(x);
      if (Math.abs(u) < 3) expect(got, `u = ${u}`).toBeNull();
      else expect(String(got), `u = ${u}`).toBe(x.exp().toString());
    }
  });

  it("ln: within 1.5 units of the last guard digit of a tie it declines; 5 units away it decides, as decimal.js", () => {
    // ln's enclosure is ±((4n + 16)·10^D / 2^W + 2) units of its (pr + 11)-th digit, with
    // 10^D / 2^W < 10^−2 here (|ln y| ≈ 1.2, W ≥ 212): at least 2 units, at most 3.
    // y = exp(tie + u·10^−60) to 95 digits, so ln y lies u units (of the 61st digit) from the tie.
    for (const u of [-1.5, 1.5, -5, 5]) {
      const y = new D50(new D120(tie).add(new D120(u).mul("1e-60")).exp().toSignificantDigits(95).toString());
      const got = lnDecimalFixed(y);
      if (Math.abs(u) < 2) expect(got, `u = ${u}`).toBeNull();
      else expect(String(got), `u = ${u}`).toBe(y.ln().toString());
    }
  });

  it("declines a result beyond the constructor's maxE or minE (decimal.js's Infinity or 0) and keeps those at the limits", () => {
    const C = Decimal.clone({ precision: 50, maxE: 10, minE: -10 });
    // e^30 ≈ 1.07e13 and e^−23.1 ≈ 9.2e−11 leave the range; e^23.5 ≈ 1.6e10, e^22 ≈ 3.6e9,
    // e^−23 ≈ 1.03e−10 and e^1 stay in it (leading exponents 10, 9, −10, 0).
    for (const s of ["30", "-23.1", "-30"]) {
      const x = new C(s);
      expect(expDecimalFixed(x), `exp(${s})`).toBeNull();
      expect(expDecimal(x).toString()).toBe(x.exp().toString());
    }
    expect(expDecimal(new C("30")).isFinite()).toBe(false);
    expect(expDecimal(new C("-23.1")).isZero()).toBe(true);
    for (const s of ["23.5", "22", "-23", "1"]) {
      const x = new C(s);
      const want = new D120(s).exp().toSignificantDigits(50, Decimal.ROUND_HALF_UP);
      expect(String(expDecimalFixed(x)), `exp(${s})`).toBe(want.toString());
    }
  });
});
