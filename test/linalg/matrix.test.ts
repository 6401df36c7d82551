import { describe, expect, it } from "vitest";
import {
  commutator,
  fromRows,
  frobeniusNorm,
  matmul,
  spectralNorm,
  symmetricEigen,
  toRows,
} from "../../src/linalg/matrix.js";

describe("float64 matrices", () => {
  it("multiplies and commutes Pauli matrices", () => {
    const X = fromRows([
      [0, 1],
      [1, 0],
    ]);
    const Z = fromRows([
      [1, 0],
      [0, -1],
    ]);
    expect(toRows(matmul(X, Z))).toEqual([
      [0, -1],
      [1, 0],
    ]);
    expect(toRows(commutator(X, Z))).toEqual([
      [0, -2],
      [2, 0],
    ]);
  });

  it("Jacobi eigenpairs satisfy Av = λv", () => {
    const A = fromRows([
      [4, 1, -2],
      [1, 2, 0],
      [-2, 0, 3],
    ]);
    const { values, vectors } = symmetricEigen(A);
    for (let k = 0; k < 3; k++)
      for (let i = 0; i < 3; i++) {
        let s = 0;
        for (let j = 0; j < 3; j++) s += A.data[i * 3 + j] * vectors.data[j * 3 + k];
        expect(s).toBeCloseTo(values[k] * vectors.data[i * 3 + k], 12);
      }
    expect(values[0]).toBeLessThanOrEqual(values[1]);
  });

  it("spectral norm: largest singular value, between Frobenius/√n and Frobenius", () => {
    const A = fromRows([
      [1, 2],
      [3, 4],
    ]);
    // Singular values of [[1,2],[3,4]]: √(15 ± √221).
    expect(spectralNorm(A)).toBeCloseTo(Math.sqrt(15 + Math.sqrt(221)), 12);
    expect(spectralNorm(A)).toBeLessThanOrEqual(frobeniusNorm(A));
    expect(
      spectralNorm(
        fromRows([
          [0, -3],
          [-3, 0],
        ]),
      ),
    ).toBeCloseTo(3, 14);
    // Subnormal entries: scaling by 1/max would overflow.
    expect(
      spectralNorm(
        fromRows([
          [5e-320, 0],
          [0, -1e-321],
        ]),
      ),
    ).toBe(5e-320);
  });

  it("rejects ragged and non-finite input", () => {
    expect(() => fromRows([[1, 2], [3]])).toThrow(RangeError);
    expect(() => fromRows([[Number.POSITIVE_INFINITY]])).toThrow(RangeError);
  });
});
