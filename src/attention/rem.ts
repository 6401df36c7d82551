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
import { leastSquaresSlope } from "../fit/least-squares.js";
import { Prng } from "../random/prng.js";

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

/**
 * The fitted exponent of the participation ratio of REM rows (σ = 1) at u = β/β_c(N): the
 * least-squares slope of the mean of ln PR = −ln Σp² against ln N over N = 2^k, k in `logNs`,
 * averaging `reps` rows per size. Row r of size 2^k uses stream k·1000 + r of `new Prng(seed)`.
 */
export function remParticipationSlope(seed: number, u: number, logNs: number[], reps: number): number {
  const rng = new Prng(seed);
  const xs: number[] = [];
  const ys: number[] = [];
  for (const k of logNs) {
    const n = 2 ** k;
    let acc = 0;
    for (let r = 0; r < reps; r++) {
      const a = remLogits(rng.split(k * 1000 + r), n, 1);
      acc += -Math.log(inverseParticipation(a, u * remCriticalBeta(n, 1)));
    }
    xs.push(Math.log(n));
    ys.push(acc / reps);
  }
  return leastSquaresSlope(xs, ys);
}

/**
 * The typical location of the maximum of N standard normals,
 * a_N = √(2 ln N) − (ln ln N + ln 4π)/(2√(2 ln N)) (the Gumbel centring constant): the finite-N
 * freezing slope used instead of its limit √(2 ln N).
 */
export function gaussianMaxLocation(n: number): number {
  if (!(n >= 3)) throw new RangeError(`a_N needs N ≥ 3 (ln ln N > −∞), got ${n}`);
  const l = Math.sqrt(2 * Math.log(n));
  return l - (Math.log(Math.log(n)) + Math.log(4 * Math.PI)) / (2 * l);
}
