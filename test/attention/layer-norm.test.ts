import { describe, expect, it } from "vitest";
import {
  layerNorm,
  tangentProjection,
  thesisMultiHeadConcat,
  thesisMultiHeadSum,
} from "../../src/attention/layer-norm.js";
import { maxAbsDiff } from "../../src/attention/matrix.js";

describe("layer norm", () => {
  it("standardises a token", () => {
    const [r] = layerNorm([[1, 3]], 0);
    expect(r).toEqual([-1, 1]);
  });
  it("maps a constant token to zero", () => {
    expect(layerNorm([[2, 2, 2]])[0]).toEqual([0, 0, 0]);
  });
});

describe("tangent projection", () => {
  it("removes the component along a unit x", () => {
    expect(tangentProjection([1, 0], [3, 4])).toEqual([0, 4]);
  });
  it("rejects mismatched dimensions", () => {
    expect(() => tangentProjection([1], [1, 2])).toThrow(RangeError);
  });
});

describe("eq 2.12 heads", () => {
  it("projected sum equals concatenation on a fixed two-head example", () => {
    const x = [
      [1, 0],
      [0, 2],
    ];
    const heads = {
      wq: [
        [[1], [0]],
        [[0], [1]],
      ],
      wk: [
        [[1], [1]],
        [[0.5], [0]],
      ],
      wv: [
        [1, 2],
        [3, 4],
      ],
    };
    expect(maxAbsDiff(thesisMultiHeadSum(x, heads), thesisMultiHeadConcat(x, heads))).toBe(0);
  });
  it("rejects a head count that does not divide D", () => {
    const heads = {
      wq: [
        [[1], [0]],
        [[1], [0]],
        [[1], [0]],
      ],
      wk: [
        [[1], [0]],
        [[1], [0]],
        [[1], [0]],
      ],
      wv: [
        [1, 0],
        [0, 1],
      ],
    };
    expect(() => thesisMultiHeadSum([[1, 0]], heads)).toThrow(RangeError);
  });
});
