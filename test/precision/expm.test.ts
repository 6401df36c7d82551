import { readFileSync } from "node:fs";
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
    expect(() => expm([[Number.NaN]], { digits: 10 })).toThrow(/NaN/);
    expect(() => expm([[1]], { digits: 0 })).toThrow(RangeError);
  });
});
