import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import * as bf from "../../src/precision/bigfloat-scalar.js";

// Second road: decimal.js at 400 digits, exact for every value here (decimal literals of ≤ 30 digits,
// dyadic values m · 2^e with |e| ≤ 200).
const X = Decimal.clone({ precision: 400 });
const val = (a: bf.BigScalar) => new X(a.m.toString()).times(new X(2).pow(a.exp));

/** A deterministic stream of uniform numbers in [0, 1) (an LCG: reproducible inputs, not quality). */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe("fromDecimalString rounds to nearest: |x − result| < half a unit of its last bit", () => {
  it("600 random literals (both signs, 1–30 digits, exponents −40..40) at 3–70 bits", () => {
    // The quotient carries prec + 2 bits and the remainder's sign decides a sticky bit: when those
    // two extra bits read exactly "10" and the remainder is nonzero, the value lies just past the
    // half and must round away from zero; a sticky bit of the wrong sign rounds it back.
    const u = lcg(5);
    for (let i = 0; i < 600; i++) {
      const digits = 1 + Math.floor(u() * 30);
      let text = String(1 + Math.floor(u() * 9));
      for (let j = 1; j < digits; j++) text += Math.floor(u() * 10);
      const e = Math.floor(u() * 81) - 40;
      const literal = `${u() < 0.5 ? "-" : ""}${text[0]}.${text.slice(1)}e${e}`;
      const prec = 3 + Math.floor(u() * 68);
      const r = bf.fromDecimalString(literal, prec);
      // At most prec bits, or exactly 2^prec when rounding up carried into the next power of two.
      const mag = r.m < 0n ? -r.m : r.m;
      if (bf.bitLen(mag) > prec) expect(mag, literal).toBe(1n << BigInt(prec));
      const halfUnit = new X(2).pow(r.exp - 1);
      const x = new X(literal);
      const off = x.minus(val(r)).abs();
      if (off.isZero()) continue;
      // Exactly half a unit away only for a dyadic tie, which a nonzero remainder excludes; ties
      // (remainder 0) round away from zero.
      expect(off.lte(halfUnit), `${literal} at ${prec} bits`).toBe(true);
      if (off.eq(halfUnit)) expect(val(r).abs().gt(x.abs()), `${literal} tie`).toBe(true);
    }
  });
});

describe("add: the far-below shortcut starts prec + 64 bits down, not earlier", () => {
  it("1 + 2^−60 at 100 bits is exact, in either order", () => {
    // 2^−60 is 61 bits below 1's leading bit, well inside the 100-bit mantissa: the exact sum
    // 2^60 + 1 (61 bits) at exponent −60 must survive the rounding.
    const b = { m: 1n, exp: -60 };
    const want = new X(1).plus(new X(2).pow(-60));
    expect(val(bf.add(bf.ONE, b, 100)).eq(want)).toBe(true);
    expect(val(bf.add(b, bf.ONE, 100)).eq(want)).toBe(true);
  });
});
