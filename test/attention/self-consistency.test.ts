import { describe, expect, it } from "vitest";
import { countSelfConsistentSolutions, selfConsistencyMap } from "../../src/attention/self-consistency.js";

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
