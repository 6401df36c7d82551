import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { Decimal } from "decimal.js";
import { trotterError, trotterDifference } from "../../src/precision/trotter.js";
import { trotterErrorFloat } from "../../src/linalg/trotter-float.js";
import { randomCommuting } from "../../src/linalg/random.js";
import { Prng } from "../../src/random/prng.js";
import { decimalContext, dspectralNorm, toDecimalMatrix } from "../../src/precision/decimal-matrix.js";

interface Fixture {
  digits: number;
  cases: Array<{ name: string; Hs: string[][][]; beta: string; n: number; order: 1 | 2; error: string }>;
}
const fixture = JSON.parse(
  readFileSync(new URL("../../fixtures/trotter-cases.json", import.meta.url), "utf8"),
) as Fixture;
const D = Decimal.clone({ precision: 60 });

describe("trotterError", () => {
  for (const c of fixture.cases) {
    it(`agrees with mpmath to ${fixture.digits} digits: ${c.name}, n=${c.n}, order ${c.order}`, () => {
      const e = trotterError(c.Hs, c.beta, c.n, { order: c.order, digits: fixture.digits });
      const rel = new D(String(e)).minus(c.error).abs().div(c.error);
      expect(rel.lte(new D(10).pow(1 - fixture.digits)), `${String(e)} vs ${c.error}`).toBe(true);
    });
  }

  it("agrees with the float road (mathjs expm, Jacobi norm)", () => {
    const A = [
      [1, 0.5],
      [0.5, -0.25],
    ];
    const B = [
      [0, -1],
      [-1, 2],
    ];
    for (const order of [1, 2] as const) {
      const hi = Number(trotterError([A, B], 0.75, 8, { order, digits: 20 }));
      expect(trotterErrorFloat([A, B], 0.75, 8, order)).toBeCloseTo(hi, 12);
    }
  });

  it("is exactly zero for exactly commuting Hamiltonians", () => {
    const Hs = randomCommuting(new Prng(7), 4, 3);
    expect(String(trotterError(Hs, 1.5, 5, { digits: 30 }))).toBe("0");
  });

  it("is 0 for diagonal layers whose exponentials span many orders of magnitude (precision loop settles)", () => {
    // Regression: the search found 32×32 classical layers with e^{−βE} from e^{−70} to e^{+25},
    // where the second pass compared its noise floor at the wrong precision and never settled.
    const diag = (f: (k: number) => number) =>
      Array.from({ length: 32 }, (_, i) => Array.from({ length: 32 }, (_, j) => (i === j ? f(i) : 0)));
    const Hs = [
      diag((k) => ((k * 7) % 23) - 11),
      diag((k) => ((k * 5) % 19) - 9 + 0.25),
      diag((k) => -(((k * 3) % 17) - 8)),
    ];
    expect(String(trotterError(Hs, 1.8125, 1, { digits: 20 }))).toBe("0");
  });

  it("is 0 for an exact product at n ≈ 2^32 (the noise floor grows with log₂ n)", () => {
    // Regression (--explore, trotter.lie-product-limit): layers 2-4 are aI + bX with Σb = 0, so each
    // step is e^{−βH₁/n} times a scalar and the product is exact; squaring 32 times amplified the
    // rounding noise past a floor that ignored n, and the loop threw "did not settle".
    const Hs = [
      [
        [0, 0],
        [0, -0.25],
      ],
      [
        [0.25, 1],
        [1, 0.25],
      ],
      [
        [-1, -0.5],
        [-0.5, -1],
      ],
      [
        [0.5, -0.5],
        [-0.5, 0.5],
      ],
    ];
    for (const n of [2 ** 32, 5436563840]) expect(String(trotterError(Hs, 0.25, n, { digits: 30 }))).toBe("0");
    // The floor moved, not the answer: a non-commuting pair at large n keeps its ≈ 1/n error.
    const X = [
      [0, 1],
      [1, 0],
    ];
    const Z = [
      [1, 0],
      [0, -1],
    ];
    const e1 = Number(trotterError([X, Z], 1, 2 ** 20, { digits: 30 }));
    const e2 = Number(trotterError([X, Z], 1, 2 ** 21, { digits: 30 }));
    expect(e1 / e2).toBeCloseTo(2, 5);
  });

  it("is convertible by Number() and String()", () => {
    const e = trotterError(
      [
        [
          [0, 1],
          [1, 0],
        ],
        [
          [1, 0],
          [0, -1],
        ],
      ],
      1,
      4,
      { digits: 25 },
    );
    expect(Number(e)).toBeCloseTo(0.389208299389644, 15);
    expect(String(e)).toMatch(/^0\.38920829938964403648\d+$/);
  });

  it("returns the difference matrix whose spectral norm (decimal Jacobi) it reports", () => {
    const Hs = [
      [
        [0, 1],
        [1, 0],
      ],
      [
        [1, 0],
        [0, -1],
      ],
    ];
    const E = trotterDifference(Hs, 1, 3, { digits: 30 });
    const C = decimalContext(30);
    const norm = dspectralNorm(toDecimalMatrix(E, C), C);
    const e = trotterError(Hs, 1, 3, { digits: 30 });
    expect(norm.minus(String(e)).abs().lt(new D(10).pow(-25))).toBe(true);
  });

  it("rejects bad input clearly", () => {
    expect(() => trotterError([], 1, 1)).toThrow(RangeError);
    expect(() => trotterError([[[1]]], 1, 0)).toThrow(/n must/);
    expect(() => trotterError([[[1]]], 1, 1, { order: 3 as 1 })).toThrow(/order/);
    expect(() =>
      trotterError(
        [
          [
            [1, 0],
            [0, 1],
          ],
          [[1]],
        ],
        1,
        1,
      ),
    ).toThrow(RangeError);
  });
});

describe("trotterError with a large step gain (factors large on different configurations)", () => {
  // Four classical layers on 4 spins (16×16 diagonal) from a thorough --explore seed: Π‖e^{−βH_l}‖ is
  // 2^36 times ‖∏e^{−βH_l}‖, so the product's rounding sits 2^36 above 2^−bits of its scale.
  const diagonals = [
    [-5.75, -0.75, -0.75, 4.25, 0.25, 1.25, -0.75, 0.25, -1.75, -0.75, 1.25, 2.25, 4.25, 1.25, 1.25, -1.75],
    [-7, -2, -5, 0, -1, 0, 1, 2, 0, 1, 0, 1, 0, -3, 0, -3],
    [2.5, 0.5, 1.5, -0.5, 1.5, -0.5, 0.5, -1.5, 0.5, 0.5, -0.5, -0.5, -0.5, -0.5, -1.5, -1.5],
    [5.5, 0.5, 0.5, 1.5, -0.5, -5.5, -1.5, -0.5, -0.5, -1.5, -5.5, -0.5, 1.5, 0.5, 0.5, 5.5],
  ];
  const diag = (d: number[]) => d.map((x, i) => d.map((_, j) => (i === j ? x : 0)));
  it("calls the exact product of commuting diagonal layers 0 (it threw 'did not settle')", () => {
    expect(trotterError(diagonals.map(diag), 1.6875, 1, { digits: 20 }).isZero()).toBe(true);
  });
  it("with a small non-commuting layer added, agrees with the fixed-precision difference (second road) to 18 digits", () => {
    const X = diag(diagonals[0].map(() => 0)).map((r, i) => r.map((_, j) => (Math.abs(i - j) === 1 ? 2 ** -8 : 0)));
    const Hs = [...diagonals.map(diag), X];
    const e = trotterError(Hs, 1.6875, 1, { digits: 20 });
    expect(e.isZero()).toBe(false);
    const C = decimalContext(60);
    const road = dspectralNorm(toDecimalMatrix(trotterDifference(Hs, 1.6875, 1, { digits: 60 }), C), C);
    expect(road.minus(e).abs().div(road).toNumber()).toBeLessThan(1e-18);
  });
});
