import { describe, expect, it } from "vitest";
import { matrixPower, trotterErrorFloat, trotterStepFloat } from "../../src/linalg/trotter-float.js";
import { fromRows, toRows } from "../../src/linalg/matrix.js";

describe("float Trotter error", () => {
  it("matches the mpmath fixture for Pauli X, Z (n = 1024) to float accuracy", () => {
    // fixtures/trotter-cases.json: pauli, n = 1024, order 1 → 0.001336935613060126926988…
    // Float64 rounding of mathjs's factors compounds over the 1024 steps: ≈ 5e-10 relative.
    expect(
      trotterErrorFloat(
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
        1024,
        1,
      ),
    ).toBeCloseTo(0.001336935613060127, 10);
    expect(
      trotterErrorFloat(
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
        2,
        2,
      ),
    ).toBeCloseTo(0.1886332426649494, 12);
  });

  it("is ~0 for commuting layers and matrixPower is binary powering", () => {
    expect(
      trotterErrorFloat(
        [
          [
            [1, 0],
            [0, 2],
          ],
          [
            [3, 0],
            [0, -1],
          ],
        ],
        1,
        3,
      ),
    ).toBeLessThan(1e-13);
    expect(
      toRows(
        matrixPower(
          fromRows([
            [1, 1],
            [0, 1],
          ]),
          13,
        ),
      ),
    ).toEqual([
      [1, 13],
      [0, 1],
    ]);
    expect(
      toRows(
        matrixPower(
          fromRows([
            [2, 0],
            [0, 3],
          ]),
          0,
        ),
      ),
    ).toEqual([
      [1, 0],
      [0, 1],
    ]);
  });
});

describe("float Trotter functions: domain (issue 15)", () => {
  const X = [
    [0, 1],
    [1, 0],
  ];
  const Z = [
    [1, 0],
    [0, -1],
  ];
  it("refuse bad layers, β, n and order, naming them", () => {
    expect(() => trotterErrorFloat([], 1, 4)).toThrow(/trotterErrorFloat: Hs must hold at least one matrix/);
    expect(() => trotterErrorFloat([X, [[1]]], 1, 4)).toThrow(/Hs\[1\] is 1×1 and Hs\[0\] 2×2/);
    expect(() => trotterErrorFloat([X, Z], Number.NaN, 4)).toThrow(/trotterErrorFloat: beta must be finite/);
    expect(() => trotterErrorFloat([X, Z], 1, 0)).toThrow(
      /trotterErrorFloat: n must be an integer in \[1, 9007199254740992\]/,
    );
    expect(() => trotterErrorFloat([X, Z], 1, 4, 3 as 1)).toThrow(/order must be one of 1, 2, got 3/);
    expect(() => trotterStepFloat([], 1, 4, 1)).toThrow(/trotterStepFloat: Hs must hold at least one matrix/);
  });
  it("take n = 2^53 (the stated limit: ≤ 53 squarings) and refuse 2^53 + 2", () => {
    expect(trotterErrorFloat([X, Z], 1e-12, 2 ** 53)).toBeLessThan(1e-9);
    expect(() => trotterErrorFloat([X, Z], 1, 2 ** 53 + 2)).toThrow(RangeError);
    expect(() => matrixPower(fromRows(X), 2 ** 53 + 2)).toThrow(/matrixPower: k must be an integer/);
    expect(toRows(matrixPower(fromRows(X), 2 ** 53))).toEqual([
      [1, 0],
      [0, 1],
    ]);
  });
  it("refuse a power or product that overflows float64 (was a message about matmul's input)", () => {
    expect(() => matrixPower(fromRows([[2]]), 2 ** 20)).toThrow(/matrixPower: A\^k overflows float64 \(k = 1048576\)/);
    expect(() => trotterErrorFloat([[[-1]]], 1000, 1)).toThrow(/beta = 1000/);
  });
});
