/**
 * Two estimates of the equilibrium mean from one chain of the thesis' target: the plain time
 * average of m and the time average of the zero-mean-corrected (Stein) estimator
 * {@link ThesisSampler.steinMean}, evaluated once per sweep of N steps. Both converge to E[m]; at high
 * temperature the Stein one has far less variance (see `steinMean`), so where the two disagree
 * the chain is not yet long enough for the plain average.
 *
 * @module
 */
import type { ThesisSampler } from "./sampler.js";
import { finite, show } from "../args/check.js";

/** The two time averages of {@link steinAndPlainMeans}, each N×D. */
export interface MeanEstimates {
  /** (1/S) Σ_s g(m_{sN}) over S sweeps, g the Stein estimator. */
  stein: Float64Array;
  /** (1/T) Σ_t m_t over the same T = S·N steps. */
  plain: Float64Array;
}

/**
 * Run `sampler` for ⌊steps/N⌋ sweeps from its current state, measuring both time averages.
 * Call after burn-in (and after any tuning of σ: a σ changed while measuring would make the chain
 * inhomogeneous). `sampler` a ThesisSampler; steps finite, at least N and at most 2^40 (a
 * TypeError or RangeError names the argument otherwise).
 */
export function steinAndPlainMeans(sampler: ThesisSampler, steps: number): MeanEstimates {
  const like = sampler as Partial<ThesisSampler> | null;
  if (
    typeof like !== "object" ||
    like === null ||
    typeof like.run !== "function" ||
    typeof like.steinMean !== "function"
  )
    throw new TypeError(`steinAndPlainMeans: sampler must be a ThesisSampler, got ${show(sampler)}`);
  finite("steinAndPlainMeans", "steps", steps);
  if (steps > 2 ** 40) throw new RangeError(`steinAndPlainMeans: steps must be ≤ 2^40, got ${steps}`);
  const { N, D } = sampler;
  const sweeps = Math.floor(steps / N);
  if (!(sweeps >= 1)) throw new RangeError(`steinAndPlainMeans: ${steps} steps is less than one sweep of ${N}`);
  sampler.startMeasuring();
  const stein = new Float64Array(N * D);
  const g = new Float64Array(N * D);
  for (let t = 0; t < sweeps; t++) {
    sampler.run(N);
    sampler.steinMean(g);
    for (let k = 0; k < stein.length; k++) stein[k] += g[k];
  }
  for (let k = 0; k < stein.length; k++) stein[k] /= sweeps;
  return { stein, plain: sampler.timeAverage() };
}
