import { describe, expect, it } from "vitest";
import { sameKeyConnectedCorrelation } from "../../src/attention/query-correlation.js";
import { rowSoftmax } from "../../src/attention/attention.js";

const s0 = [0.5, -1, 2, 0];
const s1 = [1, 0.3, -0.7, 1.5];

describe("sameKeyConnectedCorrelation", () => {
  it("is 0 (to rounding) for the uncoupled structure at every β, and the joint's marginals are the softmax rows (second road)", () => {
    for (const beta of [0.01, 0.5, 1, 3, 30]) {
      expect(Math.abs(sameKeyConnectedCorrelation(s0, s1, beta))).toBeLessThan(1e-15);
    }
    // With J = 0, P(j_0 = j_1) = Σ_a softmax(βs0)_a softmax(βs1)_a: compute it from the rows.
    const [r0, r1] = rowSoftmax([s0, s1], 2);
    const same = r0.reduce((acc, p, a) => acc + p * r1[a], 0);
    expect(same).toBeGreaterThan(0);
  });
  it("N = 2, zero scores, coupling J: closed form C = e^J/(e^J + 1) − 1/2 (weights e^J on the diagonal, 1 off it; uniform marginals)", () => {
    for (const J of [0.5, 2, -1]) {
      expect(sameKeyConnectedCorrelation([0, 0], [0, 0], 1, J)).toBeCloseTo(Math.exp(J) / (Math.exp(J) + 1) - 0.5, 14);
    }
  });
  it("refuses mismatched rows and non-finite numbers", () => {
    expect(() => sameKeyConnectedCorrelation([1], [1, 2], 1)).toThrow(RangeError);
    expect(() => sameKeyConnectedCorrelation([1], [1], Number.NaN)).toThrow(RangeError);
  });
});
