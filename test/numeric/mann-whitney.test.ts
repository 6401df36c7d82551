import { describe, expect, it } from "vitest";
import { mannWhitneyLowerTail, mannWhitneyU } from "../../src/numeric/mann-whitney.js";
import { Prng } from "../../src/random/prng.js";

describe("mannWhitneyU", () => {
  it("counts the pairs in which a is not above b, ties as ½", () => {
    expect(mannWhitneyU([5, 7, 6], [1, 4, 2])).toBe(0);
    expect(mannWhitneyU([5, 7, 3], [1, 4, 2])).toBe(1);
    expect(mannWhitneyU([1, 2], [3, 4, 5])).toBe(6);
    expect(mannWhitneyU([2], [2])).toBe(0.5);
  });
  it("refuses empty or non-finite samples, naming the sample", () => {
    expect(() => mannWhitneyU([], [1])).toThrow(RangeError);
    expect(() => mannWhitneyU([1, Number.NaN], [1])).toThrow(/a/);
    expect(() => mannWhitneyU([1], [Number.POSITIVE_INFINITY])).toThrow(/b/);
  });
});

/** Second road: every choice of which of the m + n ranks belong to a, counted by brute force. */
function enumeratedLowerTail(u: number, m: number, n: number): number {
  let hits = 0;
  let all = 0;
  for (let mask = 0; mask < 2 ** (m + n); mask++) {
    const a: number[] = [];
    const b: number[] = [];
    for (let r = 0; r < m + n; r++) (mask & (1 << r) ? a : b).push(r);
    if (a.length !== m) continue;
    all++;
    if (mannWhitneyU(a, b) <= u) hits++;
  }
  return hits / all;
}

describe("mannWhitneyLowerTail", () => {
  it("is 1/C(m+n, m) at U = 0 and 1 at U = mn", () => {
    expect(mannWhitneyLowerTail(0, 1, 1)).toBeCloseTo(1 / 2, 15);
    expect(mannWhitneyLowerTail(0, 6, 6)).toBeCloseTo(1 / 924, 15);
    expect(mannWhitneyLowerTail(0, 2, 5)).toBeCloseTo(1 / 21, 15);
    expect(mannWhitneyLowerTail(10, 2, 5)).toBeCloseTo(1, 15);
    expect(mannWhitneyLowerTail(-1, 3, 3)).toBe(0);
  });
  it("gives 8 against 8 by the partition counts 1, 1, 2, 3, 5 (P(U ≤ 4) = 12/12 870)", () => {
    expect(mannWhitneyLowerTail(4, 8, 8)).toBeCloseTo(12 / 12_870, 15);
    expect(mannWhitneyLowerTail(4.5, 8, 8)).toBeCloseTo(12 / 12_870, 15);
  });
  it("equals the brute-force count of rank arrangements for every u up to 6 against 5", () => {
    for (let m = 1; m <= 6; m++)
      for (let n = 1; n <= 5; n++)
        for (let u = 0; u <= m * n; u++)
          expect(mannWhitneyLowerTail(u, m, n)).toBeCloseTo(enumeratedLowerTail(u, m, n), 13);
  });
  it("matches the frequency of U ≤ 4 for exchangeable samples of 8 (third road: simulation, 4 standard errors)", () => {
    const rng = new Prng(17);
    const trials = 200_000;
    let hits = 0;
    for (let t = 0; t < trials; t++) {
      const a = Array.from({ length: 8 }, () => rng.next());
      const b = Array.from({ length: 8 }, () => rng.next());
      if (mannWhitneyU(a, b) <= 4) hits++;
    }
    const p = mannWhitneyLowerTail(4, 8, 8);
    expect(Math.abs(hits / trials - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / trials));
  });
  it("stays finite and a probability at the size limit (50 against 50)", () => {
    const p = mannWhitneyLowerTail(1250, 50, 50);
    expect(p).toBeGreaterThan(0.5);
    expect(p).toBeLessThan(0.6);
  });
  it("refuses sizes outside [1, 50] and a NaN u", () => {
    for (const [m, n] of [
      [0, 1],
      [1, 0],
      [1.5, 2],
      [51, 1],
    ])
      expect(() => mannWhitneyLowerTail(0, m, n)).toThrow(RangeError);
    expect(() => mannWhitneyLowerTail(Number.NaN, 2, 2)).toThrow(/u/);
  });
});
