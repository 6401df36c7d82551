import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal } from "decimal.js";
import { expm, chooseScaling, psProducts, truncationBoundLog2 } from "../../src/precision/expm.js";
import { expmFloat } from "../../src/linalg/expm.js";

interface Fixture {
  digits: number;
  cases: Array<{ name: string; A: string[][]; expm: string[][] }>;
}
const fixture = JSON.parse(readFileSync(new URL("../../fixtures/expm-cases.json", import.meta.url), "utf8")) as Fixture;
const D = Decimal.clone({ precision: 80 });

/** |a − b| ≤ 10^(1−d)·|b| (agreement to d significant digits, one unit of slack in the last). */
function agreeDigits(a: Decimal.Value, b: Decimal.Value, d: number): boolean {
  const x = new D(a);
  const y = new D(b);
  if (y.isZero()) return x.abs().lte(new D(10).pow(-d));
  return x
    .minus(y)
    .abs()
    .lte(y.abs().times(new D(10).pow(1 - d)));
}

describe("expm (arbitrary precision)", () => {
  for (const c of fixture.cases) {
    it(`agrees with mpmath to ${fixture.digits} digits on ${c.name}`, () => {
      const E = expm(c.A, { digits: fixture.digits });
      c.expm.forEach((row, i) =>
        row.forEach((v, j) => {
          expect(agreeDigits(String(E[i][j]), v, fixture.digits), `(${i},${j}) ${String(E[i][j])} vs ${v}`).toBe(true);
        }),
      );
    });
  }

  it("agrees with mathjs's float expm to float accuracy", () => {
    const A = [
      [0.3, -1.2, 0.5],
      [0.7, 0.1, -0.4],
      [-0.2, 0.9, -0.6],
    ];
    const F = expmFloat(A);
    const E = expm(A, { digits: 30 });
    for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) expect(Number(E[i][j])).toBeCloseTo(F[i][j], 13);
  });

  it("returns the closed form e^{d_i} on a diagonal matrix, off-diagonal zeros exactly", () => {
    const E = expm(
      [
        ["-3.25", "0"],
        ["0", "7.5"],
      ],
      { digits: 45 },
    );
    const X = Decimal.clone({ precision: 45 });
    expect(String(E[0][0])).toBe(String(new X("-3.25").exp()));
    expect(String(E[1][1])).toBe(String(new X("7.5").exp()));
    expect(String(E[0][1])).toBe("0");
  });

  it("satisfies e^A e^{−A} = I to the requested digits", () => {
    const A = [
      ["0.5", "2", "-1"],
      ["0.25", "-1", "3"],
      ["1", "0", "0.75"],
    ];
    const minus = A.map((r) => r.map((x) => new D(x).neg().toString()));
    const P = expm(A, { digits: 50 });
    const Q = expm(minus, { digits: 50 });
    for (let i = 0; i < 3; i++)
      for (let j = 0; j < 3; j++) {
        let s = new D(0);
        for (let k = 0; k < 3; k++) s = s.plus(new D(P[i][k]).times(Q[k][j]));
        expect(
          s
            .minus(i === j ? 1 : 0)
            .abs()
            .lt(1e-45),
        ).toBe(true);
      }
  });

  it("reports a truncation bound below the requested accuracy", () => {
    const E = expm(
      [
        [1, 2],
        [3, 4],
      ],
      { digits: 40 },
    );
    expect(E.truncationBound.lt(new D(10).pow(-40))).toBe(true);
    expect(E.scaling).toBeGreaterThan(0);
  });

  it("chooses parameters whose bound meets the target, and the bound decreases in K", () => {
    const { s, K, boundLog2 } = chooseScaling(3, 200);
    expect(boundLog2).toBeLessThanOrEqual(-200 - 8 * Math.log2(Math.E) - 4);
    expect(truncationBoundLog2(3, s, K - 1)).toBeGreaterThan(boundLog2);
  });

  it("counts Paterson–Stockmeyer products: p − 1 powers plus q − 1 Horner steps", () => {
    expect(psProducts(0)).toBe(0); // T = I
    expect(psProducts(3)).toBe(2); // p = 2: B², then one Horner step
    expect(psProducts(20)).toBe(8); // p = 5, q = 5
  });

  it("rejects bad input clearly", () => {
    expect(() => expm([[1, 2]], { digits: 10 })).toThrow(RangeError);
    expect(() => expm([[Number.NaN]], { digits: 10 })).toThrow(/A\[0\]\[0\] must be finite, got NaN/);
    expect(() => expm([[1]], { digits: 0 })).toThrow(RangeError);
  });

  it("holds at its documented limits: ‖A‖_∞ = 2^40, ‖A‖ = 3000 both ways, 10 000 digits, 64×64", () => {
    const X = Decimal.clone({ precision: 60 });
    // e^(2^40) (about 10^(4.8·10¹¹)) and a rotation by 2^40 radians.
    expect(String(expm([[2 ** 40]], { digits: 20 })[0][0])).toBe(String(X.exp(2 ** 40).toSD(20)));
    const R = expm(
      [
        [0, 2 ** 40],
        [-(2 ** 40), 0],
      ],
      { digits: 20 },
    );
    expect(String(R[0][0])).toBe(String(X.cos(2 ** 40).toSD(20)));
    // cosh, sinh 3000 (≈ 10^1302), and an entry e^−3000 beside e^1 (4330 bits below it).
    const C = expm(
      [
        [0, 3000],
        [3000, 0],
      ],
      { digits: 20 },
    );
    expect(String(C[0][1])).toBe(String(X.sinh(3000).toSD(20)));
    const S = expm(
      [
        [-3000, 0],
        [0, 1],
      ],
      { digits: 20 },
    );
    expect(String(S[0][0])).toBe(String(X.exp(-3000).toSD(20)));
    expect(String(S[0][1])).toBe("0");
    // 10 000 digits of e^[[0,1],[1,0]] = [[cosh 1, sinh 1], …]: cosh² − sinh² = 1 to the last digits.
    const E = expm(
      [
        [0, 1],
        [1, 0],
      ],
      { digits: 10000 },
    );
    const W = Decimal.clone({ precision: 20050 });
    const c = new W(E[0][0]);
    const sh = new W(E[0][1]);
    expect(String(E[0][0]).replace(/[.]/g, "").length).toBeGreaterThan(9990); // trailing zeros are not printed
    expect(c.times(c).minus(sh.times(sh)).minus(1).abs().lt("1e-9995")).toBe(true);
    expect(String(E[0][0]).slice(0, 42)).toBe(String(X.cosh(1).toSD(41)));
    // The largest dimension (at the digits its work budget allows) against the float road.
    const n = 64;
    const A = Array.from({ length: n }, (_, i) =>
      Array.from({ length: n }, (_, j) => (((i * 7 + j * 3) % 5) - 2) / 16),
    );
    const F = expmFloat(A);
    const B = expm(A, { digits: 12 });
    for (let i = 0; i < n; i += 9) for (let j = 0; j < n; j += 7) expect(Number(B[i][j])).toBeCloseTo(F[i][j], 10);
  });

  it("refuses past its limits with a RangeError naming the argument and value", () => {
    expect(() => expm([[2 ** 41]], { digits: 10 })).toThrow(/‖A‖_∞ must be at most 2\^40, got ≈ 2\^41/);
    expect(() => expm([[1]], { digits: 10001 })).toThrow(/digits must be an integer in \[1, 10000\], got 10001/);
    const big = Array.from({ length: 65 }, () => new Array(65).fill(0));
    expect(() => expm(big)).toThrow(/dimension must be at most 64, got 65/);
    const eight = Array.from({ length: 8 }, () => new Array(8).fill(1));
    expect(() => expm(eight, { digits: 5000 })).toThrow(/n³ · digits\^1.5 must be at most 50000000.*8³ · 5000/);
    expect(() => expm([[Number.POSITIVE_INFINITY]])).toThrow(/A\[0\]\[0\] must be finite, got Infinity/);
    expect(() => expm([["abc"]])).toThrow(/A\[0\]\[0\] is not a number: "abc"/);
    expect(() => expm([[{} as unknown as number]])).toThrow(TypeError);
    expect(() => expm([[1]], { digits: 10, maxBits: 3 })).toThrow(/maxBits must be an integer ≥ \d+, got 3/);
  });

  it("certifies its digits with a rigorous error ball", () => {
    const E = expm(
      [
        [0.5, -2],
        [1.25, 0.75],
      ],
      { digits: 30 },
    );
    // The ball is below half a unit of the 30th digit of every entry (else it would have raised the precision).
    for (const row of E) for (const x of row) expect(E.errorBound.lt(x.abs().times("1e-30"))).toBe(true);
  });

  it("on bad arguments (fuzzed) returns finite digits or throws a RangeError/TypeError naming expm, quickly", () => {
    const zeros65 = Array.from({ length: 65 }, () => new Array(65).fill(0));
    const matrices = [
      [[Number.NaN]],
      [[Number.POSITIVE_INFINITY]],
      [
        [Number.NEGATIVE_INFINITY, 1],
        [0, 1],
      ],
      [],
      [[1, 2]],
      [[1], [2]],
      [1, 2],
      "abc",
      null,
      undefined,
      [[{}]],
      [["abc"]],
      [["1e999999999"]],
      [[2 ** 41]],
      [[1e300]],
      [
        [-1e300, 0],
        [0, 1],
      ],
      [[1e-300]],
      [
        [5e-324, 1],
        [1, 0],
      ],
      [["0x1p3"]],
      [[2 ** 40]],
      zeros65,
      [[0]],
      [
        [1, 2],
        [3, 4],
      ],
      [
        [-3000, 0],
        [0, 1],
      ],
    ];
    const digitsPool = [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 10001, 1, 5, 34, undefined, "5", null];
    fc.assert(
      fc.property(fc.constantFrom(...matrices), fc.constantFrom(...digitsPool), (A, digits) => {
        const t = performance.now();
        try {
          const E = expm(A as never, { digits: digits as never });
          for (const row of E) for (const x of row) expect(x.isFinite()).toBe(true);
        } catch (e) {
          expect(e instanceof RangeError || e instanceof TypeError, String(e)).toBe(true);
          expect((e as Error).message).toMatch(/^expm: /);
        }
        expect(performance.now() - t).toBeLessThan(5000);
      }),
      { numRuns: 150, seed: 15 },
    );
  });
});
