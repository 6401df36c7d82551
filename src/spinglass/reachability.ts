/**
 * Aperiodicity and ergodicity of the thesis' local proposal (003 §3.2, eq 3.5: "which satisfies the
 * aperiodic requirement, and though the probability of reaching any other state is very small it is
 * never non-zero, such that it also satisfies ergodicity").
 *
 * The chain moves one uniformly chosen spin by a Gaussian step N(0, σ²I_D) and accepts with
 * min(1, e^{−βΔH}) (H the simulated ½Σ‖m_i − Rθ̂_i‖², {@link lossHamiltonian}).
 * - Ergodicity: {@link pathLogDensity} gives the log density of the N-step path that moves spin 0, then
 *   1, …, to their values in a target state y; it is finite (positive density) for every x, y because
 *   the Gaussian step has full support and the acceptance is positive. With a proposal that perturbs
 *   only the first component (`firstComponentOnly`) states differing elsewhere are unreachable.
 * - Aperiodicity (§3.1: P(x|x) > 0): {@link risingProposal} exhibits a step ξ = ±kσe_a of one spin with
 *   ΔH > 0. By continuity ΔH > 0 on a neighbourhood of ξ, which the Gaussian charges, and there the
 *   move is rejected with probability 1 − e^{−βΔH} > 0, so P(x|x) > 0.
 *
 * @module
 */
import { real, spinSystem } from "../args/check.js";
import { lossHamiltonian } from "./energy.js";
import type { SpinSystem } from "./system.js";

/** The proposal's support: full ℝ^D (eq 3.5) or only the first component of the moved spin (control). */
export interface ProposalShape {
  firstComponentOnly?: boolean;
}

/**
 * The log density of reaching y from x along the path that moves spin 0, 1, …, N−1 in turn:
 * Σ_i [ln(1/N) + ln q(y_i − x_i) + min(0, −βΔH_i)], q the N(0, σ²I_D) density. `reachable` is false
 * (and logDensity −∞) when a step lies outside the proposal's support.
 */
export function pathLogDensity(
  sys: SpinSystem,
  x: Float64Array,
  y: Float64Array,
  beta: number,
  sigma: number,
  R: number,
  shape: ProposalShape = {},
): { reachable: boolean; logDensity: number } {
  spinSystem("pathLogDensity", sys, { x, y });
  real("pathLogDensity", "beta", beta, 0, 1e6);
  real("pathLogDensity", "sigma", sigma, 0, 1e6, { openLo: true });
  const { N, D } = sys;
  const m = Float64Array.from(x);
  let h = lossHamiltonian(sys, m, m, R);
  let logP = 0;
  for (let i = 0; i < N; i++) {
    let d2 = 0;
    for (let a = 0; a < D; a++) {
      const d = y[i * D + a] - m[i * D + a];
      if (shape.firstComponentOnly && a > 0 && d !== 0)
        return { reachable: false, logDensity: Number.NEGATIVE_INFINITY };
      d2 += d * d;
      m[i * D + a] = y[i * D + a];
    }
    const dim = shape.firstComponentOnly ? 1 : D;
    const h2 = lossHamiltonian(sys, m, m, R);
    logP += -Math.log(N) - d2 / (2 * sigma * sigma) - (dim / 2) * Math.log(2 * Math.PI * sigma * sigma);
    logP += Math.min(0, -beta * (h2 - h));
    h = h2;
  }
  return { reachable: true, logDensity: logP };
}

/**
 * A single-spin step ξ = s·kσ·e_a (spin i, axis a, sign s, k ∈ {1, 10, 100, …, 10^6}) with ΔH > 0 at x,
 * the first found in that order, or undefined. Returns ΔH too.
 */
export function risingProposal(
  sys: SpinSystem,
  x: Float64Array,
  sigma: number,
  R: number,
): { site: number; axis: number; step: number; deltaH: number } | undefined {
  spinSystem("risingProposal", sys, { x });
  real("risingProposal", "sigma", sigma, 0, 1e6, { openLo: true });
  const { N, D } = sys;
  const h0 = lossHamiltonian(sys, x, x, R);
  const m = Float64Array.from(x);
  for (let k = 1; k <= 1e6; k *= 10)
    for (let i = 0; i < N; i++)
      for (let a = 0; a < D; a++)
        for (const s of [1, -1]) {
          const step = s * k * sigma;
          m[i * D + a] = x[i * D + a] + step;
          const dh = lossHamiltonian(sys, m, m, R) - h0;
          m[i * D + a] = x[i * D + a];
          if (dh > 0) return { site: i, axis: a, step, deltaH: dh };
        }
  return undefined;
}
