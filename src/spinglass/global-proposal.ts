/**
 * Detailed balance of a Metropolis–Hastings step with a global (independence) proposal y ~ N(0, R²I)
 * on a Gaussian target π(m) ∝ exp(−β‖m − μ‖²/2): with the Hastings factor Q(x)/Q(y) the flows
 * π(x)Q(y)A(x→y) and π(y)Q(x)A(y→x) are equal; without it (the acceptance printed in the thesis'
 * §3.2, where the Q factors cancel) they are not, and the chain samples ∝ π·Q instead of π.
 *
 * @module
 */
import { gaussianArray } from "./arbitraries.js";

/** log π(m) up to a constant for the Gaussian target N(μ, I/β). */
export function logGaussianTarget(m: ArrayLike<number>, mu: ArrayLike<number>, beta: number): number {
  let s = 0;
  for (let a = 0; a < m.length; a++) s += (m[a] - mu[a]) ** 2;
  return (-beta * s) / 2;
}

/** log Q(y) up to a constant for the global proposal N(0, R²I). */
export function logGlobalProposal(y: ArrayLike<number>, R: number): number {
  let s = 0;
  for (let a = 0; a < y.length; a++) s += y[a] * y[a];
  return -s / (2 * R * R);
}

/**
 * |log(π(x)Q(y)A(x→y)) − log(π(y)Q(x)A(y→x))| for μ, x, y drawn from `seed` in D dimensions
 * (R = √max(D/2 − 1, ½)). `hastings` weights the Hastings factor in the acceptance: 1 is eq 3.2,
 * 0 the printed §3.2 acceptance, −1 an inverted factor. With `sameNorm`, y = −x (so Q(x) = Q(y)).
 */
export function detailedBalanceGap(D: number, seed: number, beta: number, hastings: number, sameNorm = false): number {
  const R = Math.sqrt(Math.max(D / 2 - 1, 0.5));
  const mu = gaussianArray(seed, D);
  const x = gaussianArray(seed + 1, D, R);
  const y = sameNorm ? x.map((v) => -v) : gaussianArray(seed + 2, D, R);
  const logA = (from: Float64Array, to: Float64Array) =>
    Math.min(
      0,
      logGaussianTarget(to, mu, beta) -
        logGaussianTarget(from, mu, beta) +
        hastings * (logGlobalProposal(from, R) - logGlobalProposal(to, R)),
    );
  const fwd = logGaussianTarget(x, mu, beta) + logGlobalProposal(y, R) + logA(x, y);
  const bwd = logGaussianTarget(y, mu, beta) + logGlobalProposal(x, R) + logA(y, x);
  return Math.abs(fwd - bwd);
}
