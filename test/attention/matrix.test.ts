import { describe, expect, it } from "vitest";
import {
  add,
  columns,
  hconcat,
  matmul,
  maxAbsDiff,
  rows,
  scale,
  shape,
  transpose,
} from "../../src/attention/matrix.js";

describe("matrix helpers", () => {
  const a = [
    [1, 2],
    [3, 4],
  ];
  it("multiply, transpose, add, scale", () => {
    expect(matmul(a, [[1], [1]])).toEqual([[3], [7]]);
    expect(transpose(a)).toEqual([
      [1, 3],
      [2, 4],
    ]);
    expect(add(a, scale(a, -1))).toEqual([
      [0, 0],
      [0, 0],
    ]);
  });
  it("slices and concatenates", () => {
    expect(hconcat([columns(a, 0, 1), columns(a, 1, 2)])).toEqual(a);
    expect(rows(a, 1, 2)).toEqual([[3, 4]]);
    expect(maxAbsDiff(a, transpose(a))).toBe(1);
  });
  it("rejects ragged and mismatched shapes", () => {
    expect(() => shape([[1], [1, 2]])).toThrow(RangeError);
    expect(() => matmul(a, [[1, 2, 3]])).toThrow(RangeError);
    expect(() => shape([])).toThrow(RangeError);
  });
});

describe("productScale", () => {
  it("is Π(1 + max|m|), 1 for no matrices", async () => {
    const { productScale } = await import("../../src/attention/matrix.js");
    expect(productScale()).toBe(1);
    expect(productScale([[1, -3]], [[0.5]])).toBe(4 * 1.5);
  });
});
