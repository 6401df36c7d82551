import { describe, expect, it } from "vitest";
import { expmFloat } from "../../src/linalg/expm.js";
import { fromRows, matmul, toRows } from "../../src/linalg/matrix.js";
import { randomSymmetric } from "../../src/linalg/random.js";
import { decimalContext, rowsOf } from "../../src/precision/decimal-matrix.js";
import { layerExponentialProduct, minusBetaSum } from "../../src/precision/layer-product.js";
import { Prng } from "../../src/random/prng.js";

describe("layerExponentialProduct and minusBetaSum", () => {
  it("agree with mathjs's float expm (second road) to 1e-12", () => {
    const prng = new Prng(5);
    for (let trial = 0; trial < 4; trial++) {
      const Hs = [0, 1, 2].map((l) => randomSymmetric(prng.split(10 * trial + l), 3, 0.5));
      const beta = 0.75;
      const P = rowsOf(layerExponentialProduct(Hs, beta, 30, decimalContext(30))).map((r) => r.map(Number));
      const F = toRows(
        Hs.map((H) => fromRows(expmFloat(H.map((r) => r.map((x) => -beta * x))))).reduce((a, b) => matmul(a, b)),
      );
      for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) expect(Math.abs(P[i][j] - F[i][j])).toBeLessThan(1e-12);
      const S = minusBetaSum(Hs, beta);
      for (let i = 0; i < 3; i++)
        for (let j = 0; j < 3; j++) expect(S[i][j]).toBeCloseTo(-beta * (Hs[0][i][j] + Hs[1][i][j] + Hs[2][i][j]), 14);
    }
  });
  it("commuting (diagonal) layers: the product is e^{−β Σ diag}", () => {
    const P = rowsOf(
      layerExponentialProduct(
        [
          [
            [1, 0],
            [0, 2],
          ],
          [
            [0.5, 0],
            [0, -1],
          ],
        ],
        1,
        30,
        decimalContext(30),
      ),
    );
    expect(P[0][0].toNumber()).toBeCloseTo(Math.exp(-1.5), 14);
    expect(P[1][1].toNumber()).toBeCloseTo(Math.exp(-1), 14);
    expect(P[0][1].isZero()).toBe(true);
  });
  it("rejects an empty layer list", () => {
    expect(() => minusBetaSum([], 1)).toThrow(RangeError);
    expect(() => layerExponentialProduct([], 1, 20, decimalContext(20))).toThrow(RangeError);
  });
});
