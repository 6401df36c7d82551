/**
 * Two finite systems brought into thermal contact with their total energy conserved (the blog's
 * "combine two systems with different temperatures"): the common inverse temperature β_f solves
 * U_A(β_f) + U_B(β_f) = U_A(β1) + U_B(β2). U is non-increasing in β (dU/dβ = −Var(E) ≤ 0), so the
 * solution lies between β1 and β2 and bisection on that interval finds it.
 *
 * @module
 */
import { spectrumMeanEnergy } from "./boltzmann.js";

/** The outcome of {@link contactTemperature}. */
export interface Contact {
  /** The common inverse temperature found. */
  betaF: number;
  /** U_A(β1) + U_B(β2), the energy to conserve. */
  energy: number;
  /** U_A(β_f) + U_B(β_f). */
  energyAfter: number;
  /** |U(lo) − U(hi)| over the final bisection bracket: how well the bracket resolves the energy. */
  bracketSpread: number;
}

/**
 * Bisection for β_f on [min(β1, β2), max(β1, β2)] (200 halvings or relative width 1e-15), with
 * `u` the mean energy of a spectrum at β.
 */
export function contactTemperature(
  ea: number[],
  eb: number[],
  b1: number,
  b2: number,
  u: (e: number[], beta: number) => number = spectrumMeanEnergy,
): Contact {
  const energy = u(ea, b1) + u(eb, b2);
  const total = (beta: number) => u(ea, beta) + u(eb, beta);
  let lo = Math.min(b1, b2);
  let hi = Math.max(b1, b2);
  for (let k = 0; k < 200 && hi - lo > 1e-15 * hi; k++) {
    const mid = (lo + hi) / 2;
    if (total(mid) > energy) lo = mid;
    else hi = mid;
  }
  const betaF = (lo + hi) / 2;
  return { betaF, energy, energyAfter: total(betaF), bracketSpread: Math.abs(total(lo) - total(hi)) };
}
