import { describe, expect, it } from "vitest";
import { rowThermo } from "../../src/attention/boltzmann.js";
import {
  criticalBetaReadings,
  largestGridJump,
  rowVarianceJump,
  varianceStepBound,
} from "../../src/attention/critical-beta.js";
import { softmax } from "../../src/attention/softmax.js";

describe("critical-β readings of one row", () => {
  it("two-level row [0, 1]: heat peak at the root of the closed form, majority just above β = 0", () => {
    // Two states a gap 1 apart: Var = p(1 − p), p = 1/(1 + e^β), C(β) = β² e^β/(1 + e^β)²; its
    // maximum solves β·tanh(β/2) = 2, β ≈ 2.3994 (second road: bisection on the closed form).
    let lo = 1;
    let hi = 4;
    for (let i = 0; i < 80; i++) {
      const m = (lo + hi) / 2;
      if (m * Math.tanh(m / 2) < 2) lo = m;
      else hi = m;
    }
    const r = criticalBetaReadings([0, 1]);
    expect(Math.abs(r.heatPeak / lo - 1)).toBeLessThan(0.01); // grid resolution 1 %
    expect(r.majority).toBeLessThan(1.01e-3); // any β > 0 gives the larger logit > 1/2
    expect(r.rem).toBeCloseTo(Math.sqrt(2 * Math.log(2)) / 0.5, 12);
  });
  it("tied maxima never reach a majority; a constant row has no REM scale", () => {
    const r = criticalBetaReadings([1, 1, 0]);
    expect(r.majority).toBe(Infinity);
    expect(criticalBetaReadings([2, 2]).rem).toBe(Infinity);
  });
});

describe("grid jumps", () => {
  it("largestGridJump of a step function is the step; of a line it is the slope × h", () => {
    expect(largestGridJump((x) => (x > 0.5 ? 3 : 1), 0.1, 10)).toBe(2);
    expect(largestGridJump((x) => 2 * x, 0.25, 8)).toBeCloseTo(0.5, 15);
    expect(largestGridJump((x) => (x > 0.3 ? Number.NaN : 0), 0.1, 10)).toBeNaN();
    expect(() => largestGridJump((x) => x, 0, 3)).toThrow(RangeError);
  });
  it("a row's variance moves by less than the third-cumulant bound, and the bound is nearly tight", () => {
    // Two atoms at 0 and R with p = ½ − 1/(2√3) reach |κ₃| = R³/(6√3) exactly.
    const r = 2;
    const h = 1e-3;
    const a = [0, r];
    const jump = rowVarianceJump(a, h, 4000);
    expect(jump).toBeLessThanOrEqual(varianceStepBound(r, h));
    expect(jump).toBeGreaterThan(0.95 * varianceStepBound(r, h));
    // second road: Var from the weights directly at a grid point
    const p = softmax(a, 1.3);
    const mean = p[1] * r;
    expect(rowThermo(a, 1.3).varEnergy).toBeCloseTo(p[0] * mean ** 2 + p[1] * (r - mean) ** 2, 14);
  });
});
