/**
 * The zero-field paramagnetic instability of the thesis' vector model, against the SK line (§4.2).
 *
 * For spins of radius R in D dimensions each component has ⟨(s^a)²⟩ = R²/D, and for pair couplings of
 * standard deviation J_eff/√N the SK-type instability is at T = J_eff R²/D. The thesis' double sum
 * −Σ_ij J_ij s_i·s_j over asymmetric J ~ N(0, 1/N) couples each pair by K_ij = J_ij + J_ji (standard
 * deviation √2/√N): J_eff = √2. J_eff is measured as λ_max(K)/2, the semicircle edge being 2 J_eff.
 *
 * @module
 */
import { gaussianArray } from "./arbitraries.js";
import { operatorNorm } from "./system.js";

/** K = J + Jᵀ with zero diagonal for J ~ N(0, 1/N) drawn from `seed`, and ‖K‖₂. */
export function symmetrizedCouplings(N: number, seed: number): { K: Float64Array; norm: number } {
  const J = gaussianArray(seed, N * N, 1 / Math.sqrt(N));
  const K = new Float64Array(N * N);
  for (let i = 0; i < N; i++) for (let j = 0; j < N; j++) K[i * N + j] = i === j ? 0 : J[i * N + j] + J[j * N + i];
  return { K, norm: operatorNorm(K, N) };
}

/**
 * Largest eigenvalue of a symmetric N×N matrix by power iteration on K + shift·I (shift ≥ ‖K‖₂ makes it
 * positive semidefinite, so the dominant eigenvalue is the largest one); the start vector is drawn
 * from `startSeed`.
 */
export function topEigenvalue(K: Float64Array, N: number, shift: number, startSeed = 1): number {
  let v = gaussianArray(startSeed, N);
  let lambda = 0;
  for (let it = 0; it < 400; it++) {
    const w = new Float64Array(N);
    for (let i = 0; i < N; i++) {
      let s = shift * v[i];
      for (let j = 0; j < N; j++) s += K[i * N + j] * v[j];
      w[i] = s;
    }
    const n = Math.hypot(...w);
    const next = n - shift;
    v = w.map((t) => t / n);
    if (Math.abs(next - lambda) < 1e-12 * Math.abs(next)) return next;
    lambda = next;
  }
  return lambda;
}

/**
 * T_c / J of the vector model's zero-field spin-glass instability (see the module comment), with
 * J_eff averaged over `instances` coupling matrices of size N drawn from seeds `seed`, `seed + 1`, ….
 */
export function vectorTc(N: number, D: number, instances: number, seed = 100): number {
  const R2 = D / 2 - 1;
  let acc = 0;
  for (let k = 0; k < instances; k++) {
    const { K, norm } = symmetrizedCouplings(N, seed + k);
    acc += topEigenvalue(K, N, norm) / 2;
  }
  return ((acc / instances) * R2) / D;
}

/**
 * Top eigenpair (λ_max, unit v) of a symmetric N×N matrix by power iteration on K + shift·I (shift ≥ ‖K‖₂),
 * from a start drawn from `startSeed`.
 */
export function topEigenpair(
  K: Float64Array,
  N: number,
  shift: number,
  startSeed = 1,
): { value: number; vector: Float64Array } {
  let v = gaussianArray(startSeed, N);
  let lambda = 0;
  for (let it = 0; it < 2000; it++) {
    const w = new Float64Array(N);
    for (let i = 0; i < N; i++) {
      let s = shift * v[i];
      for (let j = 0; j < N; j++) s += K[i * N + j] * v[j];
      w[i] = s;
    }
    const n = Math.hypot(...w);
    const next = n - shift;
    v = w.map((t) => t / n);
    if (Math.abs(next - lambda) < 1e-13 * Math.max(1, Math.abs(next))) return { value: next, vector: v };
    lambda = next;
  }
  return { value: lambda, vector: v };
}
