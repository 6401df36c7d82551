import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import * as bf from "../../src/precision/bigfloat-scalar.js";

const X = Decimal.clone({ precision: 140 });
const PREC = 400; // bits: ≈ 120 digits
const dec = (a: bf.BigScalar) => new X(bf.toDecimalString(a, 130));
/** Relative agreement |a − b| ≤ 10^−d |b|. */
const agree = (a: Decimal, b: Decimal, d: number) =>
  a
    .minus(b)
    .abs()
    .lte(b.abs().times(new X(10).pow(-d)));

describe("bigfloat-scalar", () => {
  it("bitLen is exact, also where a double rounds up to the next power of two", () => {
    for (let k = 1; k < 1100; k += 7)
      for (const x of [
        1n << BigInt(k),
        (1n << BigInt(k)) - 1n,
        (1n << BigInt(k)) + 1n,
        (1n << BigInt(k)) - (1n << BigInt(Math.max(0, k - 54))),
      ])
        if (x > 0n) expect(bf.bitLen(x)).toBe(x.toString(2).length);
    expect(bf.bitLen(0n)).toBe(0);
    expect(bf.bitLen(-5n)).toBe(3);
  });

  it("reads decimal literals exactly when dyadic and rounds otherwise", () => {
    const x = bf.fromDecimalString("0.625", 50); // 5/8: exact
    expect(x.m).toBe(5n << BigInt(-x.exp - 3));
    expect(agree(dec(bf.fromDecimalString("-1.5e-3", PREC)), new X("-1.5e-3"), 115)).toBe(true);
    expect(agree(dec(bf.fromDecimalString("0.1", PREC)), new X("0.1"), 115)).toBe(true);
    expect(bf.fromDecimalString("12e2", 60)).toEqual({ m: 1200n, exp: 0 });
    expect(() => bf.fromDecimalString("abc", 60)).toThrow(RangeError);
  });

  it("exp, ln, sqrt, cos, sin, π and ln 2 agree with decimal.js to 115 digits", () => {
    for (const s of ["0.4406867935", "-3.25", "1e-30", "700.5", "-1234.125"]) {
      const x = bf.fromDecimalString(s, PREC);
      expect(agree(dec(bf.exp(x, PREC)), X.exp(s), 115), `exp ${s}`).toBe(true);
      if (!s.startsWith("-")) {
        expect(agree(dec(bf.ln(x, PREC)), X.ln(s), 115), `ln ${s}`).toBe(true);
        expect(agree(dec(bf.sqrt(x, PREC)), X.sqrt(s), 115), `sqrt ${s}`).toBe(true);
      }
    }
    // ln near 1 keeps relative accuracy only to the absolute 2^−prec of its argument's rounding.
    expect(agree(dec(bf.ln(bf.fromDecimalString("3e500", PREC), PREC)), X.ln("3e500"), 115)).toBe(true);
    const q = 400;
    expect(agree(new X(bf.piFixed(q).toString()).div(new X(2).pow(q)), X.acos(-1), 115)).toBe(true);
    expect(agree(new X(bf.ln2Fixed(q).toString()).div(new X(2).pow(q)), X.ln(2), 115)).toBe(true);
    const x = bf.piFixed(q) / 7n;
    const { cos, sin } = bf.cosSinFixed(x, q);
    const xd = X.acos(-1).div(7);
    expect(agree(new X(cos.toString()).div(new X(2).pow(q)), X.cos(xd), 115)).toBe(true);
    expect(agree(new X(sin.toString()).div(new X(2).pow(q)), X.sin(xd), 115)).toBe(true);
  });

  it("rounds products, quotients and sums to the requested bits", () => {
    const a = bf.fromDecimalString("3", 60);
    const third = bf.div(bf.ONE, a, 100);
    expect(bf.bitLen(third.m)).toBe(100);
    expect(agree(dec(bf.mul(third, a, 100)), new X(1), 29)).toBe(true);
    // An addend far below the other's last bit leaves it unchanged.
    expect(bf.add(bf.ONE, { m: 1n, exp: -1000 }, 60)).toEqual(bf.ONE);
    expect(bf.powInt(bf.fromInt(3), 40, 200)).toEqual({ m: 3n ** 40n, exp: 0 });
    expect(bf.isqrt(10n ** 60n + 5n)).toBe(10n ** 30n);
    expect(bf.isqrt((10n ** 40n - 1n) ** 2n)).toBe(10n ** 40n - 1n);
  });

  it("refuses what has no value", () => {
    expect(() => bf.ln(bf.ZERO, 60)).toThrow(RangeError);
    expect(() => bf.sqrt(bf.fromInt(-1), 60)).toThrow(RangeError);
    expect(() => bf.div(bf.ONE, bf.ZERO, 60)).toThrow(RangeError);
    expect(() => bf.exp({ m: 1n, exp: 41 }, 60)).toThrow(/too large/);
  });
});
