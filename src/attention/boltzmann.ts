/**
 * Thermodynamics of one softmax row, read as a Boltzmann distribution.
 *
 * Convention (used everywhere in this area): the row has logits a_i and weights e^{β a_i}, so the
 * energy of state i is E_i = −a_i and p_i = e^{−β E_i} / Z with ln Z(β) = ln Σ_i e^{β a_i}. With that
 * sign, d ln Z/dβ = Σ p_i a_i = −⟨E⟩, d² ln Z/dβ² = Var(E), the Gibbs entropy S = −Σ p ln p equals
 * β⟨E⟩ + ln Z, and dS/dβ = −β Var(E). Getting the sign of E wrong flips the first identity, which is
 * why the energy is computed here once rather than at every call site.
 *
 * @module
 */
import { finite, finiteArray, real } from "../args/check.js";
import { logSumExp, softmaxWithLogZ } from "./softmax.js";

/** `q` must be finite, non-negative entries (a distribution, not necessarily normalised). */
function nonNegative(fn: string, name: string, q: unknown, length?: number, lengthOf?: string): ArrayLike<number> {
  const v = finiteArray(fn, name, q, { length, lengthOf, minLength: 1 });
  for (let i = 0; i < v.length; i++)
    if (v[i] < 0) throw new RangeError(`${fn}: ${name}[${i}] must be ≥ 0, got ${v[i]}`);
  return v;
}

/** The energies E_i = −a_i of a logit row (finite numbers; the sign convention of this module). */
export function energies(a: ArrayLike<number>): Float64Array {
  finiteArray("energies", "a", a);
  const e = new Float64Array(a.length);
  for (let i = 0; i < a.length; i++) e[i] = -a[i];
  return e;
}

/** Thermodynamic summary of a softmax row at inverse temperature β. */
export interface RowThermo {
  /** The Boltzmann weights p_i = e^{β a_i}/Z. */
  p: Float64Array;
  /** ln Z(β). */
  lnZ: number;
  /** ⟨E⟩ = −Σ p_i a_i. */
  meanEnergy: number;
  /** Var(E) = Σ p_i a_i² − (Σ p_i a_i)², computed around the mean to avoid cancellation. */
  varEnergy: number;
  /** Gibbs entropy S = −Σ p_i ln p_i (natural log, k_B = 1). */
  entropy: number;
  /** Participation ratio 1 / Σ p_i²: the effective number of attended tokens, in [1, N]. */
  participation: number;
}

/** Compute the {@link RowThermo} of logits `a` (finite, at least one) at inverse temperature `beta` (finite). */
export function rowThermo(a: ArrayLike<number>, beta: number): RowThermo {
  finiteArray("rowThermo", "a", a, { minLength: 1 });
  finite("rowThermo", "beta", beta);
  const { p, lnZ } = softmaxWithLogZ(a, beta);
  let mean = 0;
  for (let i = 0; i < a.length; i++) mean += p[i] * a[i];
  let v = 0;
  let s = 0;
  let q = 0;
  // ln p_i = β a_i − ln Z exactly; using it instead of Math.log(p_i) keeps S accurate when p_i
  // underflows to 0 (then p_i ln p_i → 0, which the product gives).
  for (let i = 0; i < a.length; i++) {
    const d = a[i] - mean;
    v += p[i] * d * d;
    const lp = beta * a[i] - lnZ;
    if (p[i] > 0) s -= p[i] * lp;
    q += p[i] * p[i];
  }
  return { p, lnZ, meanEnergy: -mean, varEnergy: v, entropy: s, participation: 1 / q };
}

/**
 * The variational free energy F[q] = Σ q_i E_i − T·S(q) of an arbitrary distribution q over the
 * row's states (T = 1/β, E = −a). Its minimum over q is −T ln Z, reached at q = softmax(a, β);
 * F[q] − (−T ln Z) = T·KL(q ‖ p) (Gibbs' inequality). Domain: q finite and ≥ 0, a finite of the
 * same length, β finite and > 0.
 */
export function freeEnergyFunctional(q: ArrayLike<number>, a: ArrayLike<number>, beta: number): number {
  nonNegative("freeEnergyFunctional", "q", q);
  finiteArray("freeEnergyFunctional", "a", a, { length: q.length, lengthOf: "q" });
  real("freeEnergyFunctional", "beta", beta, 0, Number.MAX_VALUE, { openLo: true, what: "finite and > 0" });
  let u = 0;
  let s = 0;
  for (let i = 0; i < q.length; i++) {
    u -= q[i] * a[i];
    if (q[i] > 0) s -= q[i] * Math.log(q[i]);
  }
  return u - s / beta;
}

/**
 * Kullback-Leibler divergence KL(q ‖ p) = Σ q ln(q/p) (terms with q_i = 0 contribute 0): q and p
 * finite, ≥ 0, of one length; +∞ where p_i = 0 < q_i (the right value).
 */
export function klDivergence(q: ArrayLike<number>, p: ArrayLike<number>): number {
  nonNegative("klDivergence", "q", q);
  nonNegative("klDivergence", "p", p, q.length, "q");
  let k = 0;
  for (let i = 0; i < q.length; i++) if (q[i] > 0) k += q[i] * Math.log(q[i] / p[i]);
  return k;
}

/**
 * KL(q ‖ softmax(a, β)) computed from ln p_i = β a_i − ln Z rather than from p_i, so it stays finite
 * when p_i underflows to 0 in float64 while q_i > 0. q finite and ≥ 0, a finite of the same
 * length, β finite.
 */
export function klToSoftmax(q: ArrayLike<number>, a: ArrayLike<number>, beta: number): number {
  nonNegative("klToSoftmax", "q", q);
  finiteArray("klToSoftmax", "a", a, { length: q.length, lengthOf: "q" });
  finite("klToSoftmax", "beta", beta);
  const lnZ = logSumExp(a, beta);
  let k = 0;
  for (let i = 0; i < q.length; i++) if (q[i] > 0) k += q[i] * (Math.log(q[i]) - (beta * a[i] - lnZ));
  return k;
}

/** Participation ratio 1/Σ p_i² of a probability vector (finite, ≥ 0, not all 0). */
export function participationRatio(p: ArrayLike<number>): number {
  const v = nonNegative("participationRatio", "p", p);
  if (!Array.prototype.some.call(v, (x: number) => x > 0))
    throw new RangeError("participationRatio: p must have a positive entry, got all zeros");
  let q = 0;
  for (let i = 0; i < p.length; i++) q += p[i] * p[i];
  return 1 / q;
}

/**
 * U(β) = ⟨E⟩ of a spectrum of energies `e` (finite, at least one) with weights e^{−βE} (β finite;
 * the row convention with logits −E).
 */
export function spectrumMeanEnergy(e: ArrayLike<number>, beta: number): number {
  finiteArray("spectrumMeanEnergy", "e", e, { minLength: 1 });
  finite("spectrumMeanEnergy", "beta", beta);
  return rowThermo(
    Array.from(e, (x) => -x),
    beta,
  ).meanEnergy;
}
