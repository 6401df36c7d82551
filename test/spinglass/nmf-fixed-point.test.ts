import { describe, expect, it } from "vitest";
import { nmfSolve, nmfStep } from "../../src/spinglass/meanfield.js";
import { CONTINUATION_SCHEDULE, EXPERIMENT_SCHEDULE, nmfFixedPoint } from "../../src/spinglass/nmf-fixed-point.js";
import { thesisRadius, thesisSystem } from "../../src/spinglass/system.js";
import { Prng } from "../../src/random/prng.js";

const maxDiff = (a: Float64Array, b: Float64Array) => a.reduce((m, v, i) => Math.max(m, Math.abs(v - b[i])), 0);

describe("nmfFixedPoint", () => {
  const R = thesisRadius(16);
  const sys = thesisSystem(new Prng(1), { N: 4, D: 4 });

  it("where the plain iteration converges, is exactly its answer", () => {
    const plain = nmfSolve(sys, 0.5, R, { tol: 1e-10, maxIter: 5000 });
    expect(plain.converged).toBe(true);
    const res = nmfFixedPoint(sys, 0.5, R);
    expect(res.converged).toBe(true);
    expect(Array.from(res.m)).toEqual(Array.from(plain.m));
  });

  it("where the plain iteration cycles (β = 10 on this system), damping finds a fixed point of F itself", () => {
    expect(nmfSolve(sys, 10, R, { tol: 1e-10, maxIter: 5000 }).converged).toBe(false);
    for (const schedule of [EXPERIMENT_SCHEDULE, CONTINUATION_SCHEDULE]) {
      const res = nmfFixedPoint(sys, 10, R, schedule);
      expect(res.converged).toBe(true);
      // A fixed point of the damped map is one of the undamped map F: checked with F, not the solver.
      expect(maxDiff(nmfStep(sys, res.m, 10, R), res.m)).toBeLessThan(1e-8);
    }
  });

  it("starts from m0 when given (the β continuation), and reports failure when no attempt converges", () => {
    const start = nmfFixedPoint(sys, 0.5, R).m;
    const res = nmfFixedPoint(sys, 0.5, R, EXPERIMENT_SCHEDULE, start);
    expect(res.converged).toBe(true);
    expect(res.iterations).toBeLessThanOrEqual(2);
    const none = nmfFixedPoint(sys, 10, R, { tol: 1e-10, maxIter: 3, damped: [[0.5, 3]] });
    expect(none.converged).toBe(false);
  });
});
