import { describe, expect, it } from "vitest";
import { Decimal } from "decimal.js";
import {
  add,
  type BigMatrix,
  bitLength,
  divInt,
  entryToDecimal,
  exactDecimal,
  fromEntries,
  fromScalars,
  identity,
  mul,
  normalize,
  normInfLog2,
  power,
  scalarFromDecimal,
  scalarFromNumber,
  scalarToDecimal,
  scalarToNumber,
  scale,
  scalePow2,
  sub,
  sum,
  toDecimals,
  toNumbers,
  transpose,
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

/** The exact value of every entry, m · 2^exp, as a Decimal at 400 digits (enough for every block below). */
const X = Decimal.clone({ precision: 400 });
function exact(A: BigMatrix): string[] {
  return A.m.map((x) => new X(x.toString()).times(new X(2).pow(A.exp)).toString());
}
/** A matrix of bigints as a block with exponent 0. */
function ints(n: number, m: bigint[]): BigMatrix {
  return { n, m, exp: 0 };
}
/** The exact product by the schoolbook formula (a second road beside every kernel of mul). */
function naiveProduct(n: number, a: bigint[], b: bigint[]): bigint[] {
  const c: bigint[] = [];
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      let s = 0n;
      for (let k = 0; k < n; k++) s += a[i * n + k] * b[k * n + j];
      c.push(s);
    }
  return c;
}
/** Round x / 2^s to nearest, ties toward +∞, on exact rationals (floor(x/2^s + 1/2)). */
function roundShift(x: bigint, s: number): bigint {
  const d = 1n << BigInt(s);
  const num = 2n * x + d;
  const den = 2n * d;
  const q = num / den;
  return num < 0n && q * den !== num ? q - 1n : q;
}
/** Deterministic bigints of about `bits` bits, both signs (an LCG on bigints). */
function bigInts(count: number, bits: number, seed: bigint): bigint[] {
  let s = seed;
  const out: bigint[] = [];
  for (let i = 0; i < count; i++) {
    let v = 0n;
    for (let w = 0; w < Math.ceil(bits / 32); w++) {
      s = (s * 6364136223846793005n + 1442695040888963407n) % (1n << 64n);
      v = (v << 32n) | (s >> 32n);
    }
    v >>= BigInt(Math.ceil(bits / 32) * 32 - bits);
    out.push(s & 1n ? -v : v);
  }
  return out;
}

describe("bigfloat-matrix: block operations against exact rationals", () => {
  it("normalize rounds to nearest (ties up) so the largest |mantissa| has `bits` bits", () => {
    // Largest |m| is 9 (4 bits), positive or negative; at 3 bits every mantissa is halved and rounded.
    const A = ints(2, [5n, -9n, 3n, 0n]);
    const N = normalize(A, 3);
    expect(N.m).toEqual([3n, -4n, 2n, 0n]); // 2.5 → 3, −4.5 → −4, 1.5 → 2 (ties toward +∞)
    expect(N.exp).toBe(1);
    const P = normalize(ints(2, [-2n, 9n, 7n, 1n]), 2); // 9 = 1001₂: drop 2 bits
    expect(P.m).toEqual([0n, 2n, 2n, 0n]); // −0.5 → 0, 2.25 → 2, 1.75 → 2, 0.25 → 0
    expect(P.exp).toBe(2);
    // Already short enough: returned as it is; all zeros: exponent reset to 0.
    expect(normalize(A, 4)).toBe(A);
    const Z = normalize({ n: 2, m: [0n, 0n, 0n, 0n], exp: 17 }, 10);
    expect(Z).toEqual({ n: 2, m: [0n, 0n, 0n, 0n], exp: 0 });
  });

  it("identity, transpose, scalePow2", () => {
    expect(identity(3)).toEqual({ n: 3, m: [1n, 0n, 0n, 0n, 1n, 0n, 0n, 0n, 1n], exp: 0 });
    const A = { n: 2, m: [1n, 2n, 3n, 4n], exp: -3 };
    expect(transpose(A)).toEqual({ n: 2, m: [1n, 3n, 2n, 4n], exp: -3 });
    const T = transpose({ n: 3, m: [1n, 2n, 3n, 4n, 5n, 6n, 7n, 8n, 9n], exp: 0 });
    expect(T.m).toEqual([1n, 4n, 7n, 2n, 5n, 8n, 3n, 6n, 9n]);
    expect(exact(scalePow2(A, 5))).toEqual(["4", "8", "12", "16"]);
  });

  it("add and sub align different exponents exactly before the one rounding", () => {
    const A = { n: 2, m: [3n, -1n, 0n, 5n], exp: 2 }; // 12, −4, 0, 20
    const B = { n: 2, m: [1n, 1n, -3n, 7n], exp: -2 }; // 0.25, 0.25, −0.75, 1.75
    expect(exact(add(A, B, 64))).toEqual(["12.25", "-3.75", "-0.75", "21.75"]);
    expect(exact(sub(A, B, 64))).toEqual(["11.75", "-4.25", "0.75", "18.25"]);
    expect(exact(sub(B, A, 64))).toEqual(["-11.75", "4.25", "-0.75", "-18.25"]);
    // Rounded to 3 bits: 21.75 = 87·2^−2 (7 bits), so the unit becomes 2^2 = 4: 21.75 → 20,
    // 12.25 → 12, −3.75 → −4, −0.75 → 0.
    expect(exact(add(A, B, 3))).toEqual(["12", "-4", "0", "20"]);
    expect(() => add(A, identity(3), 64)).toThrow(/cannot add 2×2 and 3×3/);
  });

  it("scale multiplies by a scalar and rounds once", () => {
    const A = { n: 2, m: [3n, -1n, 0n, 5n], exp: 1 }; // 6, −2, 0, 10
    expect(exact(scale(A, scalarFromNumber(-0.75), 64))).toEqual(["-4.5", "1.5", "0", "-7.5"]);
    expect(exact(scale(A, scalarFromNumber(3), 2))).toEqual(["16", "-8", "0", "32"]); // 18, −6, 0, 30 at 2 bits
  });

  it("divInt rounds to nearest for both signs and keeps `bits` significant bits", () => {
    const A = fromEntries(
      [
        [1, -1],
        [2, -7],
      ],
      60,
    );
    const Q = divInt(A, 3n, 60);
    const got = toDecimals(Q, Decimal.clone({ precision: 40 }));
    const want = ["1", "-1", "2", "-7"].map((v) => new X(v).div(3));
    got.forEach((g, i) =>
      expect(
        new X(g)
          .minus(want[i])
          .abs()
          .lte(new X(7).div(3).times(new X(2).pow(-59))),
      ).toBe(true),
    );
    // Exact quotients stay exact; halves round away from the truncation (1/2 at 1 bit: 6/4 = 1.5 → 2 at 1 bit).
    expect(exact(divInt(ints(2, [6n, -6n, 12n, 0n]), 3, 8))).toEqual(["2", "-2", "4", "0"]);
    expect(() => divInt(A, 0, 60)).toThrow(/positive divisor/);
    expect(() => divInt(A, -2n, 60)).toThrow(/positive divisor/);
  });

  it("sum adds exactly and rounds once; power by squaring equals the hand products", () => {
    const A = { n: 2, m: [1n, 2n, 3n, 4n], exp: 0 };
    const B = { n: 2, m: [1n, 1n, 1n, 1n], exp: -1 };
    const C = { n: 2, m: [-1n, 0n, 0n, -1n], exp: 3 };
    expect(exact(sum([A, B, C], 64))).toEqual(["-6.5", "2.5", "3.5", "-3.5"]);
    expect(sum([A], 64)).toEqual(A);
    expect(() => sum([], 64)).toThrow(/no matrices/);
    // Fibonacci: [[1,1],[1,0]]^10 = [[F11, F10], [F10, F9]] = [[89, 55], [55, 34]].
    const F = ints(2, [1n, 1n, 1n, 0n]);
    expect(exact(power(F, 10, 64))).toEqual(["89", "55", "55", "34"]);
    expect(exact(power(F, 1, 64))).toEqual(["1", "1", "1", "0"]);
    expect(power(F, 0, 64)).toEqual(identity(2));
    expect(exact(power(ints(2, [1n, 1n, 0n, 1n]), 7, 64))).toEqual(["1", "7", "0", "1"]);
    expect(() => power(F, -1, 64)).toThrow(RangeError);
    expect(() => power(F, 1.5, 64)).toThrow(RangeError);
  });

  it("mul: every kernel (doubles, bigints, limbs) gives the exact product rounded once, as the schoolbook formula", () => {
    for (const [n, bits, seed] of [
      [2, 20, 1n],
      [3, 20, 2n],
      [3, 90, 3n],
      [4, 90, 4n],
      [5, 150, 5n],
      [8, 200, 6n],
    ] as const) {
      const a = bigInts(n * n, bits, seed);
      const b = bigInts(n * n, bits, seed + 100n);
      const c = naiveProduct(n, a, b);
      const A = { n, m: a, exp: -3 };
      const B = { n, m: b, exp: 5 };
      // Enough bits to be exact, then 40 bits: the exact product shifted and rounded to nearest.
      const big = 2 * bits + 10;
      const P = mul(A, B, big);
      expect(exact(P), `n = ${n}, ${bits} bits`).toEqual(exact({ n, m: c, exp: 2 }));
      const R = mul(A, B, 40);
      let top = 0;
      for (const x of c) top = Math.max(top, (x < 0n ? -x : x).toString(2).length);
      const s = Math.max(0, top - 40); // products already within 40 bits stay as they are
      expect(R.exp, `n = ${n}`).toBe(2 + s);
      expect(R.m, `n = ${n}`).toEqual(c.map((x) => roundShift(x, s)));
    }
    expect(() => mul(identity(2), identity(3), 64)).toThrow(/cannot multiply 2×2 by 3×3/);
  });

  it("fromScalars and fromEntries place every entry on the largest one's grid", () => {
    const M = fromScalars(
      2,
      [
        { m: 3n, exp: 0 },
        { m: 0n, exp: 99 },
        { m: 1n, exp: -4 },
        { m: -5n, exp: 1 },
      ],
      8,
    );
    // Largest top: −5·2 = −10 has top 1 + 3 = 4, so exp = 4 − 8 = −4: every entry exact.
    expect(M.exp).toBe(-4);
    expect(exact(M)).toEqual(["3", "0", "0.0625", "-10"]);
    const Z = fromScalars(
      2,
      [
        { m: 0n, exp: 3 },
        { m: 0n, exp: 1 },
        { m: 0n, exp: 0 },
        { m: 0n, exp: 0 },
      ],
      8,
    );
    expect(Z).toEqual({ n: 2, m: [0n, 0n, 0n, 0n], exp: 0 });
    // At 2 bits the 3 rounds to the grid of 2^2 (−10 → −8 at exp 2: −10/4 = −2.5 → −2).
    expect(
      exact(
        fromScalars(
          2,
          [
            { m: 3n, exp: 0 },
            { m: 0n, exp: 0 },
            { m: 1n, exp: -4 },
            { m: -5n, exp: 1 },
          ],
          2,
        ),
      ),
    ).toEqual(["4", "0", "0", "-8"]);
    const E = fromEntries(
      [
        [2n, "0.375"],
        [-0.5, new Decimal("-1.25")],
      ],
      16,
    );
    expect(exact(E)).toEqual(["2", "0.375", "-0.5", "-1.25"]);
    expect(() => fromEntries([], 8)).toThrow(/non-empty/);
    expect(() => fromEntries([[1, 2], undefined as unknown as number[]], 8)).toThrow(/row 1 has no entries/);
    expect(() => fromEntries([[1, 2], [3]], 8)).toThrow(/row 1 has 1 entries/);
  });

  it("scalarFromDecimal: dyadic values exactly, both signs, beyond the double range, zero; rejects non-finite", () => {
    for (const v of ["0.375", "-0.375", "1536", "-3.0517578125e-5"]) {
      const s = scalarFromDecimal(v, 12);
      expect(new X(s.m.toString()).times(new X(2).pow(s.exp)).toString(), v).toBe(new X(v).toString());
      expect(bitLength(s.m), v).toBe(12); // scaled to exactly `bits` bits
    }
    for (const v of ["1e400", "-3e-400"]) {
      const s = scalarFromDecimal(v, 100);
      const back = new X(s.m.toString()).times(new X(2).pow(s.exp));
      expect(back.div(v).minus(1).abs().lt(new X(2).pow(-99)), v).toBe(true);
      expect(Math.abs(bitLength(s.m) - 100), v).toBeLessThanOrEqual(1);
    }
    expect(scalarFromDecimal("0", 50)).toEqual({ m: 0n, exp: 0 });
    expect(() => scalarFromDecimal("Infinity", 50)).toThrow(/finite/);
    expect(() => scalarFromDecimal("NaN", 50)).toThrow(/finite/);
    expect(() => scalarFromNumber(Number.POSITIVE_INFINITY)).toThrow(/finite/);
    expect(scalarFromNumber(0)).toEqual({ m: 0n, exp: 0 });
    expect(scalarFromNumber(-0.75)).toEqual({ m: -3n * 2n ** 51n, exp: -53 });
  });

  it("scalarToNumber, toNumbers, entryToDecimal, exactDecimal and toDecimals read the block's values", () => {
    // 2^100 + 2^40 at exponent −100: 1 + 2^−60, which rounds to the double 1.
    expect(scalarToNumber({ m: (1n << 100n) + (1n << 40n), exp: -100 })).toBe(1);
    expect(scalarToNumber({ m: -((1n << 70n) + (1n << 18n)), exp: -60 })).toBe(-(2 ** 10) - 2 ** -42);
    expect(scalarToNumber({ m: 0n, exp: 5 })).toBe(0);
    expect(scalarToNumber({ m: 3n, exp: -2 })).toBe(0.75);
    const A = { n: 2, m: [1n, -3n, 0n, 5n], exp: -1 };
    expect(toNumbers(A)).toEqual([
      [0.5, -1.5],
      [0, 2.5],
    ]);
    const D5 = Decimal.clone({ precision: 5 });
    expect(entryToDecimal(A, 1, D5).toString()).toBe("-1.5");
    expect(entryToDecimal(A, 2, D5).toString()).toBe("0");
    expect(toDecimals({ n: 1, m: [1n], exp: -20 }, D5)[0].toString()).toBe("9.5367e-7"); // 2^−20 = 9.5367431…e−7
    expect(toDecimals(A, D5).map(String)).toEqual(["0.5", "-1.5", "0", "2.5"]);
    expect(exactDecimal(0.7, Decimal.clone({ precision: 60 })).toString()).toBe(
      "0.6999999999999999555910790149937383830547332763671875",
    );
    expect(exactDecimal("0.7", D5).toString()).toBe("0.7");
  });

  it("normInfLog2 bounds the largest absolute row sum from above, tightly, also past 60 bits", () => {
    expect(normInfLog2({ n: 2, m: [0n, 0n, 0n, 0n], exp: 3 })).toBe(Number.NEGATIVE_INFINITY);
    // Rows |3| + |−5| = 8 and 1 + 2 = 3 at exponent −2: norm 2, log₂ = 1.
    const a = normInfLog2({ n: 2, m: [3n, -5n, 1n, 2n], exp: -2 });
    expect(a).toBeGreaterThanOrEqual(1);
    expect(a).toBeLessThan(1 + 1e-9);
    // Second row larger: |−7| + |9| = 16 → log₂ = 4 − 2 = 2.
    const b = normInfLog2({ n: 2, m: [1n, 1n, -7n, 9n], exp: -2 });
    expect(b).toBeGreaterThanOrEqual(2);
    expect(b).toBeLessThan(2 + 1e-9);
    // 80-bit row sums: (2^80 − 1) + 2^79 = 3·2^79 − 1, log₂ just below 79 + log₂3.
    const big = { n: 2, m: [(1n << 80n) - 1n, -(1n << 79n), 1n, 1n], exp: -79 };
    const c = normInfLog2(big);
    expect(c).toBeGreaterThanOrEqual(Math.log2(3) - 1e-15);
    expect(c).toBeLessThan(Math.log2(3) + 1e-9);
  });
});
