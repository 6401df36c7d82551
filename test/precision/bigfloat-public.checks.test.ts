/**
 * Every function of the public bigfloat namespace checks its arguments once, names itself and the
 * argument, and otherwise returns the kernel's value (the namespace adds checks, never arithmetic).
 */
import { describe, expect, it } from "vitest";
import { Decimal } from "decimal.js";
import * as pub from "../../src/precision/bigfloat-public.js";
import * as kernel from "../../src/precision/bigfloat-matrix.js";

const D = Decimal.clone({ precision: 30 });
const A = (): pub.BigMatrix => ({ n: 2, m: [3n, -1n, 2n, 5n], exp: -2 });
const B = (): pub.BigMatrix => ({ n: 2, m: [1n, 4n, -7n, 2n], exp: 1 });
const s = (): pub.BigScalar => ({ m: 3n, exp: -1 });
const BIG = 1n << (2n ** 20n); // 2^20 + 1 bits: one past the mantissa limit
const EDGE = (1n << (2n ** 20n)) - 1n; // exactly 2^20 bits: allowed

/** Matrix-argument checks of `fn` on its argument `name`, called through `call`. */
function matrixChecks(fn: string, name: string, call: (M: unknown) => unknown): void {
  const re = (tail: string) => new RegExp(`^${fn}: ${name.replace(/[[\]]/g, "\\$&")}${tail}`);
  expect(() => call(null), `${fn} null`).toThrow(re(" must be an object"));
  expect(() => call({ n: 0, m: [], exp: 0 })).toThrow(re("\\.n must be an integer in \\[1, 128\\]"));
  expect(() => call({ n: 129, m: [], exp: 0 })).toThrow(re("\\.n must be an integer in \\[1, 128\\]"));
  expect(() => call({ n: 2, m: [1n, 2n, 3n], exp: 0 })).toThrow(re("\\.m must be an array of n² = 4 bigints"));
  expect(() => call({ n: 2, m: "abcd", exp: 0 })).toThrow(re("\\.m must be an array"));
  expect(() => call({ n: 2, m: [1n, 2n, 3, 4n], exp: 0 })).toThrow(re("\\.m\\[2\\] must be a bigint"));
  expect(() => call({ n: 1, m: [BIG], exp: 0 })).toThrow(
    re("\\.m\\[0\\] must have at most 2\\^20 bits, got 1048577 bits"),
  );
  expect(() => call({ n: 1, m: [1n], exp: 2 ** 50 + 1 })).toThrow(re("\\.exp must be an integer"));
  expect(() => call({ n: 1, m: [1n], exp: -(2 ** 50) - 1 })).toThrow(re("\\.exp must be an integer"));
  expect(() => call({ n: 1, m: [1n], exp: 0.5 })).toThrow(re("\\.exp must be an integer"));
}

function scalarChecks(fn: string, name: string, call: (S: unknown) => unknown): void {
  const re = (tail: string) => new RegExp(`^${fn}: ${name}${tail}`);
  expect(() => call(7)).toThrow(re(" must be an object"));
  expect(() => call({ m: 1, exp: 0 })).toThrow(re("\\.m must be a bigint"));
  expect(() => call({ m: BIG, exp: 0 })).toThrow(re("\\.m must have at most 2\\^20 bits"));
  expect(() => call({ m: 1n, exp: 2 ** 50 + 1 })).toThrow(re("\\.exp must be an integer"));
}

function bitsChecks(fn: string, call: (bits: unknown) => unknown): void {
  for (const b of [0, 2 ** 18 + 1, 1.5])
    expect(() => call(b), `${fn} bits ${b}`).toThrow(new RegExp(`^${fn}: bits must be an integer in \\[1, 262144\\]`));
}

function ctorChecks(fn: string, call: (D: unknown) => unknown): void {
  for (const bad of [5, () => 0, { precision: 3 }])
    expect(() => call(bad)).toThrow(new RegExp(`^${fn}: D must be a decimal.js constructor`));
}

describe("bigfloat namespace: each function's checks", () => {
  it("matrix arguments (n, m, each mantissa's type and size, exp)", () => {
    matrixChecks("normalize", "A", (M) => pub.normalize(M as never, 10));
    matrixChecks("entryToDecimal", "A", (M) => pub.entryToDecimal(M as never, 0, D));
    matrixChecks("toDecimals", "A", (M) => pub.toDecimals(M as never, D));
    matrixChecks("toNumbers", "A", (M) => pub.toNumbers(M as never));
    matrixChecks("mul", "A", (M) => pub.mul(M as never, A(), 10));
    matrixChecks("mul", "B", (M) => pub.mul(A(), M as never, 10));
    matrixChecks("add", "A", (M) => pub.add(M as never, A(), 10));
    matrixChecks("add", "B", (M) => pub.add(A(), M as never, 10));
    matrixChecks("sub", "A", (M) => pub.sub(M as never, A(), 10));
    matrixChecks("sub", "B", (M) => pub.sub(A(), M as never, 10));
    matrixChecks("scalePow2", "A", (M) => pub.scalePow2(M as never, 1));
    matrixChecks("scale", "A", (M) => pub.scale(M as never, s(), 10));
    matrixChecks("divInt", "A", (M) => pub.divInt(M as never, 3, 10));
    matrixChecks("sum", "As[1]", (M) => pub.sum([A(), M as never], 10));
    matrixChecks("normInfLog2", "A", (M) => pub.normInfLog2(M as never));
    matrixChecks("power", "A", (M) => pub.power(M as never, 2, 10));
    matrixChecks("transpose", "A", (M) => pub.transpose(M as never));
    // A mantissa of exactly 2^20 bits is inside the domain.
    expect(pub.normInfLog2({ n: 1, m: [EDGE], exp: 0 })).toBeCloseTo(2 ** 20, 6);
  });
  it("scalar arguments", () => {
    scalarChecks("scalarToDecimal", "s", (S) => pub.scalarToDecimal(S as never, D));
    scalarChecks("scalarToNumber", "s", (S) => pub.scalarToNumber(S as never));
    scalarChecks("scale", "s", (S) => pub.scale(A(), S as never, 10));
    scalarChecks("fromScalars", "scalars\\[0\\]", (S) => pub.fromScalars(1, [S] as never, 10).n);
  });
  it("bits", () => {
    bitsChecks("normalize", (b) => pub.normalize(A(), b as never));
    bitsChecks("scalarFromDecimal", (b) => pub.scalarFromDecimal("0.5", b as never));
    bitsChecks("fromEntries", (b) => pub.fromEntries([[1]], b as never));
    bitsChecks("fromScalars", (b) => pub.fromScalars(1, [s()], b as never));
    bitsChecks("mul", (b) => pub.mul(A(), B(), b as never));
    bitsChecks("add", (b) => pub.add(A(), B(), b as never));
    bitsChecks("sub", (b) => pub.sub(A(), B(), b as never));
    bitsChecks("scale", (b) => pub.scale(A(), s(), b as never));
    bitsChecks("divInt", (b) => pub.divInt(A(), 3, b as never));
    bitsChecks("sum", (b) => pub.sum([A(), B()], b as never));
    bitsChecks("power", (b) => pub.power(A(), 2, b as never));
  });
  it("decimal.js constructors", () => {
    ctorChecks("entryToDecimal", (C) => pub.entryToDecimal(A(), 0, C as never));
    ctorChecks("toDecimals", (C) => pub.toDecimals(A(), C as never));
    ctorChecks("scalarToDecimal", (C) => pub.scalarToDecimal(s(), C as never));
    ctorChecks("exactDecimal", (C) => pub.exactDecimal("1.5", C as never));
  });
  it("sizes, indices, divisors, exponents and the work bound", () => {
    expect(() => pub.mul(A(), pub.identity(3), 10)).toThrow(/^mul: A is 2×2 and B 3×3: they must agree/);
    expect(() => pub.sub(A(), pub.identity(3), 10)).toThrow(/^sub: A is 2×2 and B 3×3/);
    expect(() => pub.sum([A(), pub.identity(3)], 10)).toThrow(/^sum: As\[0\] is 2×2 and As\[1\] 3×3/);
    expect(() => pub.sum(5 as never, 10)).toThrow(/^sum: As must be an array of matrices/);
    expect(() => pub.sum([], 10)).toThrow(/^sum: As must hold at least one matrix/);
    expect(() => pub.entryToDecimal(A(), 4, D)).toThrow(/^entryToDecimal: i must be an integer in \[0, 3\]/);
    expect(pub.entryToDecimal(A(), 3, D).toString()).toBe("1.25");
    expect(() => pub.divInt(A(), 0n, 10)).toThrow(/^divInt: k must be positive, got 0/);
    expect(() => pub.divInt(A(), -3n, 10)).toThrow(/^divInt: k must be positive/);
    expect(() => pub.divInt(A(), BIG, 10)).toThrow(/^divInt: k must have at most 2\^20 bits/);
    expect(() => pub.divInt(A(), 2.5, 10)).toThrow(/^divInt: k must be an integer/);
    expect(() => pub.scalePow2(A(), 2 ** 50 + 1)).toThrow(/^scalePow2: k must be an integer in/);
    expect(() => pub.power(A(), -1, 10)).toThrow(/^power: k must be an integer in \[0, /);
    expect(() => pub.power(A(), 2 ** 53 + 2, 10)).toThrow(/^power: k must be an integer/);
    expect(() => pub.identity(0)).toThrow(/^identity: n must be an integer in \[1, 128\]/);
    // n³ · bits ≤ 2^31: 128³ · 1024 = 2^31 passes the check (identity products are cheap), 1025 not.
    expect(() => pub.power(pub.identity(128), 1, 1025)).toThrow(/^power: n³ · bits must be at most 2\^31/);
    expect(pub.power(pub.identity(2), 0, 10)).toEqual(kernel.identity(2));
  });
  it("results whose exponent would leave [−2^50, 2^50]", () => {
    const hi = (m: bigint): pub.BigMatrix => ({ n: 1, m: [m], exp: 2 ** 50 - 2 });
    expect(() => pub.scalePow2(hi(1n), 3)).toThrow(
      /^scalePow2: the result's exponent leaves \[-2\^50, 2\^50\] \(k = 3\)/,
    );
    expect(pub.scalePow2(hi(1n), 2).exp).toBe(2 ** 50);
    expect(() => pub.normalize(hi(1n << 20n), 4)).toThrow(/^normalize: the result's exponent leaves/);
    expect(() => pub.mul(hi(3n), hi(3n), 10)).toThrow(/^mul: the result's exponent leaves/);
    expect(() => pub.add(hi(1n << 20n), hi(1n << 20n), 4)).toThrow(/^add: the result's exponent leaves/);
    expect(() => pub.sub(hi(1n << 20n), hi(1n), 4)).toThrow(/^sub: the result's exponent leaves/);
    expect(() => pub.scale(hi(3n), { m: 3n, exp: 10 }, 10)).toThrow(/^scale: the result's exponent leaves/);
    expect(() => pub.divInt(hi(1n << 20n), 3, 4)).toThrow(/^divInt: the result's exponent leaves/);
    expect(() => pub.sum([hi(1n << 20n)], 4)).toThrow(/^sum: the result's exponent leaves/);
    expect(() => pub.fromScalars(1, [{ m: 1n << 20n, exp: 2 ** 50 - 2 }], 4)).toThrow(
      /^fromScalars: the result's exponent leaves/,
    );
    expect(() => pub.power(hi(3n), 2, 10)).toThrow(/^power: A\^k's exponent would leave/);
  });
  it("decimal values: finite, and a decimal exponent within ±10^6", () => {
    expect(() => pub.scalarFromDecimal(Number.NaN, 10)).toThrow(/^scalarFromDecimal: x must be finite/);
    expect(() => pub.scalarFromDecimal("1e-1000001", 10)).toThrow(/^scalarFromDecimal: x must have a decimal exponent/);
    // (1e1000, not the documented edge 1e1000000: the kernel's conversion of 10^(10^5) already takes
    // ~20 s and 10^(10^6) far longer.)
    expect(pub.scalarFromDecimal("1e1000", 10).exp).toBeGreaterThan(3300);
    expect(() => pub.exactDecimal("abc", D)).toThrow(/^exactDecimal: x must be a finite number/);
    expect(() =>
      pub.fromEntries(
        [
          [1, 2],
          [3, "1e2000000"],
        ],
        10,
      ),
    ).toThrow(/^fromEntries: rows\[1\]\[1\] must have a decimal exponent/);
    expect(() =>
      pub.fromEntries(
        [
          [1n, BIG],
          [3, 4],
        ] as never,
        10,
      ),
    ).toThrow(/^fromEntries: rows\[0\]\[1\] must have at most/);
    expect(() => pub.fromEntries("x" as never, 10)).toThrow(/^fromEntries: rows must be an array of rows/);
    expect(() => pub.fromEntries([], 10)).toThrow(/^fromEntries: rows must have 1 to 128 rows, got 0/);
    expect(() => pub.fromEntries(new Array(129).fill([]), 10)).toThrow(/rows must have 1 to 128 rows, got 129/);
    expect(() => pub.fromEntries([[1, 2], 3 as never], 10)).toThrow(/^fromEntries: rows\[1\] must be an array/);
    expect(() => pub.fromEntries([[1, 2], [3]], 10)).toThrow(
      /^fromEntries: rows must be square 2×2, but rows\[1\] has 1/,
    );
    expect(() => pub.scalarFromNumber(Number.POSITIVE_INFINITY)).toThrow(/^scalarFromNumber: x must be finite/);
    expect(() => pub.bitLength(5 as never)).toThrow(/^bitLength: x must be a bigint/);
    expect(() => pub.fromScalars(2, [s()], 10)).toThrow(/^fromScalars: scalars must be an array of n² = 4 scalars/);
    expect(() => pub.fromScalars(0, [], 10)).toThrow(/^fromScalars: n must be an integer in \[1, 128\]/);
  });
});

describe("bigfloat namespace: the kernel's values inside the domain", () => {
  it("every function returns what the kernel returns", () => {
    expect(pub.bitLength(-5n)).toBe(3);
    expect(pub.normalize(A(), 2)).toEqual(kernel.normalize(A(), 2));
    expect(pub.identity(3)).toEqual(kernel.identity(3));
    const t = pub.scalarFromNumber(0.375);
    expect(t).toEqual(kernel.scalarFromNumber(0.375));
    expect(Number(t.m) * 2 ** t.exp).toBe(0.375);
    expect(pub.scalarFromDecimal("0.375", 10)).toEqual(kernel.scalarFromDecimal("0.375", 10));
    expect(
      pub.fromEntries(
        [
          [1n, "0.5"],
          [0.25, new D(-1)],
        ],
        20,
      ),
    ).toEqual(
      kernel.fromEntries(
        [
          [1n, "0.5"],
          [0.25, new D(-1)],
        ],
        20,
      ),
    );
    expect(pub.fromScalars(1, [s()], 10)).toEqual(kernel.fromScalars(1, [s()], 10));
    expect(pub.toDecimals(A(), D).map(String)).toEqual(["0.75", "-0.25", "0.5", "1.25"]);
    expect(pub.scalarToDecimal(s(), D).toString()).toBe("1.5");
    expect(pub.exactDecimal(0.1, Decimal.clone({ precision: 60 })).toString()).toBe(
      "0.1000000000000000055511151231257827021181583404541015625",
    );
    expect(pub.scalarToNumber(s())).toBe(1.5);
    expect(pub.toNumbers(A())).toEqual([
      [0.75, -0.25],
      [0.5, 1.25],
    ]);
    expect(pub.mul(A(), B(), 10)).toEqual(kernel.mul(A(), B(), 10));
    expect(pub.add(A(), B(), 10)).toEqual(kernel.add(A(), B(), 10));
    expect(pub.sub(A(), B(), 10)).toEqual(kernel.sub(A(), B(), 10));
    expect(pub.scalePow2(A(), 5)).toEqual({ ...A(), exp: 3 });
    expect(pub.scale(A(), s(), 10)).toEqual(kernel.scale(A(), s(), 10));
    expect(pub.divInt(A(), 3n, 10)).toEqual(kernel.divInt(A(), 3n, 10));
    expect(pub.divInt(A(), 3, 10)).toEqual(kernel.divInt(A(), 3, 10));
    expect(pub.sum([A(), B(), A()], 10)).toEqual(kernel.sum([A(), B(), A()], 10));
    expect(pub.power(A(), 3, 20)).toEqual(kernel.power(A(), 3, 20));
    expect(pub.transpose(A()).m).toEqual([3n, 2n, -1n, 5n]);
  });
});
