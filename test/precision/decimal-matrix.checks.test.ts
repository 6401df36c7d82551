import { describe, expect, it } from "vitest";
import {
  daxpy,
  decimalContext,
  dcommutator,
  dfrobenius,
  dmul,
  dspectralNorm,
  dsymmetricEigenvalues,
  dtranspose,
  rowsOf,
  toDecimalMatrix,
} from "../../src/precision/decimal-matrix.js";

const D = decimalContext(40);
const I2 = toDecimalMatrix(
  [
    [1, 0],
    [0, 1],
  ],
  D,
);

// Every argument check names its function and argument: a message that lost its function name, or
// a check that no longer fires, is a regression a caller sees (the property suite reads these
// errors as ERROR, never as a verdict).
describe("toDecimalMatrix argument checks", () => {
  it("names the bad constructor, row, entry or size", () => {
    expect(() => toDecimalMatrix([[1]], {} as never)).toThrow(/^toDecimalMatrix: D must be a decimal.js constructor/);
    // A function without a numeric precision is not a decimal.js constructor either.
    expect(() => toDecimalMatrix([[1]], (() => 0) as never)).toThrow(TypeError);
    expect(() => toDecimalMatrix("x" as never, D)).toThrow(/^toDecimalMatrix: rows must be an array of rows/);
    expect(() => toDecimalMatrix([], D)).toThrow(/^toDecimalMatrix: rows must be a non-empty square matrix/);
    expect(() => toDecimalMatrix([[1, 2], 3 as never], D)).toThrow(/^toDecimalMatrix: rows\[1\] must be an array/);
    expect(() => toDecimalMatrix([[1, 2], [3]], D)).toThrow(/^toDecimalMatrix: rows must be square 2×2, but rows\[1\]/);
  });
  it("accepts 2^10 rows (then checks each) and refuses 2^10 + 1", () => {
    // Rows that are not arrays: the size check passes at exactly 1024 and the row check fires.
    expect(() => toDecimalMatrix(new Array(1024).fill(0) as never, D)).toThrow(/rows\[0\] must be an array/);
    expect(() => toDecimalMatrix(new Array(1025).fill(0) as never, D)).toThrow(/at most 1024 rows, got 1025/);
  });
  it("tells a wrong type (TypeError) from an unreadable or infinite value (RangeError)", () => {
    for (const x of [true, null, {}, undefined, 1n])
      expect(() => toDecimalMatrix([[x as never]], D), String(x)).toThrow(
        /^toDecimalMatrix: rows\[0\]\[0\] must be a number, decimal string or Decimal/,
      );
    // Decimal-like (has isFinite) but not readable by decimal.js: passes the type check, fails reading.
    expect(() => toDecimalMatrix([[{ isFinite: () => true } as never]], D)).toThrow(
      /^toDecimalMatrix: rows\[0\]\[0\] is not a decimal number/,
    );
    expect(() => toDecimalMatrix([["abc"]], D)).toThrow(/is not a decimal number/);
    expect(() => toDecimalMatrix([[Number.POSITIVE_INFINITY]], D)).toThrow(/rows\[0\]\[0\] must be finite/);
    // All three input kinds, a Decimal of another precision included, read to the same value.
    const other = decimalContext(10);
    const A = toDecimalMatrix(
      [[0.5, "0.25", new other("0.125")]].concat([
        [1, 2, 3],
        [4, 5, 6],
      ]) as never,
      D,
    );
    expect(A.data.slice(0, 3).map(String)).toEqual(["0.5", "0.25", "0.125"]);
  });
});

describe("the kernels' argument checks", () => {
  const calls: Array<[string, (A: unknown, B: unknown, C: unknown) => unknown]> = [
    ["dmul", (A, B, C) => dmul(A as never, B as never, C as never)],
    ["daxpy", (A, B, C) => daxpy(A as never, 1, B as never, C as never)],
    ["dcommutator", (A, B, C) => dcommutator(A as never, B as never, C as never)],
    ["dfrobenius", (A, _B, C) => dfrobenius(A as never, C as never)],
    ["dsymmetricEigenvalues", (A, _B, C) => dsymmetricEigenvalues(A as never, C as never)],
    ["dspectralNorm", (A, _B, C) => dspectralNorm(A as never, C as never)],
  ];
  for (const [fn, call] of calls) {
    it(`${fn} names itself, the constructor and the matrix`, () => {
      expect(() => call(I2, I2, {})).toThrow(new RegExp(`^${fn}: D must be a decimal.js constructor`));
      expect(() => call(I2, I2, () => 0)).toThrow(new RegExp(`^${fn}: D must be`));
      expect(() => call(I2, I2, { precision: 40 })).toThrow(new RegExp(`^${fn}: D must be`));
      expect(() => call(null, I2, D)).toThrow(new RegExp(`^${fn}: A must be a DecimalMatrix`));
      expect(() => call(7, I2, D)).toThrow(new RegExp(`^${fn}: A must be a DecimalMatrix`));
      expect(() => call({ n: 0, data: [] }, I2, D)).toThrow(new RegExp(`^${fn}: A\\.n must be an integer`));
      expect(() => call({ n: 2, data: I2.data.slice(0, 3) }, I2, D)).toThrow(
        new RegExp(`^${fn}: A\\.data must be an array of n² = 4 Decimals`),
      );
      for (const bad of [1, null, "1", { isFinite: 1 }]) {
        const data = I2.data.slice();
        data[1] = bad as never;
        expect(() => call({ n: 2, data }, I2, D), String(bad)).toThrow(
          new RegExp(`^${fn}: A\\.data\\[1\\] must be a Decimal`),
        );
      }
      const nan = I2.data.slice();
      nan[3] = new D(Number.NaN);
      expect(() => call({ n: 2, data: nan }, I2, D)).toThrow(new RegExp(`^${fn}: A\\.data\\[3\\] must be finite`));
    });
  }
  for (const [fn, call] of calls.slice(0, 3))
    it(`${fn} checks B and the sizes`, () => {
      expect(() => call(I2, null, D)).toThrow(new RegExp(`^${fn}: B must be a DecimalMatrix`));
      const I3 = toDecimalMatrix(
        [
          [1, 0, 0],
          [0, 1, 0],
          [0, 0, 1],
        ],
        D,
      );
      expect(() => call(I2, I3, D)).toThrow(new RegExp(`^${fn}: A is 2×2 and B 3×3: they must agree`));
    });
  it("refuses O(n³) work beyond n³ · digits = 2^26 before doing any, naming the function", () => {
    const big = decimalContext(257); // 64³ · 257 > 2^26
    const Z = toDecimalMatrix(
      Array.from({ length: 64 }, () => new Array(64).fill(0)),
      big,
    );
    for (const [fn, run] of [
      ["dmul", () => dmul(Z, Z, big)],
      ["dcommutator", () => dcommutator(Z, Z, big)],
      ["dsymmetricEigenvalues", () => dsymmetricEigenvalues(Z, big)],
      ["dspectralNorm", () => dspectralNorm(Z, big)],
    ] as const)
      expect(run, fn).toThrow(new RegExp(`^${fn}: n³ · D.precision must be at most 2\\^26`));
    expect(() => rowsOf({ n: 1, data: [] } as never)).toThrow(/^rowsOf: A\.data must be/);
    expect(() => dtranspose(null as never)).toThrow(/^dtranspose: A must be a DecimalMatrix/);
  });
});

describe("shapes and the Jacobi corner cases", () => {
  const A = toDecimalMatrix(
    [
      [1, 2, 3],
      [4, 5, 6],
      [7, 8, 9],
    ],
    D,
  );
  it("rowsOf gives exactly n rows and dtranspose exactly n² entries (the transpose by hand)", () => {
    const R = rowsOf(A);
    expect(R.length).toBe(3);
    expect(R.map((r) => r.map(Number))).toEqual([
      [1, 2, 3],
      [4, 5, 6],
      [7, 8, 9],
    ]);
    const T = dtranspose(A);
    expect(T.data.length).toBe(9);
    expect(T.data.map(Number)).toEqual([1, 4, 7, 2, 5, 8, 3, 6, 9]);
  });
  it("rotates past zero off-diagonal entries between equal diagonal ones (θ = 0/0 must be skipped)", () => {
    // [[1,0,1],[0,1,0],[1,0,1]]: eigenvalues 0, 1, 2; the (0,1) entry is 0 with a_00 = a_11.
    const ev = dsymmetricEigenvalues(
      toDecimalMatrix(
        [
          [1, 0, 1],
          [0, 1, 0],
          [1, 0, 1],
        ],
        D,
      ),
      D,
    );
    expect(ev.map((x) => x.toNumber())).toEqual([expect.closeTo(0, 35), expect.closeTo(1, 35), expect.closeTo(2, 35)]);
  });
  it("takes a matrix symmetric to half the digits (10^−25 relative at 40 digits) and refuses 10^−15", () => {
    const near = (d: string) =>
      toDecimalMatrix(
        [
          [2, 1, 0],
          [1, 2, d],
          [0, "1", 2],
        ],
        D,
      );
    // Entries (1,2) and (2,1) differ by 1e−25 relative: within the 10^−20 tolerance.
    const ev = dsymmetricEigenvalues(near("1.0000000000000000000000001"), D);
    // Eigenvalues of [[2,1,0],[1,2,1],[0,1,2]]: 2 − √2, 2, 2 + √2 (to the asymmetry, 1e−25).
    const r2 = new D(2).sqrt();
    expect(ev[0].minus(new D(2).minus(r2)).abs().toNumber()).toBeLessThan(1e-24);
    expect(ev[2].minus(new D(2).plus(r2)).abs().toNumber()).toBeLessThan(1e-24);
    expect(() => dsymmetricEigenvalues(near("1.000000000000001"), D)).toThrow(
      /^dsymmetricEigenvalues: A must be symmetric, but A\[1\]\[2\] differs from A\[2\]\[1\]/,
    );
  });
});
