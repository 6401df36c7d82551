/**
 * Random matrix families for the Trotter and RG claims, driven by the project PRNG so that a
 * fast-check-generated seed determines the matrix: symmetric (GOE-like), positive semidefinite,
 * diagonal (classical), exactly commuting, and generic non-commuting families.
 *
 * @module
 */
import { finite, finiteArray, real, finiteMatrix, int, prngLike } from "../args/check.js";
import type { Prng } from "../random/prng.js";

/** The largest n of the O(n²) families (2^24 entries). */
const MAX_N = 2 ** 12;
/** The largest n of the O(n³) families (512³ ≈ 1.3·10⁸ operations). */
const MAX_CUBIC_N = 512;
/** The largest total number of entries L·n² of a list of matrices. */
const MAX_ENTRIES = 2 ** 26;
/** The largest |scale|: Gaussian entries (|x| ≲ 40, sums of n² of them for randomPsd) times it stay finite. */
const MAX_SCALE = 1e300;
/** The largest N of {@link isingDiagonal}: a dense 2^N × 2^N matrix (2^20 entries). */
const MAX_ISING_N = 10;

/** prng a Prng, n an integer in [1, max]. */
function prngAndSize(fn: string, prng: unknown, n: unknown, max: number): void {
  prngLike(fn, "prng", prng);
  int(fn, "n", n, 1, max);
}

/** L an integer ≥ 1 with L·n² ≤ 2^26, |scale| ≤ 1e300. */
function count(fn: string, L: unknown, n: number): void {
  int(fn, "L", L, 1, Math.max(1, Math.floor(MAX_ENTRIES / (n * n))));
}

/** A symmetric n×n matrix with N(0, 1) off-diagonal and N(0, 2) diagonal entries, times `scale` (|scale| ≤ 1e300); n an integer in [1, 2^12]. */
export function randomSymmetric(prng: Prng, n: number, scale = 1): number[][] {
  prngAndSize("randomSymmetric", prng, n, MAX_N);
  real("randomSymmetric", "scale", scale, -MAX_SCALE, MAX_SCALE);
  const A = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++)
    for (let j = i; j < n; j++) {
      const x = scale * prng.normal() * (i === j ? Math.SQRT2 : 1);
      A[i][j] = x;
      A[j][i] = x;
    }
  return A;
}

/** A positive semidefinite n×n matrix G Gᵀ / n with G Gaussian, times `scale` (|scale| ≤ 1e300); n an integer in [1, 512] (O(n³)). */
export function randomPsd(prng: Prng, n: number, scale = 1): number[][] {
  prngAndSize("randomPsd", prng, n, MAX_CUBIC_N);
  real("randomPsd", "scale", scale, -MAX_SCALE, MAX_SCALE);
  const G = Array.from({ length: n }, () => Array.from({ length: n }, () => prng.normal()));
  const A = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++)
    for (let j = 0; j <= i; j++) {
      let s = 0;
      for (let k = 0; k < n; k++) s += G[i][k] * G[j][k];
      A[i][j] = A[j][i] = (scale * s) / n;
    }
  return A;
}

/** A diagonal n×n matrix with N(0, 1) entries times `scale` (a classical Hamiltonian in its basis); n in [1, 2^12], |scale| ≤ 1e300. */
export function randomDiagonal(prng: Prng, n: number, scale = 1): number[][] {
  prngAndSize("randomDiagonal", prng, n, MAX_N);
  real("randomDiagonal", "scale", scale, -MAX_SCALE, MAX_SCALE);
  const A = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) A[i][i] = scale * prng.normal();
  return A;
}

/**
 * L exactly commuting symmetric matrices: H_l = a_l S + b_l S² with S symmetric with integer entries
 * in [−2, 2] and a_l, b_l in {−1, −½, 0, ½, 1}/4. Every entry is a dyadic rational, products are
 * exact in float64 for n ≤ 8, so [H_l, H_l'] = 0 exactly, in float64 and in any decimal precision.
 * Domain: n an integer in [1, 512] (S² is O(n³)), L ≥ 1 with L·n² ≤ 2^26.
 */
export function randomCommuting(prng: Prng, n: number, L: number): number[][][] {
  prngAndSize("randomCommuting", prng, n, MAX_CUBIC_N);
  count("randomCommuting", L, n);
  const S = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) for (let j = i; j < n; j++) S[i][j] = S[j][i] = prng.int(5) - 2;
  const S2 = S.map((row, i) => row.map((_, j) => S[i].reduce((acc, x, k) => acc + x * S[k][j], 0)));
  const coef = () => (prng.int(5) - 2) / 8;
  return Array.from({ length: L }, () => {
    const a = coef();
    const b = coef() / 4;
    return S.map((row, i) => row.map((x, j) => a * x + b * S2[i][j]));
  });
}

/** L independent {@link randomSymmetric} matrices: generically non-commuting; L ≥ 1 with L·n² ≤ 2^26, |scale| ≤ 1e300. */
export function randomNonCommuting(prng: Prng, n: number, L: number, scale = 1): number[][][] {
  prngAndSize("randomNonCommuting", prng, n, MAX_N);
  count("randomNonCommuting", L, n);
  real("randomNonCommuting", "scale", scale, -MAX_SCALE, MAX_SCALE);
  return Array.from({ length: L }, (_, l) => randomSymmetric(prng.split(l), n, scale));
}

/**
 * The diagonal Hamiltonian of a classical Ising layer in the 2^N-dimensional basis of spin
 * configurations, following paper 000 eq 6: E(s) = −Σ_{i,j} J_ij s_i s_j + h Σ_i s_i, where
 * configuration index k has s_i = +1 if bit i of k is 0 and −1 otherwise. J finite N×N with
 * N ≤ 10 (the result is dense 2^N×2^N), h finite.
 */
export function isingDiagonal(J: ReadonlyArray<ReadonlyArray<number>>, h: number): number[][] {
  const [N] = finiteMatrix("isingDiagonal", "J", J, { square: true });
  if (N > MAX_ISING_N)
    throw new RangeError(
      `isingDiagonal: J must be at most ${MAX_ISING_N}×${MAX_ISING_N} (a dense 2^N×2^N result), got ${N}×${N}`,
    );
  finite("isingDiagonal", "h", h);
  const dim = 2 ** N;
  const H = Array.from({ length: dim }, () => new Array<number>(dim).fill(0));
  for (let k = 0; k < dim; k++) {
    let e = 0;
    for (let i = 0; i < N; i++) {
      const si = (k >> i) & 1 ? -1 : 1;
      e += h * si;
      for (let j = 0; j < N; j++) e -= J[i][j] * si * ((k >> j) & 1 ? -1 : 1);
    }
    H[k][k] = e;
  }
  return H;
}

/** A random orthogonal n×n matrix (Gram–Schmidt on a Gaussian matrix); n an integer in [1, 512]. */
export function randomOrthogonal(prng: Prng, n: number): number[][] {
  prngAndSize("randomOrthogonal", prng, n, MAX_CUBIC_N);
  const Q: number[][] = [];
  while (Q.length < n) {
    const v = Array.from({ length: n }, () => prng.normal());
    for (const q of Q) {
      const d = q.reduce((s, x, i) => s + x * v[i], 0);
      for (let i = 0; i < n; i++) v[i] -= d * q[i];
    }
    const norm = Math.hypot(...v);
    if (norm > 1e-8) Q.push(v.map((x) => x / norm));
  }
  // Columns are the q's.
  return Array.from({ length: n }, (_, i) => Q.map((q) => q[i]));
}

/** Q diag(λ) Qᵀ: a symmetric matrix with prescribed spectrum; Q finite n×n (n ≤ 512), λ n finite numbers. */
export function withSpectrum(Q: number[][], lambdas: readonly number[]): number[][] {
  const [n] = finiteMatrix("withSpectrum", "Q", Q, { square: true, maxEntries: MAX_CUBIC_N * MAX_CUBIC_N });
  finiteArray("withSpectrum", "lambdas", lambdas, { length: n, lengthOf: "Q" });
  return Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => lambdas.reduce((s, l, k) => s + Q[i][k] * l * Q[j][k], 0)),
  );
}
