/**
 * bigfloat-scalar against decimal.js and exact bigint arithmetic, case by case: signs, ties,
 * exponents of both signs, the branches of each function (small and large arguments, caches).
 */
import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import * as bf from "../../src/precision/bigfloat-scalar.js";

const X = Decimal.clone({ precision: 120 });
const val = (a: bf.BigScalar) => new X(a.m.toString()).times(new X(2).pow(a.exp));
/** |a − b| ≤ 2^−bits·|b| (b ≠ 0) or |a| ≤ 2^−bits (b = 0). */
const close = (a: Decimal, b: Decimal.Value, bits: number) => {
  const B = new X(b);
  const tol = new X(2).pow(-bits).times(B.isZero() ? 1 : B.abs());
  return a.minus(B).abs().lte(tol);
};

describe("rounding primitives", () => {
  it("shiftRound rounds half away from zero, and shifts left for s ≤ 0", () => {
    expect(bf.shiftRound(3n, 1)).toBe(2n); // 1.5 → 2
    expect(bf.shiftRound(-3n, 1)).toBe(-2n); // −1.5 → −2
    expect(bf.shiftRound(5n, 2)).toBe(1n); // 1.25 → 1
    expect(bf.shiftRound(-5n, 2)).toBe(-1n);
    expect(bf.shiftRound(7n, 2)).toBe(2n); // 1.75 → 2
    expect(bf.shiftRound(5n, -2)).toBe(20n);
    expect(bf.shiftRound(5n, 0)).toBe(5n);
  });
  it("round keeps at most prec bits, exactly when it already fits", () => {
    expect(bf.round(0n, 7, 10)).toEqual(bf.ZERO);
    expect(bf.round(255n, 0, 8)).toEqual({ m: 255n, exp: 0 });
    expect(bf.round(255n, 0, 7)).toEqual({ m: 128n, exp: 1 }); // 255 → 256 = 128·2
    // −125 at 4 bits → −128: 1000/64 rounds to 16 (a carry into a 5th bit, the value still −128).
    expect(bf.round(-1000n, -3, 4)).toEqual({ m: -16n, exp: 3 });
  });
  it("bitLen of numbers beyond the double range and of negatives", () => {
    for (const k of [1023, 1024, 1025, 2000, 5000]) {
      expect(bf.bitLen(1n << BigInt(k))).toBe(k + 1);
      expect(bf.bitLen(-(1n << BigInt(k)) + 1n)).toBe(k);
    }
    expect(bf.bitLen(1n)).toBe(1);
  });
});

describe("arithmetic against decimal.js", () => {
  const a = bf.fromDecimalString("-2.75", 80);
  const b = bf.fromDecimalString("0.3", 80);
  it("mul, div, add, sub, neg, mulPow2", () => {
    expect(close(val(bf.mul(a, b, 80)), new X("-2.75").times("0.3"), 76)).toBe(true);
    expect(close(val(bf.div(a, b, 80)), new X("-2.75").div("0.3"), 76)).toBe(true);
    expect(close(val(bf.div(b, a, 80)), new X("0.3").div("-2.75"), 76)).toBe(true);
    expect(bf.bitLen(bf.div(b, a, 80).m)).toBe(80);
    expect(bf.div(bf.ZERO, a, 80)).toEqual(bf.ZERO);
    expect(() => bf.div(a, bf.ZERO, 80)).toThrow(/^bigfloat-scalar: division by zero/);
    expect(close(val(bf.add(a, b, 80)), new X("-2.45"), 76)).toBe(true);
    expect(close(val(bf.sub(a, b, 80)), new X("-3.05"), 76)).toBe(true);
    expect(close(val(bf.sub(b, a, 80)), new X("3.05"), 76)).toBe(true);
    expect(bf.add(bf.ZERO, b, 80)).toEqual(bf.round(b.m, b.exp, 80));
    expect(bf.add(a, bf.ZERO, 10)).toEqual(bf.round(a.m, a.exp, 10));
    expect(bf.neg(a)).toEqual({ m: -a.m, exp: a.exp });
    expect(bf.mulPow2(a, 5)).toEqual({ m: a.m, exp: a.exp + 5 });
  });
  it("add: a far smaller addend only rounds the larger, on either side; a near one counts", () => {
    const tiny = { m: 1n, exp: -500 };
    expect(bf.add(tiny, bf.ONE, 60)).toEqual(bf.ONE);
    expect(bf.add(bf.ONE, tiny, 60)).toEqual(bf.ONE);
    // 2^−100 is 2^(60+40) below 1: within the exact window, it changes a 200-bit sum.
    const s = bf.add(bf.ONE, { m: 1n, exp: -100 }, 200);
    expect(val(s).eq(new X(1).plus(new X(2).pow(-100)))).toBe(true);
    const t = bf.add({ m: 1n, exp: -100 }, bf.ONE, 200);
    expect(t).toEqual(s);
  });
  it("powInt: a^0 = 1, a^1 = a, and odd/even exponents", () => {
    expect(bf.powInt(b, 0, 80)).toEqual(bf.ONE);
    expect(bf.powInt(b, 1, 80)).toEqual(b);
    expect(close(val(bf.powInt(b, 7, 100)), val(b).pow(7), 94)).toBe(true);
    expect(close(val(bf.powInt(a, 10, 100)), val(a).pow(10), 94)).toBe(true);
    expect(bf.powInt(bf.fromInt(-2), 5, 10)).toEqual({ m: -32n, exp: 0 });
  });
  it("toNumber and toFixed", () => {
    expect(bf.toNumber(bf.ZERO)).toBe(0);
    expect(bf.toNumber({ m: 3n, exp: -2 })).toBe(0.75);
    expect(bf.toNumber({ m: -((1n << 100n) + 1n), exp: -98 })).toBe(-4);
    expect(bf.toNumber({ m: 1n, exp: 2000 })).toBe(Number.POSITIVE_INFINITY);
    expect(bf.toFixed({ m: 3n, exp: -2 }, 4)).toBe(12n);
    expect(bf.toFixed({ m: 3n, exp: -2 }, 1)).toBe(2n); // 1.5 → 2
  });
});

describe("isqrt and sqrt", () => {
  it("isqrt is the exact floor on both sides of perfect squares, small and large", () => {
    for (const x of [0n, 1n, 2n, 3n, 4n, 15n, 16n, 17n, (1n << 52n) - 1n, 1n << 52n, 3n ** 80n, 7n ** 200n + 12345n]) {
      const r = bf.isqrt(x);
      expect(r * r <= x && (r + 1n) * (r + 1n) > x, String(x)).toBe(true);
    }
    const y = 3n ** 150n;
    expect(bf.isqrt(y * y)).toBe(y);
    expect(bf.isqrt(y * y - 1n)).toBe(y - 1n);
    expect(bf.isqrt(y * y + 2n * y)).toBe(y);
    expect(() => bf.isqrt(-1n)).toThrow(/^isqrt of a negative number/);
  });
  it("sqrt for even and odd exponents, small and large mantissas", () => {
    expect(val(bf.sqrt({ m: 1n, exp: -2 }, 20)).eq(0.5)).toBe(true);
    expect(close(val(bf.sqrt({ m: 1n, exp: -1 }, 100)), new X("0.5").sqrt(), 98)).toBe(true);
    expect(close(val(bf.sqrt({ m: 3n ** 120n, exp: 7 }, 100)), new X(3).pow(120).times(128).sqrt(), 98)).toBe(true);
    expect(bf.sqrt(bf.ZERO, 50)).toEqual(bf.ZERO);
    expect(() => bf.sqrt(bf.fromInt(-4), 10)).toThrow(/^bigfloat-scalar: square root of a negative number/);
  });
});

describe("elementary functions against decimal.js (110 digits)", () => {
  const P = 380;
  it("exp of 0, tiny, negative, large, and the domain limit", () => {
    expect(bf.exp(bf.ZERO, P)).toEqual(bf.ONE);
    for (const s of ["1e-40", "-0.5", "0.3465735902799726547", "-7.125", "45.5", "-700", "1000000.5"]) {
      const got = val(bf.exp(bf.fromDecimalString(s, P + 30), P));
      expect(close(got, X.exp(s), P - 8), `exp ${s}`).toBe(true);
    }
    // |a| < 2^40 is allowed, 2^40 ≤ |a| not.
    expect(() => bf.exp({ m: 1n, exp: 40 }, 60)).toThrow(/^bigfloat-scalar: exp argument 2\^41 is too large/);
    expect(bf.exp({ m: -1n, exp: 39 }, 60).m > 0n).toBe(true);
  });
  it("ln on both sides of √½, below 1, and far from 1", () => {
    for (const s of ["0.7071", "0.7072", "0.5", "0.25", "1.5", "3e-200", "123456.789", "1.0000001"]) {
      const got = val(bf.ln(bf.fromDecimalString(s, P + 30), P));
      expect(close(got, X.ln(s), P - 12), `ln ${s}`).toBe(true);
    }
    expect(bf.ln(bf.ONE, 60)).toEqual(bf.ZERO);
    expect(() => bf.ln(bf.fromInt(-1), 60)).toThrow(/^bigfloat-scalar: logarithm of a non-positive number/);
  });
  it("ln 2 and π at a smaller precision after a larger one (the cache shifts down) and a larger again", () => {
    for (const q of [300, 100, 700, 64]) {
      const two = new X(2).pow(q);
      expect(close(new X(bf.ln2Fixed(q).toString()).div(two), X.ln(2), q - 2), `ln2 ${q}`).toBe(true);
      expect(close(new X(bf.piFixed(q).toString()).div(two), X.acos(-1), q - 2), `pi ${q}`).toBe(true);
    }
  });
  it("cos and sin at 0, negative and the end of the range", () => {
    const q = 300;
    const one = 1n << BigInt(q);
    expect(bf.cosSinFixed(0n, q)).toEqual({ cos: one, sin: 0n });
    for (const s of ["-1.25", "2", "-2", "0.001"]) {
      const x = bf.toFixed(bf.fromDecimalString(s, q + 20), q);
      const { cos, sin } = bf.cosSinFixed(x, q);
      const two = new X(2).pow(q);
      const xd = new X(x.toString()).div(two);
      expect(close(new X(cos.toString()).div(two).minus(X.cos(xd)).plus(1), 1, q - 4), `cos ${s}`).toBe(true);
      expect(close(new X(sin.toString()).div(two).minus(X.sin(xd)).plus(1), 1, q - 4), `sin ${s}`).toBe(true);
    }
  });
});

describe("decimal strings", () => {
  it("fromDecimalString: signs, missing parts, exponents, exact and inexact values", () => {
    expect(bf.fromDecimalString("+3", 10)).toEqual({ m: 3n, exp: 0 });
    expect(val(bf.fromDecimalString("-.5", 10)).eq(-0.5)).toBe(true);
    expect(val(bf.fromDecimalString("5.", 10)).eq(5)).toBe(true);
    expect(bf.fromDecimalString("0.000", 10)).toEqual(bf.ZERO);
    expect(bf.fromDecimalString(" 2.5e1 ", 10)).toEqual(bf.round(25n, 0, 10));
    expect(val(bf.fromDecimalString("1.5E-3", 200)).minus("0.0015").abs().lt(new X(2).pow(-205))).toBe(true);
    // Inexact values round to nearest at prec bits: 0.1 at 10 bits is 819/8192 (0.0999755…, the
    // nearest 10-bit value), −0.1 its negative.
    expect(bf.fromDecimalString("0.1", 10)).toEqual({ m: 819n, exp: -13 });
    expect(bf.fromDecimalString("-0.1", 10)).toEqual({ m: -819n, exp: -13 });
    // 1/3 ≈ 0.333…: the sticky bit decides (0.3333333 at 8 bits is 171/512 = 0.333984…).
    expect(bf.fromDecimalString("0.3333333", 8)).toEqual({ m: 171n, exp: -9 });
    for (const bad of ["", ".", "e5", "1e", "abc", "--1", "1.2.3"])
      expect(() => bf.fromDecimalString(bad, 10), bad).toThrow(/^bigfloat-scalar: not a decimal number/);
  });
  it("toDecimalString truncates toward zero at sig digits, for any exponent and sign", () => {
    expect(bf.toDecimalString(bf.ZERO, 5)).toBe("0");
    const check = (a: bf.BigScalar, sig: number) => {
      const s = bf.toDecimalString(a, sig);
      const v = new X(s);
      const exact = val(a);
      // Truncated: never beyond the exact value, and within one unit of the sig-th digit.
      expect(v.abs().lte(exact.abs()), s).toBe(true);
      expect(
        exact
          .minus(v)
          .abs()
          .lte(exact.abs().times(new X(10).pow(1 - sig))),
        s,
      ).toBe(true);
      expect(v.isNeg()).toBe(exact.isNeg());
    };
    check({ m: 3n, exp: -2 }, 10);
    check({ m: -(3n ** 50n), exp: 40 }, 12);
    check({ m: 3n ** 50n, exp: -300 }, 25);
    check({ m: 12345n, exp: 200 }, 3);
    check({ m: -7n, exp: 0 }, 1);
    expect(bf.toDecimalString({ m: -3n, exp: -2 }, 3)).toMatch(/^-\d+e-?\d+$/);
  });
});
