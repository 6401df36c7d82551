/**
 * The two plausible readings of the thesis' §4.2 para–ferro sentence at T = 0.4 (β = 2.5), each as
 * the numbers it rests on.
 *
 * "Crossover": the stable states go from no overlap between replicas at a weak field (h = 0.1R) to
 * overlapping, field-aligned ones at a strong field (h = R). Read from three equilibrating (tuned)
 * replicas of one system, N = D = 8.
 *
 * "Phase transition" (the standard sense): a paramagnetic phase, zero field-aligned order parameter
 * w = (1/N)Σ_i x̂_i·E[m_i], persists up to some h_c > 0. Read as w(0.1R) against its linear-response
 * value (0.1/0.4)·w(0.4R), with E[m] the Stein estimate averaged over two tuned chains, N = 16, D = 8.
 *
 * Both draw their system from `seed`, fields of norm h·R and J_ij ~ N(0, couplingScale²/N). With
 * J = 0 the sampler's mean is R·x̂_i at every field (its Stein estimate exactly so), so replicas
 * overlap fully at h = 0.1R (the crossover reading fails) and w(0.1R) = w(0.4R) = R, a ratio of 4
 * (the transition reading fails): the controls of the claims.
 *
 * @module
 */
import { Prng } from "../random/prng.js";
import { exactMeanWithoutCouplings, overlapSpread, replicaAverages } from "./replicas.js";
import { ThesisSampler } from "./sampler.js";
import { steinAndPlainMeans } from "./stein-average.js";
import { alignment, overlap, thesisRadius, thesisSystem } from "./system.js";

const BETA = 2.5;

/** What the crossover reading reads: off-diagonal overlaps q_ab/R² at h = 0.1R and h = R, mean 𝒜 at h = R. */
export interface CrossoverReading {
  /** q_01, q_02, q_12 over R² at h = 0.1R. */
  lowOverlaps: number[];
  /** q_01, q_02, q_12 over R² at h = R. */
  highOverlaps: number[];
  /** Mean over replicas of 𝒜(m̄_r, x) at h = R. */
  highAlignment: number;
  /** mean |q_ab|/R² ≤ 0.1 at h = 0.1R, every q_ab/R² ≥ 0.15 at h = R, and mean 𝒜 ≥ 0.5 at h = R. */
  seen: boolean;
}

/**
 * The crossover reading on the system of `seed` (N = D = 8, β = 2.5, three replicas tuned to 25 %
 * acceptance, `steps` steps each, replica seeds seed + 50 …).
 */
export function replicaCrossover(seed: number, couplingScale: number, steps: number): CrossoverReading {
  const N = 8;
  const D = 8;
  const R = thesisRadius(D);
  const at = (h: number) => {
    const sys = thesisSystem(new Prng(seed), { N, D, fieldNorm: h * R, couplingScale });
    const run = replicaAverages(sys, BETA, seed + 50, 3, { tuned: true, steps });
    const { q } = overlapSpread(run.averages, N, D);
    const off = [q[0][1], q[0][2], q[1][2]].map((v) => v / (R * R));
    return { off, a: run.averages.reduce((p, m) => p + alignment(m, sys.x, N, D), 0) / run.averages.length };
  };
  const low = at(0.1);
  const high = at(1);
  const lowMean = low.off.reduce((p, v) => p + Math.abs(v), 0) / low.off.length;
  return {
    lowOverlaps: low.off,
    highOverlaps: high.off,
    highAlignment: high.a,
    seen: lowMean <= 0.1 && high.off.every((v) => v >= 0.15) && high.a >= 0.5,
  };
}

/** What the transition reading reads: w(0.1R), w(0.4R) and w(0.1R) / ((0.1/0.4)·w(0.4R)). */
export interface SmallFieldOrder {
  wLow: number;
  wHigh: number;
  ratio: number;
}

/**
 * The transition reading on the system of `seed` (N = 16, D = 8, β = 2.5; two chains tuned to 25 %
 * acceptance for steps/5 steps, then `steps` steps each, chain seeds seed + 10, seed + 11).
 */
export function smallFieldOrder(seed: number, couplingScale: number, steps: number): SmallFieldOrder {
  const N = 16;
  const D = 8;
  const R = thesisRadius(D);
  const w = (h: number) => {
    const sys = thesisSystem(new Prng(seed), { N, D, fieldNorm: h * R, couplingScale });
    const xhat = exactMeanWithoutCouplings(sys, 1);
    let sum = 0;
    for (const c of [0, 1]) {
      const s = new ThesisSampler(sys, new Prng(seed + 10 + c), { beta: BETA });
      s.tune(steps / 5, 0.25);
      s.run(steps);
      sum += overlap(steinAndPlainMeans(s, steps).stein, xhat, N, D);
    }
    return sum / 2;
  };
  const wLow = w(0.1);
  const wHigh = w(0.4);
  return { wLow, wHigh, ratio: wLow / (0.25 * wHigh) };
}
