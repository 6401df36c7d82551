import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { solveLinear } from "../../src/linalg/solve.js";

describe("solveLinear", () => {
  // Diagonally dominant systems are well conditioned, so the residual must be at rounding level.
  const system = fc
    .integer({ min: 1, max: 12 })
    .chain((n) =>
      fc.tuple(
        fc.constant(n),
        fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: n * n, maxLength: n * n }),
        fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: n, maxLength: n }),
      ),
    );
  test.prop([system])("solves diagonally dominant systems to a residual at rounding level", ([n, a, b]) => {
    const A = Float64Array.from(a);
    for (let i = 0; i < n; i++) A[i * n + i] += (i % 2 ? -1 : 1) * (n + 1);
    const x = solveLinear(A, b, n);
    for (let i = 0; i < n; i++) {
      let r = -b[i];
      for (let j = 0; j < n; j++) r += A[i * n + j] * x[j];
      expect(Math.abs(r)).toBeLessThanOrEqual(1e-12 * (1 + Math.abs(b[i])) * n);
    }
  });
  it("needs pivoting on a zero leading entry, and leaves its inputs alone", () => {
    const A = [0, 1, 1, 0];
    const b = [2, 3];
    expect(Array.from(solveLinear(A, b, 2))).toEqual([3, 2]);
    expect(A).toEqual([0, 1, 1, 0]);
  });
  it("rejects singular matrices, mismatched sizes and non-finite entries", () => {
    expect(() => solveLinear([1, 2, 2, 4], [1, 1], 2)).toThrow(/singular/);
    expect(() => solveLinear([1, 0, 0], [1, 1], 2)).toThrow(/A must have length 4/);
    expect(() => solveLinear([1, 0, 0, 1], [1], 2)).toThrow(/b must have length 2/);
    expect(() => solveLinear([1, 0, Number.NaN, 1], [1, 1], 2)).toThrow(/A\[2\] must be finite, got NaN/);
  });
});
