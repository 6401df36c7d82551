/**
 * Eq 2.21 by sampling: the mean of spins drawn from the von Mises-Fisher distribution, whose
 * expectation along μ is the Bessel ratio I_{D/2}(κ)/I_{D/2−1}(κ) (the thesis' readout at field
 * strength κ) and whose component orthogonal to μ has expectation 0.
 *
 * @module
 */
import type { Prng } from "../random/prng.js";
import { sampleVmf } from "./vmf.js";
/** What {@link vmfMeanEstimate} measures over its draws. */
export interface VmfMeanEstimate {
  /** The sample mean of u·μ. */
  mean: number;
  /** The sample standard deviation of u·μ (population form, floored at 1e-150 so 0 never divides). */
  sd: number;
  /** The sample mean of (u·μ)². */
  meanSquare: number;
  /** ‖(1/M) Σ (u − (u·μ)μ)‖: the norm of the mean's component orthogonal to μ. */
  perpNorm: number;
}

/**
 * Draw `draws` spins u ~ vMF(μ, κ) with {@link sampleVmf} and measure the mean of u·μ (eq 2.21's
 * readout at field strength κ is its expectation, I_{D/2}(κ)/I_{D/2−1}(κ)) and the mean's part
 * orthogonal to μ (expectation 0). `mu` must be a unit vector.
 */
export function vmfMeanEstimate(rng: Prng, mu: Float64Array, kappa: number, draws: number): VmfMeanEstimate {
  const d = mu.length;
  let s = 0;
  let s2 = 0;
  const perp = new Float64Array(d);
  for (let t = 0; t < draws; t++) {
    const u = sampleVmf(rng, mu, kappa);
    let w = 0;
    for (let a = 0; a < d; a++) w += u[a] * mu[a];
    s += w;
    s2 += w * w;
    for (let a = 0; a < d; a++) perp[a] += u[a] - w * mu[a];
  }
  const mean = s / draws;
  return {
    mean,
    sd: Math.sqrt(Math.max(s2 / draws - mean * mean, 1e-300)),
    meanSquare: s2 / draws,
    perpNorm: Math.hypot(...perp) / draws,
  };
}
