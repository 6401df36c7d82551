/**
 * Asymmetry of attention couplings between tokens (thesis 003 §2.3, §5.2.1, App. A.2: "the attention
 * paid by one token to the next is also asymmetric", J_ij ≠ J_ji).
 *
 * The couplings are the attention weights J = ζ(x W_Q W_Kᵀ xᵀ/√D) of Table 2.1 (ζ the row softmax,
 * optionally causal, as in a generative model). Their asymmetry is max_ij |J_ij − J_ji|, computed
 * directly ({@link maxAsymmetry}) and, as a second road, as twice the largest entry of the odd part
 * Jᵒ = (J − Jᵀ)/2 of eq A.2.1 ({@link maxAsymmetryOdd}).
 *
 * @module
 */
import { finiteArray, int } from "../args/check.js";
import { selfAttention } from "../attention/attention.js";
import { matmul, transpose, type Mat } from "../attention/matrix.js";
import { evenOddSplit } from "./energy.js";

/** How the couplings are built: the attention weights (default) or, for controls, the tied unnormalized kernel. */
export interface CouplingOptions {
  /** Causal mask (a generative model): token i attends to j ≤ i only. */
  causal?: boolean;
  /** W_K = W_Q and no softmax normalization: J = exp(x W_Q W_Qᵀ xᵀ/√D) (symmetric; causal mask still applied). */
  tiedUnnormalized?: boolean;
}

/**
 * The N×N couplings between tokens x (N×D, row-major) for D×D projections wq, wk (row-major):
 * J = rowSoftmax(x W_Q (x W_K)ᵀ/√D), i.e. {@link selfAttention}'s weights.
 */
export function attentionCouplings(
  x: Float64Array,
  wq: Float64Array,
  wk: Float64Array,
  N: number,
  D: number,
  options: CouplingOptions = {},
): Float64Array {
  int("attentionCouplings", "N", N, 1, 512);
  int("attentionCouplings", "D", D, 1, 512);
  finiteArray("attentionCouplings", "x", x, { length: N * D });
  finiteArray("attentionCouplings", "wq", wq, { length: D * D });
  finiteArray("attentionCouplings", "wk", wk, { length: D * D });
  const rows = (a: Float64Array, n: number, m: number): Mat =>
    Array.from({ length: n }, (_, i) => Array.from(a.subarray(i * m, (i + 1) * m)));
  const X = rows(x, N, D);
  const WQ = rows(wq, D, D);
  const out = new Float64Array(N * N);
  if (options.tiedUnnormalized) {
    const q = matmul(X, WQ);
    const s = matmul(q, transpose(q));
    for (let i = 0; i < N; i++)
      for (let j = 0; j < N; j++) out[i * N + j] = options.causal && j > i ? 0 : Math.exp(s[i][j] / Math.sqrt(D));
    return out;
  }
  const zero: Mat = Array.from({ length: D }, () => new Array(D).fill(0));
  const { weights } = selfAttention(X, { wq: WQ, wk: rows(wk, D, D), wv: zero }, { causal: options.causal ?? false });
  for (let i = 0; i < N; i++) for (let j = 0; j < N; j++) out[i * N + j] = weights[i][j];
  return out;
}

/** max_ij |J_ij − J_ji| of an N×N matrix (row-major). */
export function maxAsymmetry(J: ArrayLike<number>, N: number): number {
  int("maxAsymmetry", "N", N, 1, 2 ** 13);
  finiteArray("maxAsymmetry", "J", J, { length: N * N });
  let d = 0;
  for (let i = 0; i < N; i++) for (let j = 0; j < i; j++) d = Math.max(d, Math.abs(J[i * N + j] - J[j * N + i]));
  return d;
}

/**
 * max_{i>j} |J_ij − J_ji| / min(|J_ij| + |J_ji|, |1 − J_ij| + |1 − J_ji|) (a pair of equal zeros or
 * ones counts 0): asymmetry in units of the couplings themselves, or of their distance to 1 for
 * attention weights near 1. Softmax rows are peaked, so couplings sit exponentially close to 0 or
 * to 1 and an absolute threshold calls them symmetric: J_12 = 1e-10 vs J_21 = 1e-11 differ by only
 * 9e-11, and two rows of N = 2 tokens that each put almost all weight on the other token give
 * J_12 ≈ J_21 ≈ 1 differing by ~1e-10 (an --explore seed met both).
 */
export function maxRelativeAsymmetry(J: ArrayLike<number>, N: number): number {
  int("maxRelativeAsymmetry", "N", N, 1, 2 ** 13);
  finiteArray("maxRelativeAsymmetry", "J", J, { length: N * N });
  let d = 0;
  for (let i = 0; i < N; i++)
    for (let j = 0; j < i; j++) {
      const a = J[i * N + j];
      const b = J[j * N + i];
      const s = Math.min(Math.abs(a) + Math.abs(b), Math.abs(1 - a) + Math.abs(1 - b));
      if (a !== b) d = Math.max(d, s > 0 ? Math.abs(a - b) / s : Number.POSITIVE_INFINITY);
    }
  return d;
}

/**
 * The largest score magnitude bound max_ij Σ_ab |x_ia||W_Q,ab| · Σ_cd |x_jc||W_K,cd| / √D over the
 * N tokens: what the rounding of a score x_i W_Q (x_j W_K)ᵀ/√D is relative to (each product and sum
 * in it is bounded by this mass).
 */
export function scoreMass(x: Float64Array, wq: Float64Array, wk: Float64Array, N: number, D: number): number {
  int("scoreMass", "N", N, 1, 512);
  int("scoreMass", "D", D, 1, 512);
  finiteArray("scoreMass", "x", x, { length: N * D });
  finiteArray("scoreMass", "wq", wq, { length: D * D });
  finiteArray("scoreMass", "wk", wk, { length: D * D });
  const rowMass = (w: Float64Array, i: number) => {
    let m = 0;
    for (let a = 0; a < D; a++) for (let b = 0; b < D; b++) m += Math.abs(x[i * D + a]) * Math.abs(w[a * D + b]);
    return m;
  };
  let q = 0;
  let k = 0;
  for (let i = 0; i < N; i++) {
    q = Math.max(q, rowMass(wq, i));
    k = Math.max(k, rowMass(wk, i));
  }
  return (q * k) / Math.sqrt(D);
}

/**
 * 64·(2D·S + 4N + 8)·ε, the couplings' rounding relative to themselves for scores of mass S (see
 * {@link asymmetryOverRounding}), after checking the arguments both users take (named for `fn`).
 */
function roundingUnit(fn: string, J: ArrayLike<number>, N: number, D: number, mass: number): number {
  int(fn, "N", N, 1, 2 ** 13);
  int(fn, "D", D, 1, 512);
  finiteArray(fn, "J", J, { length: N * N });
  if (!(mass >= 0) || !Number.isFinite(mass)) throw new RangeError(`${fn}: mass must be finite and ≥ 0, got ${mass}`);
  return 64 * (2 * D * mass + 4 * N + 8) * Number.EPSILON;
}

/**
 * max_{i>j} |J_ij − J_ji| / (r_ij + r_ji), the asymmetry in units of the couplings' own rounding
 * r = 64·(2D·S + 4N + 8)·ε·|J| for scores of mass S ({@link scoreMass}): a softmax weight e^{s}/Σe^{s'}
 * carries the absolute rounding of its score (≤ 2D·ε·S, through e^{s}) and of the exp and the row sum
 * (≤ (4N + 8)·ε) relative to itself, and 64 is the margin. Above 1 the matrix is asymmetric beyond
 * what float64 could have made of a symmetric one; a pair of bitwise equal couplings counts 0.
 *
 * Why not a fixed threshold: near-uniform rows (tiny scores) are truly but only slightly asymmetric
 * (an --explore seed: scores ≈ 2e-6, J ≈ 1/2 ± 1e-6, relative asymmetry 8e-8, 3.6e5 times its rounding),
 * and peaked rows sit exponentially close to 0 or 1; only the rounding says what float64 can resolve.
 */
export function asymmetryOverRounding(J: ArrayLike<number>, N: number, D: number, mass: number): number {
  const unit = roundingUnit("asymmetryOverRounding", J, N, D, mass);
  let d = 0;
  for (let i = 0; i < N; i++)
    for (let j = 0; j < i; j++) {
      const a = J[i * N + j];
      const b = J[j * N + i];
      if (a === b) continue;
      const r = unit * (Math.abs(a) + Math.abs(b));
      d = Math.max(d, r > 0 ? Math.abs(a - b) / r : Number.POSITIVE_INFINITY);
    }
  return d;
}

/**
 * Whether some pair i > j can show asymmetry in float64: both couplings farther from 1 than the
 * rounding unit of {@link asymmetryOverRounding} (a weight within rounding of 1 has lost the digits
 * that would differ: an --explore seed drew N = 2, D = 7 rows putting all but ~1e-16 of their weight
 * on the other token, one rounding to 1.0 and the other to 1 − ε) and not both exactly 0.
 */
export function hasResolvablePair(J: ArrayLike<number>, N: number, D: number, mass: number): boolean {
  const unit = roundingUnit("hasResolvablePair", J, N, D, mass);
  for (let i = 0; i < N; i++)
    for (let j = 0; j < i; j++) {
      const a = J[i * N + j];
      const b = J[j * N + i];
      if (Math.min(Math.abs(1 - a), Math.abs(1 - b)) > unit && (a !== 0 || b !== 0)) return true;
    }
  return false;
}

/**
 * Whether some pair i > j has both couplings away from exact 0 and exact 1 in float64. Rows that
 * saturate completely (N = 2 tokens each putting weight 1.0 on the other) round to a permutation
 * matrix, symmetric in float64 whatever the exact weights are: no float check can see asymmetry there.
 */
export function hasUnsaturatedPair(J: ArrayLike<number>, N: number): boolean {
  int("hasUnsaturatedPair", "N", N, 1, 2 ** 13);
  // A NaN coupling must be an error, not a "saturated" pair that the caller then rejects.
  finiteArray("hasUnsaturatedPair", "J", J, { length: N * N });
  for (let i = 0; i < N; i++)
    for (let j = 0; j < i; j++) {
      const a = J[i * N + j];
      const b = J[j * N + i];
      if (Math.min(Math.abs(a), Math.abs(b), Math.abs(1 - a), Math.abs(1 - b)) > 0) return true;
    }
  return false;
}

/** Second road: 2 max_ij |Jᵒ_ij| with Jᵒ = (J − Jᵀ)/2 from {@link evenOddSplit}. */
export function maxAsymmetryOdd(J: Float64Array, N: number): number {
  const { odd } = evenOddSplit(J, N);
  let d = 0;
  for (const v of odd) d = Math.max(d, Math.abs(v));
  return 2 * d;
}
