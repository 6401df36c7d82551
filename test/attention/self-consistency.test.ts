import { describe, expect, it } from "vitest";
import {
  countSelfConsistentSolutions,
  selfConsistencyMap,
  singleThenMultiple,
  solutionCountsOverBeta,
} from "../../src/attention/self-consistency.js";

describe("attention self-consistency", () => {
  it("reduces to m = tanh(βm) for tokens ±1", () => {
    for (const m of [-0.7, 0, 0.3]) expect(selfConsistencyMap([1, -1], 1.7, m)).toBeCloseTo(Math.tanh(1.7 * m), 14);
  });
  it("has one solution below β = 1 and three above for tokens ±1 (Curie-Weiss)", () => {
    expect(countSelfConsistentSolutions([1, -1], 0.8)).toBe(1);
    expect(countSelfConsistentSolutions([1, -1], 1.5)).toBe(3);
  });
  it("has a single solution at every β for identical tokens", () => {
    for (const b of [0.1, 10, 1000]) expect(countSelfConsistentSolutions([2, 2, 2], b)).toBe(1);
  });
  it("rejects an empty token set", () => {
    expect(() => countSelfConsistentSolutions([], 1)).toThrow(RangeError);
  });
});

describe("solution counts over β", () => {
  it("tokens straddling 0 go from one solution to several; all-positive tokens stay unique here", async () => {
    const { solutionCountsOverBeta, singleThenMultiple, selfConsistencyMap } = await import(
      "../../src/attention/self-consistency.js"
    );
    const c = solutionCountsOverBeta([-1, 1]);
    expect(c[0]).toBe(1);
    expect(singleThenMultiple(c)).toBe(true);
    // Second road: for x = ±1 the map is tanh(βm), with three solutions exactly when β > 1.
    expect(selfConsistencyMap([-1, 1], 2, 0.5)).toBeCloseTo(Math.tanh(1), 14);
    expect(singleThenMultiple(solutionCountsOverBeta([1, 2]))).toBe(false);
    // A sign-flipped map g(m) = −Σ x softmax has one solution for every β.
    const flipped = (x: ArrayLike<number>, b: number, m: number) => -selfConsistencyMap(x, b, m);
    expect(solutionCountsOverBeta([-1, 1], flipped).every((k) => k === 1)).toBe(true);
    expect(singleThenMultiple([1, 1, 3, 1])).toBe(false);
  });
});

describe("attention self-consistency: domain (issue 15)", () => {
  it("refuses non-finite tokens, β, m and grid sizes, naming them", () => {
    expect(() => selfConsistencyMap([1, Number.NaN], 1, 0)).toThrow(/selfConsistencyMap: x\[1\] must be finite/);
    expect(() => selfConsistencyMap([1, -1], 1, Number.POSITIVE_INFINITY)).toThrow(
      /selfConsistencyMap: m must be finite/,
    );
    expect(() => countSelfConsistentSolutions([1, -1], 1, 0)).toThrow(/grid must be an integer in \[1, 1048576\]/);
    expect(() => solutionCountsOverBeta([], undefined)).toThrow(
      /solutionCountsOverBeta: x must have at least 1 entries/,
    );
    expect(() => singleThenMultiple(null as unknown as number[])).toThrow(/singleThenMultiple: counts/);
  });
  it("takes tokens up to |x| = 1e150 (m·x stays finite on the whole grid) and refuses larger", () => {
    expect(countSelfConsistentSolutions([1e150, -1e150], 1, 8)).toBeGreaterThanOrEqual(1);
    expect(() => countSelfConsistentSolutions([2e150, -1], 1)).toThrow(/x\[0\] must be in \[-1e150, 1e150\]/);
  });
  it("refuses an m·x that overflows, and a g with non-finite values", () => {
    expect(() => selfConsistencyMap([1e150], 1, 1e200)).toThrow(/m·x\[0\] overflows/);
    expect(() => countSelfConsistentSolutions([1, -1], 1, 10, () => Number.NaN)).toThrow(
      /g must return finite numbers/,
    );
  });
});
