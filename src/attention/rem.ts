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
import { finiteArray, int, prngLike, real } from "../args/check.js";
import { leastSquaresSlope } from "../fit/least-squares.js";
import { Prng } from "../random/prng.js";

/** The most logits {@link remLogits} draws in one row: 2^24. */
const MAX_REM_LOGITS = 2 ** 24;
/** The most logits {@link remParticipationSlope} draws in all (reps · Σ 2^k): 2^25. */
const MAX_REM_SLOPE_WORK = 2 ** 25;

/**
 * The REM freezing point β_c(N) = √(2 ln N)/σ. Domain: N (argument `n`, a size, real-valued here)
 * finite and ≥ 2; σ finite and > 0, small enough that β_c is finite.
 */
export function remCriticalBeta(n: number, sigma: number): number {
  real("remCriticalBeta", "n", n, 2, Number.MAX_VALUE, { what: "finite and ≥ 2 (N logits)" });
  real("remCriticalBeta", "sigma", sigma, 0, Number.MAX_VALUE, { openLo: true, what: "finite and > 0" });
  const b = Math.sqrt(2 * Math.log(n)) / sigma;
  if (!Number.isFinite(b)) throw new RangeError(`remCriticalBeta: sigma = ${sigma} is so small that β_c overflows`);
  return b;
}

/**
 * The limiting exponent κ(u) of the participation ratio, PR ≍ N^{κ(u)}, u = β/β_c. Domain: u finite
 * and ≥ 0.
 */
export function remParticipationExponent(u: number): number {
  real("remParticipationExponent", "u", u, 0, Number.MAX_VALUE, { what: "finite and ≥ 0" });
  if (u <= 0.5) return 1 - 2 * u * u;
  if (u <= 1) return 2 * (1 - u) * (1 - u);
  return 0;
}

/** The limiting mean of Σ p_i² in the frozen phase (u > 1): 1 − 1/u; 0 for u ≤ 1. Domain: u finite and ≥ 0. */
export function remFrozenIpr(u: number): number {
  real("remFrozenIpr", "u", u, 0, Number.MAX_VALUE, { what: "finite and ≥ 0" });
  return u > 1 ? 1 - 1 / u : 0;
}

/**
 * N i.i.d. N(0, σ²) logits from `rng`. Domain: `rng` a Prng, N (argument `n`) an integer in
 * [1, 2^24], σ finite and ≥ 0 with every σ·z finite.
 */
export function remLogits(rng: Prng, n: number, sigma: number): Float64Array {
  prngLike("remLogits", "rng", rng);
  int("remLogits", "n", n, 1, MAX_REM_LOGITS);
  // |z| < 40 for any normal deviate a float64 generator produces, so σ ≤ 1e300 keeps σ·z finite.
  real("remLogits", "sigma", sigma, 0, 1e300);
  return drawLogits(rng, n, sigma);
}

function drawLogits(rng: Prng, n: number, sigma: number): Float64Array {
  const a = new Float64Array(n);
  rng.fillNormal(a);
  for (let i = 0; i < n; i++) a[i] *= sigma;
  return a;
}

/**
 * Σ p_i² of softmax(a, β), computed in one pass with a max shift (no allocation). Domain: `a` at
 * least one finite logit, β finite, and max β·a_i finite (an overflowing product is refused).
 */
export function inverseParticipation(a: Float64Array, beta: number): number {
  finiteArray("inverseParticipation", "a", a, { minLength: 1 });
  real("inverseParticipation", "beta", beta, -Number.MAX_VALUE, Number.MAX_VALUE, { what: "finite" });
  return ipr(a, beta);
}

function ipr(a: ArrayLike<number>, beta: number): number {
  let m = -Infinity;
  for (let i = 0; i < a.length; i++) if (beta * a[i] > m) m = beta * a[i];
  // beta·a_i = +∞ somewhere: the shift is infinite; refuse rather than return NaN.
  if (!Number.isFinite(m))
    throw new RangeError(`inverseParticipation: beta·a overflows (beta = ${beta}, max beta·a_i = ${m})`);
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
 * Domain: `seed` an integer (as Prng takes it); u finite and ≥ 0; `logNs` integers in [1, 24] with
 * at least two distinct values (a slope); `reps` an integer ≥ 1; the work reps·Σ 2^k at most 2^25
 * logits (a few seconds).
 */
export function remParticipationSlope(seed: number, u: number, logNs: number[], reps: number): number {
  const fn = "remParticipationSlope";
  real(fn, "u", u, 0, Number.MAX_VALUE, { what: "finite and ≥ 0" });
  const ks = finiteArray(fn, "logNs", logNs, { minLength: 2 });
  for (let i = 0; i < ks.length; i++) int(fn, `logNs[${i}]`, ks[i], 1, 24);
  if (!Array.prototype.some.call(ks, (k: number) => k !== ks[0]))
    throw new RangeError(`${fn}: logNs must hold at least two distinct sizes (a slope), got ${Array.from(ks)}`);
  int(fn, "reps", reps, 1, MAX_REM_SLOPE_WORK);
  let work = 0;
  for (let i = 0; i < ks.length; i++) work += reps * 2 ** ks[i];
  if (work > MAX_REM_SLOPE_WORK)
    throw new RangeError(
      `${fn}: reps·Σ 2^logNs must be at most 2^25 logits, got ${reps}·Σ 2^[${Array.from(ks)}] = ${work}`,
    );
  const rng = new Prng(seed);
  const xs: number[] = [];
  const ys: number[] = [];
  for (const k of logNs) {
    const n = 2 ** k;
    let acc = 0;
    for (let r = 0; r < reps; r++) {
      const a = drawLogits(rng.split(k * 1000 + r), n, 1);
      acc += -Math.log(ipr(a, u * Math.sqrt(2 * Math.log(n))));
    }
    xs.push(Math.log(n));
    ys.push(acc / reps);
  }
  return leastSquaresSlope(xs, ys);
}

/**
 * The typical location of the maximum of N standard normals,
 * a_N = √(2 ln N) − (ln ln N + ln 4π)/(2√(2 ln N)) (the Gumbel centring constant): the finite-N
 * freezing slope used instead of its limit √(2 ln N). Domain: N (argument `n`, real-valued here)
 * finite and ≥ 3 (where ln ln N is finite and a_N is defined).
 */
export function gaussianMaxLocation(n: number): number {
  real("gaussianMaxLocation", "n", n, 3, Number.MAX_VALUE, { what: "finite and ≥ 3 (ln ln N must be finite)" });
  const l = Math.sqrt(2 * Math.log(n));
  return l - (Math.log(Math.log(n)) + Math.log(4 * Math.PI)) / (2 * l);
}
