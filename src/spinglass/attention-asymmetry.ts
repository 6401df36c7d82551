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
