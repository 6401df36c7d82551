import { test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  attention,
  columnSoftmax,
  headBlock,
  pairEnergy,
  leanAttentionMatrix,
  multiHeadConcat,
  multiHeadSumOfBlocks,
  placeholderSum,
  rowSoftmax,
  symmetricPart,
} from "../../src/attention/attention.js";
import { qkv } from "../../src/attention/arbitraries.js";
import { maxAbsDiff, transpose } from "../../src/attention/matrix.js";

describe("attention", () => {
  it("attends uniformly when all scores are equal, and copies the mean value", () => {
    const q = [[0], [0]];
    const { weights, output } = attention(q, [[1], [2]], [[2], [4]]);
    expect(weights).toEqual([
      [0.5, 0.5],
      [0.5, 0.5],
    ]);
    expect(output).toEqual([[3], [3]]);
  });

  it("masks future keys under the causal option", () => {
    const { weights } = attention([[1], [1]], [[1], [1]], [[0], [1]], { causal: true });
    expect(weights).toEqual([
      [1, 0],
      [0.5, 0.5],
    ]);
  });

  it("uses 1/√d_k by default", () => {
    const q = [[1, 1]];
    const k = [
      [1, 1],
      [0, 0],
    ];
    const w = attention(q, k, [[1], [0]]).weights[0];
    expect(w[0] / w[1]).toBeCloseTo(Math.exp(2 / Math.SQRT2), 12);
  });

  it("rejects mismatched widths", () => {
    expect(() => attention([[1, 2]], [[1]], [[1]])).toThrow(RangeError);
  });

  test.prop([qkv(5, 3)])("the Lean matrix is the row softmax times the row's share of the total mass", ({ q, k }) => {
    const lean = leanAttentionMatrix(q, k, 1);
    const total = lean.flat().reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(1, 12);
    const rowsum = lean.map((r) => r.reduce((a, b) => a + b, 0));
    const renorm = lean.map((r, i) => r.map((x) => x / rowsum[i]));
    const s = q.map((qi) => k.map((kj) => qi.reduce((acc, x, c) => acc + x * kj[c], 0)));
    expect(maxAbsDiff(renorm, rowSoftmax(s))).toBeLessThan(1e-12);
  });

  it("column softmax is the transpose of the row softmax of the transpose", () => {
    const s = [
      [1, 2],
      [0, 5],
    ];
    expect(columnSoftmax(s)).toEqual(transpose(rowSoftmax(transpose(s))));
  });
});

describe("multi-head attention", () => {
  it("sum of blocks equals concatenation on a fixed example", () => {
    const x = [
      [1, 0],
      [0, 1],
      [1, 1],
    ];
    const eye = [
      [1, 0],
      [0, 1],
    ];
    const heads = [
      { wq: eye, wk: eye, wv: eye },
      {
        wq: [
          [0.5, 0],
          [0, -1],
        ],
        wk: eye,
        wv: [
          [0, 1],
          [1, 0],
        ],
      },
    ];
    const wo = [
      [1, 0],
      [0, 1],
      [2, 0],
      [0, 2],
    ];
    expect(maxAbsDiff(multiHeadConcat(x, heads, wo), multiHeadSumOfBlocks(x, heads, wo))).toBeLessThan(1e-14);
    expect(headBlock(wo, 1, 2)).toEqual([
      [2, 0],
      [0, 2],
    ]);
  });

  it("placeholder sum pads each block into its own columns", () => {
    expect(
      placeholderSum([
        [[1], [2]],
        [
          [3, 4],
          [5, 6],
        ],
      ]),
    ).toEqual([
      [1, 3, 4],
      [2, 5, 6],
    ]);
  });

  it("rejects a W_O with the wrong number of rows", () => {
    const eye = [[1]];
    expect(() => multiHeadSumOfBlocks([[1]], [{ wq: eye, wk: eye, wv: eye }], [[1], [1]])).toThrow(RangeError);
  });
});

describe("Ising energy", () => {
  it("computes −Σ J_ij s_i s_j for scalar spins", () => {
    expect(
      pairEnergy(
        [
          [0, 1],
          [0, 0],
        ],
        [[1], [-1]],
      ),
    ).toBe(1);
  });
  it("the symmetric part of J is (J + Jᵀ)/2", () => {
    expect(
      symmetricPart([
        [0, 2],
        [0, 0],
      ]),
    ).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });
});
