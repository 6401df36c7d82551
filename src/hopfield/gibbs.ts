/**
 * The Gibbs measure of a list of energies and its decompositions over a partition of the states:
 * Σ_a w_a · e^{−βE(x)}1[x ∈ a]/Z_a. With w_a = Z_a/Z this is the Gibbs measure for every partition
 * (the law of total probability); with other weights (what the dynamics would give, e.g. the share
 * n_a/n of starting states) it is not.
 *
 * @module
 */
import type { Basins } from "./basins.js";

/** e^{−βE(x)}/Z, max-shifted. */
export function gibbsMeasure(energies: ArrayLike<number>, beta: number): number[] {
  const e = Array.from(energies);
  const eMin = Math.min(...e);
  const w = e.map((x) => Math.exp(-beta * (x - eMin)));
  const z = w.reduce((a, b) => a + b, 0);
  return w.map((x) => x / z);
}

/**
 * Σ_a weights[a] · e^{−βE(x)}1[x ∈ a]/Z_a for block labels 0..k−1 and the given block weights
 * (block a's restricted Gibbs measure, mixed with weight weights[a]).
 */
export function weightedBlockMixture(
  energies: ArrayLike<number>,
  labels: ArrayLike<number>,
  beta: number,
  weights: ArrayLike<number>,
): Float64Array {
  if (energies.length !== labels.length)
    throw new RangeError("weightedBlockMixture: energies and labels differ in length");
  const e = Array.from(energies);
  const eMin = Math.min(...e);
  const za = new Float64Array(weights.length);
  for (let x = 0; x < e.length; x++) za[labels[x]] += Math.exp(-beta * (e[x] - eMin));
  return Float64Array.from(e, (v, x) => (weights[labels[x]] * Math.exp(-beta * (v - eMin))) / za[labels[x]]);
}

/** The share n_a/n of states in each block a of labels 0..k−1. */
export function blockShares(labels: ArrayLike<number>): number[] {
  let k = 0;
  for (let x = 0; x < labels.length; x++) k = Math.max(k, labels[x] + 1);
  const n = new Array<number>(k).fill(0);
  for (let x = 0; x < labels.length; x++) n[labels[x]] += 1 / labels.length;
  return n;
}

/**
 * β* = max_a ln(n_a − 1)/Δ_a over basins with more than two states: above it e^{−βΔ_a}(n_a − 1) ≤ 1,
 * so each attractor holds at least half of its basin's restricted Gibbs mass. A basin of two states
 * needs no β (ln 1 = 0: the attractor holds at least half at every β, even on a tie); a tie (Δ_a = 0)
 * in a larger basin gives β* = ∞: no temperature makes that attractor dominate. A negative gap (an
 * attractor that is not its basin's minimum, as with a wrong-signed energy) gives a negative term,
 * so no β is asked of it: the bound's premise fails there and the check at β ≥ 0 shows it.
 */
export function dominanceBeta(b: Pick<Basins, "sizes" | "gaps">): number {
  let betaStar = 0;
  b.sizes.forEach((n, a) => {
    if (n > 2) betaStar = Math.max(betaStar, b.gaps[a] === 0 ? Infinity : Math.log(n - 1) / b.gaps[a]);
  });
  return betaStar;
}
