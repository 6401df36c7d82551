/**
 * Attractors and basins of a small classical Hopfield network, exactly: every one of the 2^N states
 * is run to its fixed point by asynchronous sweeps (units in order 0..N−1), which partitions the
 * state space into basins. With symmetric weights and zero diagonal, each real flip lowers the
 * energy strictly, so every state of a basin other than its attractor has a strictly higher energy
 * than the attractor: Δ_a = min_{x ∈ a, x ≠ x_a} E(x) − E(x_a) > 0.
 *
 * The blog's mixture of Gibbs measures P(x) = Σ_a P(a) P(x|a) is then checked in two ways:
 * {@link mixtureOfRestrictedGibbs} assembles it from restricted measures P(x|a) = e^{−βE(x)}/Z_a on
 * any partition with weights Z_a/Z (the law of total probability); {@link basinConcentration}
 * measures how much of P(x|a) sits on the attractor itself, which is what "dominated by the
 * configurations that minimize the exponent" needs.
 *
 * @module
 */
import { finite, finiteArray, int, obj } from "../args/check.js";
import { hopfieldEnergyOf, runAsynchronousOf } from "./hopfield.js";

/** The partition of {−1, +1}^N into basins. State code c has s_k = +1 when bit k of c is 0. */
export interface Basins {
  N: number;
  /** Energy of every state, by code. */
  energies: Float64Array;
  /** Index (into `attractors`) of the basin of every state, by code. */
  basinOf: Int32Array;
  /** Codes of the attractors (fixed points reached), in order of discovery. */
  attractors: number[];
  /** Number of states in each basin. */
  sizes: Int32Array;
  /**
   * Energy gap Δ_a from each attractor to the lowest other state of its basin (Infinity if the basin is
   * the attractor alone; exactly 0 for a tie, i.e. a gap within the energies' rounding).
   */
  gaps: Float64Array;
}

/** The ±1 state with code `c` (bit k set ↔ s_k = −1). */
export function stateOfCode(c: number, N: number): Int8Array {
  int("stateOfCode", "N", N, 1, 32);
  int("stateOfCode", "c", c, 0, 2 ** N - 1);
  const s = new Int8Array(N);
  for (let k = 0; k < N; k++) s[k] = (c >>> k) & 1 ? -1 : 1;
  return s;
}

function codeOfState(s: ArrayLike<number>): number {
  let c = 0;
  for (let k = 0; k < s.length; k++) if (s[k] < 0) c |= 1 << k;
  return c >>> 0;
}

/**
 * Enumerate the basins of asynchronous zero-temperature dynamics (N ≤ 16).
 *
 * @throws RangeError when N is out of range or a run does not end in a fixed point (the weights
 * are then not symmetric with a non-negative diagonal).
 */
export function attractorBasins(W: ArrayLike<number>, theta: ArrayLike<number>, N: number): Basins {
  if (!Number.isInteger(N) || N < 1 || N > 16)
    throw new RangeError(`attractorBasins: N must be an integer in [1, 16], got ${N}`);
  finiteArray("attractorBasins", "W", W, { length: N * N });
  finiteArray("attractorBasins", "θ", theta, { length: N });
  if (W.length !== N * N || theta.length !== N)
    throw new RangeError(
      `attractorBasins: W has ${W.length} entries and θ ${theta.length}, expected ${N * N} and ${N}`,
    );
  const size = 2 ** N;
  const energies = new Float64Array(size);
  const basinOf = new Int32Array(size);
  const attractors: number[] = [];
  const index = new Map<number, number>();
  for (let c = 0; c < size; c++) {
    const s = stateOfCode(c, N);
    // W and θ were checked above, s is ±1 of length N: the unchecked cores (2^N states).
    energies[c] = hopfieldEnergyOf(W, theta, s);
    // A non-finite energy would drop out of every gap below and pass as a basin statistic.
    if (!Number.isFinite(energies[c]))
      throw new RangeError(`attractorBasins: the energy of the state with code ${c} is ${energies[c]}`);
    const run = runAsynchronousOf(W, theta, s);
    if (run.outcome !== "fixed")
      throw new RangeError(`attractorBasins: the state with code ${c} ends in a ${run.outcome}, not a fixed point`);
    const a = codeOfState(run.state);
    let k = index.get(a);
    if (k === undefined) {
      k = attractors.length;
      attractors.push(a);
      index.set(a, k);
    }
    basinOf[c] = k;
  }
  // Sizes and gaps do not depend on β: computed once here, not per temperature.
  const sizes = new Int32Array(attractors.length);
  const gaps = new Float64Array(attractors.length).fill(Infinity);
  for (let c = 0; c < size; c++) {
    const a = basinOf[c];
    sizes[a]++;
    if (c !== attractors[a]) gaps[a] = Math.min(gaps[a], energies[c] - energies[attractors[a]]);
  }
  // Energies are sums of ≤ N² + N terms, each within |W_ij| or |θ_i| in magnitude: two of them differ
  // by rounding alone by at most about 2(N² + N)·ε·(Σ|W| + Σ|θ|) (with a factor 8 of margin below).
  // A gap within that is a tie (an attractor with an equal-energy state in its basin, a plateau),
  // reported as exactly 0: a gap of 2e-16 would put β* = ln(n − 1)/Δ near 1e16 and overflow every
  // Boltzmann weight that uses it.
  const tie = energyRoundingBound(W, theta, N);
  for (let a = 0; a < gaps.length; a++) if (Math.abs(gaps[a]) <= tie) gaps[a] = 0;
  return { N, energies, basinOf, attractors, sizes, gaps };
}

/** 16(N² + N)·ε·(Σ|W| + Σ|θ|): a bound on the difference rounding alone makes between two computed energies. */
function energyRoundingBound(W: ArrayLike<number>, theta: ArrayLike<number>, N: number): number {
  let mass = 0;
  for (let k = 0; k < W.length; k++) mass += Math.abs(W[k]);
  for (let k = 0; k < theta.length; k++) mass += Math.abs(theta[k]);
  return 16 * (N * N + N) * Number.EPSILON * mass;
}

/** Per basin at inverse temperature β (sizes and gaps, which do not depend on β, are in {@link Basins}). */
export interface BasinStatistics {
  /** Equilibrium weight Z_a/Z. */
  weight: number;
  /** P(x_a | a) = e^{−βE(x_a)}/Z_a, the restricted measure's mass on the attractor. */
  attractorMass: number;
}

/**
 * The restricted partition functions Z_a = Σ_{x ∈ a} e^{−β(E(x) − E_min)} of a partition (`labels`
 * 0..k−1), shifted by the lowest energy so that large β does not underflow every term.
 */
function restrictedPartitionFunctions(
  energies: ArrayLike<number>,
  labels: ArrayLike<number>,
  k: number,
  beta: number,
): { za: Float64Array; eMin: number } {
  let eMin = Infinity;
  for (let x = 0; x < energies.length; x++) eMin = Math.min(eMin, energies[x]);
  const za = new Float64Array(k);
  for (let x = 0; x < energies.length; x++) za[labels[x]] += Math.exp(-beta * (energies[x] - eMin));
  return { za, eMin };
}

/** Weights and attractor masses of every basin at β. */
export function basinConcentration(b: Basins, beta: number): BasinStatistics[] {
  obj("basinConcentration", "b", b);
  if (!(b.energies instanceof Float64Array) || !(b.basinOf instanceof Int32Array) || !Array.isArray(b.attractors))
    throw new TypeError("basinConcentration: b must be the Basins of attractorBasins");
  if (!(beta >= 0) || !Number.isFinite(beta))
    throw new RangeError(`basinConcentration: β must be finite and ≥ 0, got ${beta}`);
  const { za, eMin } = restrictedPartitionFunctions(b.energies, b.basinOf, b.attractors.length, beta);
  const total = za.reduce((s, v) => s + v, 0);
  return b.attractors.map((code, a) => ({
    weight: za[a] / total,
    attractorMass: Math.exp(-beta * (b.energies[code] - eMin)) / za[a],
  }));
}

/**
 * The mixture Σ_a (Z_a/Z) · e^{−βE(x)} 1[x ∈ a] / Z_a for every state x, for any partition
 * `labels` (label of each state, 0..k−1) of a finite energy list: the right-hand side of the blog's
 * P(x) = Σ_i P_i e^{−βE_i(x)}/Z_i with P_i = Z_i/Z.
 */
export function mixtureOfRestrictedGibbs(
  energies: ArrayLike<number>,
  labels: ArrayLike<number>,
  beta: number,
): Float64Array {
  const fn = "mixtureOfRestrictedGibbs";
  finiteArray(fn, "energies", energies);
  finiteArray(fn, "labels", labels, { length: energies.length, lengthOf: "energies" });
  for (let x = 0; x < labels.length; x++) int(fn, `labels[${x}]`, labels[x], 0, 2 ** 24);
  finite(fn, "β", beta);
  if (energies.length !== labels.length)
    throw new RangeError(`mixtureOfRestrictedGibbs: ${energies.length} energies but ${labels.length} labels`);
  let k = 0;
  for (let x = 0; x < energies.length; x++) {
    if (!Number.isFinite(energies[x])) throw new RangeError(`mixtureOfRestrictedGibbs: energy ${x} is ${energies[x]}`);
    k = Math.max(k, labels[x] + 1);
  }
  const { za, eMin } = restrictedPartitionFunctions(energies, labels, k, beta);
  const z = za.reduce((s, v) => s + v, 0);
  const out = new Float64Array(energies.length);
  for (let x = 0; x < energies.length; x++) {
    const a = labels[x];
    out[x] = (za[a] / z) * (Math.exp(-beta * (energies[x] - eMin)) / za[a]);
  }
  return out;
}
