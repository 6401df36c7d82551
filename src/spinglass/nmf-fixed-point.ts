/**
 * The nMF fixed point with a fall-back: the plain iteration m ← F(m) first, then damped iterations
 * m ← (1 − α)m + αF(m) when the plain one cycles. Damping keeps the fixed points (a fixed point of the
 * damped map is one of F for every α > 0) and turns a 2-cycle of F into a convergent iteration, so it
 * finds a fixed point where the plain iteration oscillates, and the one it finds is still nMF's.
 *
 * @module
 */
import { type FixedPointResult, nmfSolve } from "./meanfield.js";
import type { SpinSystem } from "./system.js";

/** The iteration policy: tolerance, plain iterations, then (α, iterations) damped attempts in order. */
export interface DampingSchedule {
  tol: number;
  maxIter: number;
  damped: ReadonlyArray<readonly [damping: number, maxIter: number]>;
}

/** The schedule the thesis experiments use (§4.1: β up to 1000). */
export const EXPERIMENT_SCHEDULE: DampingSchedule = {
  tol: 1e-10,
  maxIter: 5000,
  damped: [
    [0.5, 20_000],
    [0.1, 50_000],
  ],
};

/** The tighter schedule of the β → ∞ continuation (thesis-meanfield.low-t-zero-energy). */
export const CONTINUATION_SCHEDULE: DampingSchedule = {
  tol: 1e-12,
  maxIter: 5000,
  damped: [
    [0.3, 20_000],
    [0.05, 50_000],
  ],
};

/**
 * nMF's fixed point at β (fields of norm R) from `m0` (default 0): the plain iteration, then each
 * damped attempt of `schedule` in turn until one converges. The result is the last attempt's
 * (`converged` false when none did). Domain as {@link nmfSolve}.
 */
export function nmfFixedPoint(
  sys: SpinSystem,
  beta: number,
  R: number,
  schedule: DampingSchedule = EXPERIMENT_SCHEDULE,
  m0?: Float64Array,
): FixedPointResult {
  let res = nmfSolve(sys, beta, R, { tol: schedule.tol, maxIter: schedule.maxIter, m0 });
  for (const [damping, maxIter] of schedule.damped) {
    if (res.converged) break;
    res = nmfSolve(sys, beta, R, { tol: schedule.tol, maxIter, damping, m0 });
  }
  return res;
}
