/**
 * The public bigfloat namespace (src/precision/bigfloat-public.ts): the kernel's functions with
 * their domain checked at entry (issue 15), the same values as the kernel inside it.
 */
import { describe, expect, it } from "vitest";
import { Decimal } from "decimal.js";
import * as pub from "../../src/precision/bigfloat-public.js";
import * as kernel from "../../src/precision/bigfloat-matrix.js";
import { bigfloat, spectralNormBig } from "../../src/index.js";

const D = Decimal.clone({ precision: 30 });
const A = () =>
  pub.fromEntries(
    [
      [1, 0.5],
      [0.25, -1],
    ],
    64,
  );

describe("bigfloat namespace", () => {
  it("is the checked module, with the kernel's values", () => {
    expect(bigfloat.mul).toBe(pub.mul);
    const a = A();
    expect(pub.mul(a, a, 64)).toEqual(kernel.mul(a, a, 64));
    expect(pub.power(a, 5, 64)).toEqual(kernel.power(a, 5, 64));
    expect(pub.toDecimals(a, D).map(String)).toEqual(["1", "0.5", "0.25", "-1"]);
    expect(pub.normInfLog2(pub.scalePow2(a, -3))).toBeCloseTo(Math.log2(1.5) - 3, 10);
  });
  it("names the argument and value outside the domain", () => {
    expect(() => pub.mul(A(), { n: 2, m: [1n, 2n, 3n], exp: 0 }, 64)).toThrow(
      /mul: B\.m must be an array of n² = 4 bigints/,
    );
    expect(() => pub.add(A(), pub.identity(3), 64)).toThrow(/add: A is 2×2 and B 3×3/);
    expect(() => pub.normalize(A(), 0)).toThrow(/normalize: bits must be an integer in \[1, 262144\], got 0/);
    expect(() => pub.scalarFromDecimal("1e2000000", 64)).toThrow(/x must have a decimal exponent in \[-1e6, 1e6\]/);
    expect(() => pub.divInt(A(), 0, 64)).toThrow(/divInt: k must be an integer in \[1, /);
    expect(() => pub.toDecimals(A(), 5 as unknown as typeof Decimal)).toThrow(
      /toDecimals: D must be a decimal.js constructor/,
    );
    expect(() => pub.scalePow2(A(), 2 ** 51)).toThrow(/scalePow2: k must be an integer/);
    expect(() => pub.scalarToNumber({ m: 1n, exp: 2 ** 50 + 1 })).toThrow(/s\.exp must be an integer/);
  });
  it("takes the stated limits: n = 128, bits = 2^18, |exp| = 2^50; refuses one past", () => {
    expect(pub.identity(128).n).toBe(128);
    expect(() => pub.identity(129)).toThrow(/identity: n must be an integer in \[1, 128\], got 129/);
    expect(pub.normalize(A(), 2 ** 18).n).toBe(2);
    expect(pub.scalarToNumber({ m: 1n, exp: 2 ** 50 })).toBe(Number.POSITIVE_INFINITY);
    expect(() => pub.mul(pub.identity(128), pub.identity(128), 1025)).toThrow(/n³ · bits must be at most 2\^31/);
    expect(pub.mul(pub.identity(16), pub.identity(16), 1024).m[0]).toBeGreaterThan(0n);
    expect(() => pub.power(A(), 2 ** 50, 64)).toThrow(/power: A\^k's exponent would leave/);
  });
  it("spectralNormBig checks E, bits and D, with the kernel's value", () => {
    expect(spectralNormBig(pub.identity(2), 64, D).toString()).toBe("1");
    expect(() => spectralNormBig({ n: 2, m: [1n], exp: 0 }, 64, D)).toThrow(/spectralNormBig: E\.m must be/);
    expect(() => spectralNormBig(A(), 2 ** 18 + 1, D)).toThrow(/spectralNormBig: bits must be an integer/);
    expect(() => spectralNormBig(pub.identity(64), 2 ** 12, D)).toThrow(/must be at most 2\^34/);
  });
});
