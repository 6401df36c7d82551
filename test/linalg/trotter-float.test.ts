import { describe, expect, it } from "vitest";
import { matrixPower, trotterErrorFloat } from "../../src/linalg/trotter-float.js";
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
