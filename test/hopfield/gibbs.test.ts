import { describe, expect, it } from "vitest";
import { mixtureOfRestrictedGibbs } from "../../src/hopfield/basins.js";
import { blockShares, dominanceBeta, gibbsMeasure, weightedBlockMixture } from "../../src/hopfield/gibbs.js";

describe("Gibbs measure and block mixtures", () => {
  const E = [0, 1, 2, 0.5];
  const labels = [0, 0, 1, 1];
  it("Z_a/Z weights give back the Gibbs measure (second road: mixtureOfRestrictedGibbs)", () => {
    const g = gibbsMeasure(E, 1.3);
    const za = [Math.exp(0) + Math.exp(-1.3), Math.exp(-2.6) + Math.exp(-0.65)];
    const z = za[0] + za[1];
    const mix = weightedBlockMixture(E, labels, 1.3, [za[0] / z, za[1] / z]);
    const ref = mixtureOfRestrictedGibbs(E, labels, 1.3);
    g.forEach((p, x) => {
      expect(mix[x]).toBeCloseTo(p, 15);
      expect(ref[x]).toBeCloseTo(p, 15);
    });
    expect(g[0]).toBeCloseTo(1 / (1 + Math.exp(-1.3) + Math.exp(-2.6) + Math.exp(-0.65)), 15);
  });
  it("share weights differ from the Gibbs measure unless the blocks carry equal Z_a/Z", () => {
    const shares = blockShares(labels);
    expect(shares).toEqual([0.5, 0.5]);
    const mix = weightedBlockMixture(E, labels, 1.3, shares);
    expect(Math.abs(mix[0] - gibbsMeasure(E, 1.3)[0])).toBeGreaterThan(0.01);
  });
  it("β* = max ln(n − 1)/Δ over basins larger than one state", () => {
    expect(dominanceBeta({ sizes: Int32Array.from([3, 1, 5]), gaps: Float64Array.from([2, Infinity, 1]) })).toBeCloseTo(
      Math.log(4),
      15,
    );
  });
  it("a tie: no β for a basin of two states (ln 1 = 0), β* = ∞ in a larger one", () => {
    expect(dominanceBeta({ sizes: Int32Array.from([2, 3]), gaps: Float64Array.from([0, 1]) })).toBeCloseTo(
      Math.log(2),
      15,
    );
    expect(dominanceBeta({ sizes: Int32Array.from([2, 3]), gaps: Float64Array.from([1, 0]) })).toBe(Infinity);
    // A negative gap (not a minimum): no β asked of that basin.
    expect(dominanceBeta({ sizes: Int32Array.from([3, 3]), gaps: Float64Array.from([-1, 2]) })).toBeCloseTo(
      Math.log(2) / 2,
      15,
    );
  });
});
