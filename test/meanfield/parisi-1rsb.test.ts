import { describe, expect, it } from "vitest";
import { distinctOffDiagonal, oneRsbMatrix, stateCount } from "../../src/meanfield/parisi-1rsb.js";

describe("the 1-RSB Parisi matrix", () => {
  it("matches the hand-written n = 4, m = 2 matrix", () => {
    expect(Array.from(oneRsbMatrix(4, 2, 0.1, 0.6))).toEqual([
      0, 0.6, 0.1, 0.1, 0.6, 0, 0.1, 0.1, 0.1, 0.1, 0, 0.6, 0.1, 0.1, 0.6, 0,
    ]);
  });
  it("has two off-diagonal values and n/m states (second road: counting blocks directly)", () => {
    for (const [n, m] of [
      [6, 2],
      [12, 3],
      [12, 6],
      [20, 4],
    ]) {
      const Q = oneRsbMatrix(n, m, 0.2, 0.7);
      expect(distinctOffDiagonal(Q, n)).toEqual([0.2, 0.7]);
      expect(stateCount(Q, n)).toBe(n / m);
    }
  });
  it("rejects a block size that does not divide n", () => expect(() => oneRsbMatrix(5, 2, 0, 1)).toThrow(RangeError));
});
