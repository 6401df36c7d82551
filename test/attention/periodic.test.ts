import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  cycleGraphDistance,
  cyclicShiftMatrix,
  cyclicShiftRows,
  isCirculant,
  openBias,
  periodicBias,
  periodicDistance,
  sinusoidalEncoding,
} from "../../src/attention/periodic.js";

describe("periodic distance", () => {
  it("wraps around", () => {
    expect(periodicDistance(0, 7, 8)).toBe(1);
    expect(periodicDistance(0, 4, 8)).toBe(4);
    expect(periodicDistance(2, 2, 5)).toBe(0);
  });
  it("rejects indices outside ℤ_N", () => {
    expect(() => periodicDistance(0, 8, 8)).toThrow(RangeError);
    expect(() => periodicDistance(0, 0, 0)).toThrow(RangeError);
  });
  test.prop([fc.integer({ min: 1, max: 60 }).chain((n) => fc.tuple(fc.constant(n), fc.nat(n - 1), fc.nat(n - 1)))])(
    "agrees with breadth-first search on the cycle",
    ([n, i, j]) => {
      expect(periodicDistance(i, j, n)).toBe(cycleGraphDistance(i, j, n));
    },
  );
});

describe("biases and shifts", () => {
  it("the periodic bias is circulant, the open one is not", () => {
    const f = (d: number) => -d;
    expect(isCirculant(periodicBias(6, f))).toBe(true);
    expect(isCirculant(openBias(6, f))).toBe(false);
  });
  it("shifts rows cyclically and conjugates matrices consistently", () => {
    expect(cyclicShiftRows([[0], [1], [2]], 1)).toEqual([[2], [0], [1]]);
    const m = [
      [0, 1, 2],
      [3, 4, 5],
      [6, 7, 8],
    ];
    expect(cyclicShiftMatrix(m, 1)[1][1]).toBe(m[0][0]);
    expect(cyclicShiftMatrix(cyclicShiftMatrix(m, 1), -1)).toEqual(m);
  });
  it("sinusoidal encoding at position 0 alternates 0 and 1", () => {
    expect(sinusoidalEncoding(0, 4)).toEqual([0, 1, 0, 1]);
    expect(sinusoidalEncoding(1, 2)[0]).toBeCloseTo(Math.sin(1), 15);
  });
});
