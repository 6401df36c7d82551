/**
 * Replicas of the thesis' sampler on one system (§4.2): time-averaged states of independent chains
 * with the same couplings and fields, their overlap matrix, and how far it is from uniform.
 *
 * A replica-symmetric model (one pure state) has, for equilibrated replicas, q_ab ≈ the same value
 * for every pair and ≈ it on the diagonal too (up to the time averages' noise, D·Var(m̄) per site).
 * A non-uniform matrix therefore says either "several states" (RSB) or "not equilibrated".
 *
 * @module
 */
import type { KernelName } from "./sampler-kernel.js";
import { ThesisSampler } from "./sampler.js";
import { overlap, type SpinSystem } from "./system.js";
import { Prng } from "../random/prng.js";

/** How the replicas are run. */
export interface ReplicaRunOptions {
  /**
   * Tune σ in burn-in to 25 % acceptance (`steps/5` steps), then burn in `steps` and measure `steps`
   * (the equilibrating sampler); otherwise the thesis' σ, burn in `steps`, measure `steps/20`.
   */
  tuned: boolean;
  steps: number;
}

/** Time-averaged states of `replicas` chains on one system, replica r seeded with `seed + r`. */
export function replicaAverages(
  sys: SpinSystem,
  beta: number,
  seed: number,
  replicas: number,
  opts: ReplicaRunOptions,
): { averages: Float64Array[]; kernel: KernelName } {
  const out: Float64Array[] = [];
  let kernel: KernelName = "js";
  for (let r = 0; r < replicas; r++) {
    const s = new ThesisSampler(sys, new Prng(seed + r), { beta });
    kernel = s.kernel;
    if (opts.tuned) s.tune(opts.steps / 5, 0.25);
    s.run(opts.steps);
    s.startMeasuring();
    s.run(opts.tuned ? opts.steps : Math.round(opts.steps / 20));
    out.push(s.timeAverage());
  }
  return { averages: out, kernel };
}

/**
 * The overlap matrix q_ab = (1/N) Σ_i m̄_a,i·m̄_b,i of the replicas' averages and its largest
 * relative deviation, diagonal included, from the mean off-diagonal overlap (0 for a uniform matrix).
 * Needs at least two replicas.
 */
export function overlapSpread(avgs: Float64Array[], N: number, D: number): { spread: number; q: number[][] } {
  if (avgs.length < 2) throw new RangeError("overlapSpread: needs at least two replicas");
  const q = avgs.map((a) => avgs.map((b) => overlap(a, b, N, D)));
  const off: number[] = [];
  for (let a = 0; a < q.length; a++) for (let b = a + 1; b < q.length; b++) off.push(q[a][b]);
  const mean = off.reduce((p, v) => p + v) / off.length;
  let spread = 0;
  for (const row of q) for (const v of row) spread = Math.max(spread, Math.abs(v - mean) / Math.abs(mean));
  return { spread, q };
}

/**
 * Largest relative distance max_r ‖m̄_r − m*‖_F / ‖m*‖_F of the replicas' averages from an exact mean
 * `exact` (for J = 0 the thesis' target is m_i ~ N(R x̂_i, I/β), so m* = R x̂_i).
 */
export function worstDistanceFromMean(avgs: Float64Array[], exact: Float64Array): number {
  let ref = 0;
  for (const v of exact) ref += v * v;
  let worst = 0;
  for (const a of avgs) {
    if (a.length !== exact.length) throw new RangeError("worstDistanceFromMean: sizes differ");
    let d = 0;
    for (let k = 0; k < a.length; k++) d += (a[k] - exact[k]) ** 2;
    worst = Math.max(worst, Math.sqrt(d / ref));
  }
  return worst;
}

/** R x̂_i per site: the exact equilibrium mean of the thesis' target when J = 0. */
export function exactMeanWithoutCouplings(sys: SpinSystem, R: number): Float64Array {
  const { N, D, x } = sys;
  const out = new Float64Array(N * D);
  for (let i = 0; i < N; i++) {
    const n = Math.hypot(...x.subarray(i * D, (i + 1) * D));
    for (let a = 0; a < D; a++) out[i * D + a] = (R * x[i * D + a]) / n;
  }
  return out;
}
