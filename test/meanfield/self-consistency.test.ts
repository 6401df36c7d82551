import { describe, expect, it } from "vitest";
import {
  attentionSelfConsistentSolutions,
  meanFieldSolutions,
  predictedSolutionCount,
  spinodalField,
} from "../../src/meanfield/index.js";

describe("mean-field self-consistency", () => {
  it("finds 0 and ±m* with m* = tanh(βm*)", () => {
    const r = meanFieldSolutions(2);
    expect(r.length).toBe(3);
    expect(Math.tanh(2 * r[2])).toBeCloseTo(r[2], 12);
  });
  it("has two solutions merging at the spinodal field", () => {
    const hs = spinodalField(1.5);
    expect(meanFieldSolutions(1.5, 1, 0.99 * hs).length).toBe(3);
    expect(meanFieldSolutions(1.5, 1, 1.01 * hs).length).toBe(1);
    expect(predictedSolutionCount(1.5, 1, 0.5 * hs)).toBe(3);
  });
  it("has a single attention fixed point for tokens {0, 1} at any β", () => {
    for (const beta of [1, 10, 1000]) expect(attentionSelfConsistentSolutions([0, 1], beta).length).toBe(1);
  });
});
