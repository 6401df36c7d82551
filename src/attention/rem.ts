/**
 * Softmax rows with random logits: the random-energy-model (REM) picture of attention.
 *
 * For N i.i.d. logits a_i ~ N(0, σ²) and weights e^{β a_i}, write β_c(N) = √(2 ln N)/σ and
 * u = β/β_c. A saddle point over the density of states N^{1−x²} (logits a = x·σ√(2 ln N)) gives
 * ln Z / ln N → φ(u) = 1 + u² for u ≤ 1 and 2u for u ≥ 1 (the maximum logit dominates: freezing).
 * The participation ratio PR = Z(β)²/Z(2β) therefore grows as N^{κ(u)} with
 * κ(u) = 2φ(u) − φ(2u) = 1 − 2u² (u ≤ ½), 2(1 − u)² (½ ≤ u ≤ 1), 0 (u ≥ 1):
 * a power of N below β_c, bounded above it. In the frozen phase Σ p_i² → 1 − 1/u in mean
 * (Poisson-Dirichlet with parameter 1/u; Derrida 1981, Mézard-Parisi-Virasoro ch. 1).
 * Corrections are of order ln ln N / ln N, so finite-N checks use generous tolerances.
 *
 * @module
 */
import type { Prng } from "../random/prng.js";

/** The REM freezing point β_c(N) = √(2 ln N)/σ. */
export function remCriticalBeta(n: number, sigma: number): number {
  if (!(n >= 2)) throw new RangeError(`REM needs N ≥ 2, got ${n}`);
  if (!(sigma > 0)) throw new RangeError(`REM needs σ > 0, got ${sigma}`);
  return Math.sqrt(2 * Math.log(n)) / sigma;
}

/** The limiting exponent κ(u) of the participation ratio, PR ≍ N^{κ(u)}, u = β/β_c. */
export function remParticipationExponent(u: number): number {
  if (!(u >= 0)) throw new RangeError(`u must be ≥ 0, got ${u}`);
  if (u <= 0.5) return 1 - 2 * u * u;
  if (u <= 1) return 2 * (1 - u) * (1 - u);
  return 0;
}

/** The limiting mean of Σ p_i² in the frozen phase (u > 1): 1 − 1/u; 0 for u ≤ 1. */
export function remFrozenIpr(u: number): number {
  return u > 1 ? 1 - 1 / u : 0;
}

/** N i.i.d. N(0, σ²) logits from `rng`. */
export function remLogits(rng: Prng, n: number, sigma: number): Float64Array {
  const a = new Float64Array(n);
  rng.fillNormal(a);
  for (let i = 0; i < n; i++) a[i] *= sigma;
  return a;
}

/** Σ p_i² of softmax(a, β), computed in one pass with a max shift (no allocation). */
export function inverseParticipation(a: Float64Array, beta: number): number {
  let m = -Infinity;
  for (let i = 0; i < a.length; i++) if (beta * a[i] > m) m = beta * a[i];
  let z = 0;
  let z2 = 0;
  for (let i = 0; i < a.length; i++) {
    const w = Math.exp(beta * a[i] - m);
    z += w;
    z2 += w * w;
  }
  return z2 / (z * z);
}
