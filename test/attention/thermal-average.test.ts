import { describe, expect, it } from "vitest";
import { rowSoftmax } from "../../src/attention/attention.js";
import { matmul, transpose } from "../../src/attention/matrix.js";
import { thermalAverage, zFromAverage, zPerToken, zPrintedOrder } from "../../src/attention/thermal-average.js";

describe("z_i = W_V⟨x⟩_i in three orders", () => {
  const x = [
    [1, -2],
    [0.5, 3],
    [-1, 0],
  ];
  const wv = [
    [2, 1],
    [-1, 0.5],
  ];
  const alpha = rowSoftmax(matmul(x, transpose(x)));
  it("the three orders agree, and match the matrix product (A X W_Vᵀ) (second road)", () => {
    const z = matmul(matmul(alpha, x), transpose(wv));
    for (let i = 0; i < 3; i++)
      for (let a = 0; a < 2; a++) {
        expect(zPrintedOrder(alpha, x, wv, i, a)).toBeCloseTo(z[i][a], 13);
        expect(zFromAverage(alpha, x, wv, i, a)).toBeCloseTo(z[i][a], 13);
        expect(zPerToken(alpha, x, wv, i, a)).toBeCloseTo(z[i][a], 13);
      }
  });
  it("the thermal average of a uniform row is the plain mean", () => {
    const uni = [[1 / 3, 1 / 3, 1 / 3]];
    expect(thermalAverage(uni, x, 0)[1]).toBeCloseTo(1 / 3, 15);
  });
});
