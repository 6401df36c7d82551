/**
 * The integrated autocorrelation time of the energy along the thesis' sampler, the observable whose
 * peak in β the thesis reports (App. B.3).
 *
 * The chain is first brought to equilibrium by a tuned burn-in (σ adapted to 25 % acceptance, which
 * moves fast), then σ is set to the width being studied (default the thesis' σ = 1/(N√D)) and the
 * energy H is recorded once every `thin` sweeps (N steps each). τ = sweeps / ESS, ESS by Geyer's initial positive
 * sequence (`diagnostics.ts`). For small σ every move is accepted with probability ≈ 1 and each
 * coordinate diffuses in the potential βH, so for J = 0 (H exactly quadratic, unit curvature) the
 * energy relaxes like the square of an Ornstein–Uhlenbeck process: a coordinate moves with variance
 * σ²/N per step, relaxes at rate βσ²/(2N), its square at twice that, so
 * τ_int(H) = 2/(rate of H) = 2N/(βσ²) steps = 2/(βσ²) sweeps ({@link gaussianEnergyTau}).
 *
 * @module
 */
import { effectiveSampleSize } from "./diagnostics.js";
import type { KernelName } from "./sampler-kernel.js";
import { ThesisSampler, thesisSigma } from "./sampler.js";
import type { SpinSystem } from "./system.js";
import { Prng } from "../random/prng.js";
import { int, real } from "../args/check.js";

/** Options of {@link energyAutocorrelationTime}. */
export interface EnergyTauOptions {
  /** Sweeps recorded (an integer in [16, 2^24]). */
  sweeps: number;
  /** Burn-in sweeps with tuned σ before recording (an integer in [0, 2^24]). */
  burnInSweeps: number;
  /** Proposal width while recording (default the thesis' 1/(N√D)). */
  sigma?: number;
  /**
   * Sweeps between recorded energies (an integer in [1, 2^10], default 1). Thinning by k ≪ τ leaves τ
   * (in sweeps) unchanged and cuts the O(n·τ) autocovariance sums by k².
   */
  thin?: number;
}

/**
 * τ_int of H (in sweeps) along one chain of the thesis' sampler at β, seeded with `seed`, and the
 * ESS it came from. `sys` a spin system, β finite > 0, options as {@link EnergyTauOptions}.
 */
export function energyAutocorrelationTime(
  sys: SpinSystem,
  beta: number,
  seed: number,
  options: EnergyTauOptions,
): { tau: number; ess: number; kernel: KernelName } {
  const fn = "energyAutocorrelationTime";
  const sweeps = int(fn, "options.sweeps", options.sweeps, 16, 2 ** 24);
  const thin = int(fn, "options.thin", options.thin ?? 1, 1, 2 ** 10);
  if (sweeps < 16 * thin)
    throw new RangeError(`${fn}: options.sweeps must be at least 16·thin, got ${sweeps} with thin ${thin}`);
  const burnIn = int(fn, "options.burnInSweeps", options.burnInSweeps, 0, 2 ** 24);
  const { N, D } = sys;
  const sigma =
    options.sigma === undefined
      ? thesisSigma(N, D)
      : real(fn, "options.sigma", options.sigma, 0, Number.MAX_VALUE, { openLo: true });
  const s = new ThesisSampler(sys, new Prng(seed), { beta });
  // Half the burn-in tunes σ, half runs with it fixed; then the studied σ takes over.
  s.tune((burnIn * N) / 2, 0.25);
  s.run((burnIn * N) / 2);
  s.sigma = sigma;
  const n = Math.floor(sweeps / thin);
  const e = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    s.run(N * thin);
    e[k] = s.energy();
  }
  const ess = effectiveSampleSize(e);
  return { tau: (n * thin) / ess, ess, kernel: s.kernel };
}

/**
 * The small-σ closed form for J = 0: τ_int(H) = 2/(βσ²) sweeps (see the module comment). β and σ
 * finite and > 0.
 */
export function gaussianEnergyTau(beta: number, sigma: number): number {
  real("gaussianEnergyTau", "β", beta, 0, Number.MAX_VALUE, { openLo: true });
  real("gaussianEnergyTau", "σ", sigma, 0, Number.MAX_VALUE, { openLo: true });
  return 2 / (beta * sigma * sigma);
}

/**
 * τ_int(H) of `chains` independent chains at one β ({@link energyAutocorrelationTime} with seeds
 * seed, seed + 7919, seed + 2·7919, …): a sample of the estimator, for rank tests between temperatures
 * that need no model of its error. chains an integer in [1, 64].
 */
export function energyAutocorrelationTimes(
  sys: SpinSystem,
  beta: number,
  seed: number,
  chains: number,
  options: EnergyTauOptions,
): { taus: number[]; kernel: KernelName } {
  int("energyAutocorrelationTimes", "chains", chains, 1, 64);
  const runs = Array.from({ length: chains }, (_, c) => energyAutocorrelationTime(sys, beta, seed + 7919 * c, options));
  return { taus: runs.map((r) => r.tau), kernel: runs[0].kernel };
}
