import { describe, expect, it } from "vitest";
import { separationMargin, separationPValue } from "../../src/numeric/rank-separation.js";
import { Prng } from "../../src/random/prng.js";

describe("separationMargin", () => {
  it("is min(a) − max(b), positive exactly on complete separation", () => {
    expect(separationMargin([5, 7, 6], [1, 4, 2])).toBe(1);
    expect(separationMargin([5, 7, 3], [1, 4, 2])).toBe(-1);
    expect(separationMargin([2], [2])).toBe(0);
  });
  it("refuses empty or non-finite samples", () => {
    expect(() => separationMargin([], [1])).toThrow(RangeError);
    expect(() => separationMargin([1, Number.NaN], [1])).toThrow(/a/);
    expect(() => separationMargin([1], [Number.POSITIVE_INFINITY])).toThrow(/b/);
  });
});

describe("separationPValue", () => {
  it("is 1/C(m+n, m) by hand", () => {
    expect(separationPValue(1, 1)).toBeCloseTo(1 / 2, 15);
    expect(separationPValue(4, 4)).toBeCloseTo(1 / 70, 15);
    expect(separationPValue(6, 6)).toBeCloseTo(1 / 924, 15);
    expect(separationPValue(2, 5)).toBeCloseTo(1 / 21, 15);
    expect(separationPValue(5, 2)).toBeCloseTo(1 / 21, 15);
    // Large arguments stay finite: C(1000, 500) ≈ 2.7e299.
    expect(separationPValue(500, 500)).toBeGreaterThan(0);
  });
  it("matches the frequency of separation of exchangeable samples (second road: simulation, 4 standard errors)", () => {
    const rng = new Prng(17);
    const trials = 200_000;
    let hits = 0;
    for (let t = 0; t < trials; t++) {
      const a = Array.from({ length: 4 }, () => rng.next());
      const b = Array.from({ length: 3 }, () => rng.next());
      if (separationMargin(a, b) > 0) hits++;
    }
    const p = separationPValue(4, 3); // 1/35
    const se = Math.sqrt((p * (1 - p)) / trials);
    expect(Math.abs(hits / trials - p)).toBeLessThan(4 * se);
  });
  it("refuses sizes outside [1, 500]", () => {
    for (const [m, n] of [
      [0, 1],
      [1, 0],
      [1.5, 2],
      [501, 1],
    ])
      expect(() => separationPValue(m, n)).toThrow(RangeError);
  });
});
