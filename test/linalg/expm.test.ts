import { describe, expect, it } from "vitest";
import { expmFloat } from "../../src/linalg/expm.js";

describe("expmFloat (mathjs)", () => {
  it("exponentiates the rotation generator to cos/sin", () => {
    const E = expmFloat([
      [0, 1],
      [-1, 0],
    ]);
    expect(E[0][0]).toBeCloseTo(Math.cos(1), 13);
    expect(E[0][1]).toBeCloseTo(Math.sin(1), 13);
    expect(E[1][0]).toBeCloseTo(-Math.sin(1), 13);
  });

  it("exponentiates a diagonal matrix entrywise", () => {
    const E = expmFloat([
      [-2, 0],
      [0, 0.5],
    ]);
    expect(E[0][0]).toBeCloseTo(Math.exp(-2), 14);
    expect(E[1][1]).toBeCloseTo(Math.exp(0.5), 14);
    expect(E[0][1]).toBe(0);
  });
});

describe("expmFloat: domain (issue 15)", () => {
  it("refuses non-square, ragged, non-finite or non-matrix A, naming A", () => {
    expect(() => expmFloat([[1, 2, 3]])).toThrow(/expmFloat: A must be square, got 1×3/);
    expect(() => expmFloat([[Number.NaN]])).toThrow(/expmFloat: A\[0\]\[0\] must be finite/);
    expect(() => expmFloat(null as unknown as number[][])).toThrow(/expmFloat: A must be an object/);
    expect(() => expmFloat({ n: 2, data: new Float64Array(3) })).toThrow(/A\.data must have length 4/);
  });
  it("takes n = 128 (the stated limit) and refuses 129", () => {
    const zero = (n: number) => Array.from({ length: n }, () => new Array<number>(n).fill(0));
    expect(expmFloat(zero(128))[127][127]).toBe(1);
    expect(() => expmFloat(zero(129))).toThrow(/expmFloat: A must have at most 128 rows/);
  });
  it("refuses an e^A that overflows float64, naming A", () => {
    expect(() => expmFloat([[800]])).toThrow(/expmFloat: e\^A overflows float64/);
    expect(expmFloat([[700]])[0][0] / Math.exp(700)).toBeCloseTo(1, 11);
  });
});
