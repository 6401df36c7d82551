/**
 * Periodic self-attention (paper 000 Remark 7): the periodic distance on ℤ_N, the positional bias
 * P_ij = f(d(i,j)), cyclic shifts of a token sequence, and the non-periodic bias f(|i − j|) it is
 * compared with. Tokens are indexed 0..N−1 (the paper's 1..N shifted; d is unchanged).
 *
 * @module
 */
import { finiteMatrix, func, int, real } from "../args/check.js";
import { cycleDistancesFrom } from "./cycle-bfs.js";
import type { Mat } from "./matrix.js";
import { sinusoidalFrequencies } from "./sinusoid.js";

/** The largest N of the functions that build or walk all N (or N×N) sites. */
const MAX_SITES = 2 ** 24;
/** The largest N of an N×N bias matrix (2^24 entries). */
const MAX_BIAS_N = 2 ** 12;

/** N an integer in [1, max], i and j integers in [0, N). */
function checkIndices(fn: string, i: number, j: number, n: number, max: number): void {
  int(fn, "n", n, 1, max);
  int(fn, "i", i, 0, n - 1);
  int(fn, "j", j, 0, n - 1);
}

/**
 * d(i, j) = min(|i − j|, N − |i − j|), the paper's periodic distance: N an integer in [1, 2^53],
 * i and j integers in [0, N).
 */
export function periodicDistance(i: number, j: number, n: number): number {
  checkIndices("periodicDistance", i, j, n, Number.MAX_SAFE_INTEGER);
  const d = Math.abs(i - j);
  return Math.min(d, n - d);
}

/**
 * The graph distance between i and j on the N-cycle, by breadth-first search: the independent
 * road to {@link periodicDistance} (it knows nothing about min(|i−j|, N−|i−j|)). O(N) time and
 * memory: N an integer in [1, 2^24], i and j integers in [0, N).
 */
export function cycleGraphDistance(i: number, j: number, n: number): number {
  checkIndices("cycleGraphDistance", i, j, n, MAX_SITES);
  return cycleDistancesFrom(i, n)[j];
}

/**
 * The periodic bias P_ij = f(d(i, j)): N an integer in [1, 2^12], f a function returning a finite
 * number for every distance (a RangeError naming f otherwise).
 */
export function periodicBias(n: number, f: (d: number) => number): Mat {
  int("periodicBias", "n", n, 1, MAX_BIAS_N);
  func("periodicBias", "f", f);
  return finiteBias(
    "periodicBias",
    Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => f(periodicDistance(i, j, n)))),
  );
}

/**
 * The non-periodic (open-chain) bias B_ij = f(|i − j|), e.g. ALiBi-style linear decay; domain as
 * {@link periodicBias}.
 */
export function openBias(n: number, f: (d: number) => number): Mat {
  int("openBias", "n", n, 1, MAX_BIAS_N);
  func("openBias", "f", f);
  return finiteBias(
    "openBias",
    Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => f(Math.abs(i - j)))),
  );
}

/** A bias built from f must be finite (f is the caller's: its values are checked once, after). */
function finiteBias(fn: string, b: Mat): Mat {
  for (let i = 0; i < b.length; i++)
    for (let j = 0; j < b.length; j++) {
      const x = b[i][j];
      if (typeof x !== "number") throw new TypeError(`${fn}: f must return numbers, got ${typeof x} at (${i}, ${j})`);
      if (!Number.isFinite(x)) throw new RangeError(`${fn}: f must return finite numbers, got ${x} at (${i}, ${j})`);
    }
  return b;
}

/** Cyclic shift of the rows of X (a finite matrix) by s (a safe integer): (σ_s X)_i = X_{(i − s) mod N}. */
export function cyclicShiftRows(x: Mat, s: number): Mat {
  finiteMatrix("cyclicShiftRows", "x", x);
  int("cyclicShiftRows", "s", s, -Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
  const n = x.length;
  return x.map((_, i) => x[(((i - s) % n) + n) % n].slice());
}

/**
 * Conjugate an N×N finite matrix by the cyclic shift (s a safe integer): (σ_s M σ_s⁻¹)_ij =
 * M_{(i−s),(j−s)}.
 */
export function cyclicShiftMatrix(m: Mat, s: number): Mat {
  finiteMatrix("cyclicShiftMatrix", "m", m, { square: true });
  int("cyclicShiftMatrix", "s", s, -Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
  const n = m.length;
  const r = (i: number) => (((i - s) % n) + n) % n;
  return m.map((_, i) => m.map((__, j) => m[r(i)][r(j)]));
}

/**
 * Whether M (a finite square matrix) is circulant: M_{(i+1),(j+1)} = M_ij (indices mod N), to
 * within `tol` (finite, ≥ 0).
 */
export function isCirculant(m: Mat, tol = 0): boolean {
  finiteMatrix("isCirculant", "m", m, { square: true });
  real("isCirculant", "tol", tol, 0, Number.MAX_VALUE);
  const n = m.length;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) if (Math.abs(m[(i + 1) % n][(j + 1) % n] - m[i][j]) > tol) return false;
  }
  return true;
}

/**
 * Sinusoidal positional encoding of "Attention Is All You Need":
 * PE(pos, 2i) = sin(pos / 10000^{2i/d}), PE(pos, 2i+1) = cos(pos / 10000^{2i/d}). pos an integer
 * of magnitude ≤ 2^53, d an integer in [1, 2^20].
 */
export function sinusoidalEncoding(pos: number, d: number): number[] {
  int("sinusoidalEncoding", "pos", pos, -Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
  int("sinusoidalEncoding", "d", d, 1, 2 ** 20);
  const w = sinusoidalFrequencies(d);
  const out: number[] = [];
  for (let c = 0; c < d; c++) out.push(c % 2 === 0 ? Math.sin(pos * w[c]) : Math.cos(pos * w[c]));
  return out;
}
