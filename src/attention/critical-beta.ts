/**
 * What "the critical β" of one attention row could mean at finite N, and how a non-smooth change
 * in β would show on a grid.
 *
 * At finite N, ln Z(β) = ln Σ_i e^{β a_i} is a finite sum of exponentials, analytic in β, so every
 * candidate "critical β" is a crossover scale, and different definitions give different numbers.
 * Var_β(E) = d² ln Z/dβ² has derivative −κ₃ (the third cumulant), and for states in an interval of
 * length R, |κ₃| ≤ R³/(6√3) (the third cumulant of a distribution on an interval of length R is
 * largest for two atoms at its ends, p(1 − p)(1 − 2p)R³ ≤ R³/(6√3)). So between grid points h apart
 * Var can move by at most h·R³/(6√3): a larger jump would be a genuine non-smooth point.
 *
 * @module
 */
import { rowThermo } from "./boltzmann.js";

/** The three readings of a row's critical inverse temperature compared by softmax.dk-critical-temperature. */
export interface CriticalBetaReadings {
  /** REM freezing √(2 ln N)/σ̂, σ̂ the row's standard deviation (∞ for a constant row). */
  rem: number;
  /** The β on the grid maximising the heat capacity β²·Var_β(E). */
  heatPeak: number;
  /** The first β on the grid at which one weight exceeds 1/2 (∞ if none does, e.g. tied maxima). */
  majority: number;
}

/**
 * Three readings of "the critical inverse temperature" of one attention row at finite N:
 * REM freezing √(2 ln N)/σ̂, the β maximising the heat capacity β²Var_β(E), and the first β at
 * which one weight exceeds 1/2 ("a dominant token receives the majority"), on a geometric grid
 * from 1e-3 to 1e3 (1500 points: relative resolution 1 %).
 */
export function criticalBetaReadings(a: number[]): CriticalBetaReadings {
  const n = a.length;
  const mean = a.reduce((s, x) => s + x, 0) / n;
  const sd = Math.sqrt(a.reduce((s, x) => s + (x - mean) ** 2, 0) / n);
  const rem = sd > 0 && n >= 2 ? Math.sqrt(2 * Math.log(n)) / sd : Infinity;
  let heatPeak = 0;
  let best = -Infinity;
  let majority = Infinity;
  for (let t = 0; t <= 1500; t++) {
    const b = 1e-3 * 10 ** (t / 250);
    const th = rowThermo(a, b);
    const c = b * b * th.varEnergy;
    if (c > best) {
      best = c;
      heatPeak = b;
    }
    if (majority === Infinity && Math.max(...th.p) > 0.5) majority = b;
  }
  return { rem, heatPeak, majority };
}

/**
 * max_{1 ≤ t ≤ steps} |f(t·h) − f((t − 1)·h)|: the largest move of `f` between neighbouring grid
 * points on [0, steps·h]. A NaN value of `f` makes the result NaN (never a silently skipped step).
 */
export function largestGridJump(f: (x: number) => number, h: number, steps: number): number {
  if (!(h > 0) || !Number.isInteger(steps) || steps < 1) {
    throw new RangeError(`largestGridJump: need h > 0 and an integer steps ≥ 1, got ${h}, ${steps}`);
  }
  let prev = f(0);
  let jump = 0;
  for (let t = 1; t <= steps; t++) {
    const v = f(t * h);
    const d = Math.abs(v - prev);
    jump = Number.isNaN(d) ? Number.NaN : Math.max(jump, d);
    if (Number.isNaN(jump)) return jump;
    prev = v;
  }
  return jump;
}

/** h·R³/(6√3): how far Var_β(E) of states spread over R can move in a β-step h (see the module doc). */
export function varianceStepBound(r: number, h: number): number {
  return (h * r ** 3) / (6 * Math.sqrt(3));
}

/** The variance jump a row shows on the grid β = 0, h, …, steps·h (see {@link largestGridJump}). */
export function rowVarianceJump(
  a: ArrayLike<number>,
  h: number,
  steps: number,
  thermo: (a: ArrayLike<number>, beta: number) => { varEnergy: number } = rowThermo,
): number {
  return largestGridJump((b) => thermo(a, b).varEnergy, h, steps);
}
