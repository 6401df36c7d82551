/**
 * Where the Curie–Weiss distribution peaks, over macrostates and over microstates: the two readings
 * of "β controlling location and width" (blog 004, "Back to Boltzmann").
 *
 * @module
 */
import { curieWeissMagnetizationDistribution } from "./curie-weiss.js";

/**
 * The most probable |m| of the N-spin Curie–Weiss model: the peak of the macrostate distribution
 * P(M = N − 2k) = C(N, k) e^{βM²/2N} / Z. Entropy (the binomial) puts it at m = 0 for β < 1; for β > 1
 * it sits near the largest solution of m = tanh(βm), so β moves it.
 */
export function curieWeissMacrostatePeak(N: number, beta: number): number {
  const p = curieWeissMagnetizationDistribution(N, beta);
  let best = 0;
  for (let k = 1; k <= N; k++) if (p[k] > p[best]) best = k;
  return Math.abs(N - 2 * best) / N;
}

/**
 * |m| of the most probable *microstate*: a microstate with k down spins has probability
 * P(M = N − 2k) / C(N, k), whose maximum is at k = 0 or N (the ground states, |m| = 1) for every
 * β > 0 since e^{βM²/2N} increases with |M|. Computed from the same distribution in logarithms
 * (C(N, k) by lgamma-free summation of ln), so β never moves it.
 */
export function curieWeissMicrostateMode(N: number, beta: number): number {
  const p = curieWeissMagnetizationDistribution(N, beta);
  let lnC = 0; // ln C(N, k), built up k by k
  let best = 0;
  let bestLog = Number.NEGATIVE_INFINITY;
  for (let k = 0; k <= N; k++) {
    if (k > 0) lnC += Math.log((N - k + 1) / k);
    const l = Math.log(p[k]) - lnC;
    if (l > bestLog) {
      bestLog = l;
      best = k;
    }
  }
  return Math.abs(N - 2 * best) / N;
}
