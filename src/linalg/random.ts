/**
 * Random matrix families for the Trotter and RG claims, driven by the project PRNG so that a
 * fast-check-generated seed determines the matrix: symmetric (GOE-like), positive semidefinite,
 * diagonal (classical), exactly commuting, and generic non-commuting families.
 *
 * @module
 */
import type { Prng } from "../random/prng.js";

/** A symmetric n×n matrix with N(0, 1) off-diagonal and N(0, 2) diagonal entries, times `scale`. */
export function randomSymmetric(prng: Prng, n: number, scale = 1): number[][] {
  const A = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++)
    for (let j = i; j < n; j++) {
      const x = scale * prng.normal() * (i === j ? Math.SQRT2 : 1);
      A[i][j] = x;
      A[j][i] = x;
    }
  return A;
}

/** A positive semidefinite n×n matrix G Gᵀ / n with G Gaussian, times `scale`. */
export function randomPsd(prng: Prng, n: number, scale = 1): number[][] {
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

/** A diagonal n×n matrix with N(0, 1) entries times `scale` (a classical Hamiltonian in its basis). */
export function randomDiagonal(prng: Prng, n: number, scale = 1): number[][] {
  const A = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) A[i][i] = scale * prng.normal();
  return A;
}

/**
 * L exactly commuting symmetric matrices: H_l = a_l S + b_l S² with S symmetric with integer entries
 * in [−2, 2] and a_l, b_l in {−1, −½, 0, ½, 1}/4. Every entry is a dyadic rational, products are
 * exact in float64 for n ≤ 8, so [H_l, H_l'] = 0 exactly, in float64 and in any decimal precision.
 */
export function randomCommuting(prng: Prng, n: number, L: number): number[][][] {
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

/** L independent {@link randomSymmetric} matrices: generically non-commuting. */
export function randomNonCommuting(prng: Prng, n: number, L: number, scale = 1): number[][][] {
  return Array.from({ length: L }, (_, l) => randomSymmetric(prng.split(l), n, scale));
}

/**
 * The diagonal Hamiltonian of a classical Ising layer in the 2^N-dimensional basis of spin
 * configurations, following paper 000 eq 6: E(s) = −Σ_{i,j} J_ij s_i s_j + h Σ_i s_i, where
 * configuration index k has s_i = +1 if bit i of k is 0 and −1 otherwise.
 */
export function isingDiagonal(J: ReadonlyArray<ReadonlyArray<number>>, h: number): number[][] {
  const N = J.length;
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

/** A random orthogonal n×n matrix (Gram–Schmidt on a Gaussian matrix). */
export function randomOrthogonal(prng: Prng, n: number): number[][] {
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

/** Q diag(λ) Qᵀ: a symmetric matrix with prescribed spectrum. */
export function withSpectrum(Q: number[][], lambdas: readonly number[]): number[][] {
  const n = Q.length;
  return Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => lambdas.reduce((s, l, k) => s + Q[i][k] * l * Q[j][k], 0)),
  );
}
