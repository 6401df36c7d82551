import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { grid, matrix, qkv, squareMatrix } from "../../src/attention/arbitraries.js";

describe("attention arbitraries", () => {
  it("grid draws from a 1e-4 grid of [lo, hi]", () => {
    for (const v of fc.sample(grid(-2, 3), { seed: 1, numRuns: 200 })) {
      expect(v).toBeGreaterThanOrEqual(-2);
      expect(v).toBeLessThanOrEqual(3);
      expect(Math.abs(v * 1e4 - Math.round(v * 1e4))).toBeLessThan(1e-6);
    }
  });
  it("matrix, qkv and squareMatrix have the stated shapes", () => {
    for (const m of fc.sample(matrix(3, 2), { seed: 2, numRuns: 20 })) expect([m.length, m[0].length]).toEqual([3, 2]);
    for (const { q, k, v } of fc.sample(qkv(4, 3), { seed: 3, numRuns: 20 })) {
      expect(q.length).toBeLessThanOrEqual(4);
      expect(q[0].length).toBeLessThanOrEqual(3);
      expect([k.length, v.length]).toEqual([q.length, q.length]);
    }
    for (const m of fc.sample(squareMatrix(4), { seed: 4, numRuns: 20 })) expect(m[0].length).toBe(m.length);
  });
  it("refuse bad bounds and sizes, naming them (issue 15), and take the stated limits", () => {
    expect(() => grid(Number.NaN, 1)).toThrow(/grid: lo must be finite, got NaN/);
    expect(() => grid(2, 1)).toThrow(/grid: hi must be in \[lo, 100000000000\]/);
    expect(() => grid(-1e11, 2e11)).toThrow(RangeError);
    expect(fc.sample(grid(-1e11, 1e11), { seed: 5, numRuns: 5 }).every(Number.isFinite)).toBe(true);
    expect(() => matrix(0, 2)).toThrow(/matrix: n must be an integer in \[1, 4096\], got 0/);
    expect(() => matrix(2, 4097)).toThrow(/matrix: m must be/);
    expect(() => qkv(2.5, 2)).toThrow(/qkv: maxN must be/);
    expect(() => squareMatrix(Number.POSITIVE_INFINITY)).toThrow(/squareMatrix: maxN must be/);
    expect(() => matrix(4096, 1)).not.toThrow();
  });
});
