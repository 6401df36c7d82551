import { describe, expect, it } from "vitest";
import { Decimal } from "decimal.js";
import {
  bitLength,
  divInt,
  fromEntries,
  mul,
  normInfLog2,
  power,
  scalarFromDecimal,
  scalarFromNumber,
  scalarToDecimal,
  sub,
  toDecimals,
  toNumbers,
} from "../../src/precision/bigfloat-matrix.js";

const D = Decimal.clone({ precision: 50 });

describe("bigfloat-matrix", () => {
  it("bitLength matches the binary expansion", () => {
    for (const x of [1n, 2n, 3n, 255n, 256n, -1024n, (1n << 200n) + 5n]) {
      expect(bitLength(x)).toBe((x < 0n ? -x : x).toString(2).length);
    }
    expect(bitLength(0n)).toBe(0);
  });

  it("converts doubles exactly, including subnormals", () => {
    const X = Decimal.clone({ precision: 800 });
    // The exact binary value of the double nearest 0.1.
    expect(scalarToDecimal(scalarFromNumber(0.1), X).toString()).toBe(
      "0.1000000000000000055511151231257827021181583404541015625",
    );
    for (const x of [-3.75, 1e-310, 2 ** 60 + 2 ** 8, Number.MAX_VALUE, 5e-324]) {
      expect(scalarToDecimal(scalarFromNumber(x), X).toNumber()).toBe(x);
    }
  });

  it("converts decimal strings to the requested relative accuracy", () => {
    const s = scalarFromDecimal("0.1", 200);
    const back = scalarToDecimal(s, Decimal.clone({ precision: 70 }));
    expect(back.minus("0.1").abs().lt(new D(2).pow(-200))).toBe(true);
  });

  it("multiplies like float64 on small integer matrices (exactly)", () => {
    const A = fromEntries(
      [
        [1, 2],
        [3, 4],
      ],
      64,
    );
    const B = fromEntries(
      [
        [0, -1],
        [5, 2],
      ],
      64,
    );
    expect(toNumbers(mul(A, B, 64))).toEqual([
      [10, 3],
      [20, 5],
    ]);
  });

  it("subtracts without losing the cancelled digits", () => {
    const A = fromEntries([["1.000000000000000000000000001"]], 200);
    const B = fromEntries([["1"]], 200);
    const d = toDecimals(sub(A, B, 200), D)[0];
    expect(d.minus("1e-27").abs().lt(new D(10).pow(-45))).toBe(true);
  });

  it("divides a short mantissa (the identity) by a large factorial to the working precision", () => {
    const I = fromEntries(
      [
        [1, 0],
        [0, 1],
      ],
      8,
    );
    const f20 = 2432902008176640000n; // 20!
    const x = toDecimals(divInt(I, f20, 200), D)[0];
    expect(x.minus(new D(1).div(f20.toString())).abs().div(x).lt(new D(2).pow(-195))).toBe(true);
  });

  it("divides by integers to the working precision", () => {
    const A = fromEntries([[1]], 120);
    const x = toDecimals(divInt(A, 3, 120), D)[0];
    expect(x.minus(new D(1).div(3)).abs().lt(new D(2).pow(-118))).toBe(true);
  });

  it("powers agree with repeated products and the ∞-norm bound is an upper bound", () => {
    const A = fromEntries(
      [
        [0.5, 0.25],
        [-0.125, 1],
      ],
      100,
    );
    let P = A;
    for (let i = 1; i < 13; i++) P = mul(P, A, 100);
    const Q = power(A, 13, 100);
    const a = toDecimals(P, D);
    const b = toDecimals(Q, D);
    a.forEach((x, i) => expect(x.minus(b[i]).abs().lt(1e-25)).toBe(true));
    expect(2 ** normInfLog2(A)).toBeGreaterThanOrEqual(1.125);
    expect(2 ** normInfLog2(A)).toBeLessThan(1.125 * (1 + 1e-9));
  });

  it("rejects ragged or NaN input", () => {
    expect(() => fromEntries([[1, 2], [3]], 64)).toThrow(RangeError);
    expect(() => fromEntries([[Number.NaN]], 64)).toThrow(/NaN/);
  });
});
