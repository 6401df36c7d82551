/**
 * Periodic self-attention (paper 000 Remark 7): the periodic distance on ℤ_N, the positional bias
 * P_ij = f(d(i,j)), cyclic shifts of a token sequence, and the non-periodic bias f(|i − j|) it is
 * compared with. Tokens are indexed 0..N−1 (the paper's 1..N shifted; d is unchanged).
 *
 * @module
 */
import type { Mat } from "./matrix.js";

function checkIndex(i: number, n: number): void {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`periodic distance needs a positive integer N, got ${n}`);
  if (!Number.isInteger(i) || i < 0 || i >= n) throw new RangeError(`index ${i} is not in 0..${n - 1}`);
}

/** d(i, j) = min(|i − j|, N − |i − j|), the paper's periodic distance. */
export function periodicDistance(i: number, j: number, n: number): number {
  checkIndex(i, n);
  checkIndex(j, n);
  const d = Math.abs(i - j);
  return Math.min(d, n - d);
}

/**
 * The graph distance between i and j on the N-cycle, by breadth-first search: the independent
 * road to {@link periodicDistance} (it knows nothing about min(|i−j|, N−|i−j|)).
 */
export function cycleGraphDistance(i: number, j: number, n: number): number {
  checkIndex(i, n);
  checkIndex(j, n);
  const dist = new Int32Array(n).fill(-1);
  dist[i] = 0;
  const queue = [i];
  for (let h = 0; h < queue.length; h++) {
    const u = queue[h];
    for (const w of [(u + 1) % n, (u + n - 1) % n]) {
      if (dist[w] < 0) {
        dist[w] = dist[u] + 1;
        queue.push(w);
      }
    }
  }
  return dist[j];
}

/** The periodic bias P_ij = f(d(i, j)). */
export function periodicBias(n: number, f: (d: number) => number): Mat {
  return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => f(periodicDistance(i, j, n))));
}

/** The non-periodic (open-chain) bias B_ij = f(|i − j|), e.g. ALiBi-style linear decay. */
export function openBias(n: number, f: (d: number) => number): Mat {
  return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => f(Math.abs(i - j))));
}

/** Cyclic shift of the rows of X by s: (σ_s X)_i = X_{(i − s) mod N}. */
export function cyclicShiftRows(x: Mat, s: number): Mat {
  const n = x.length;
  return x.map((_, i) => x[(((i - s) % n) + n) % n].slice());
}

/** Conjugate an N×N matrix by the cyclic shift: (σ_s M σ_s⁻¹)_ij = M_{(i−s),(j−s)}. */
export function cyclicShiftMatrix(m: Mat, s: number): Mat {
  const n = m.length;
  const r = (i: number) => (((i - s) % n) + n) % n;
  return m.map((_, i) => m.map((__, j) => m[r(i)][r(j)]));
}

/** Whether M is circulant: M_{(i+1),(j+1)} = M_ij (indices mod N), to within `tol`. */
export function isCirculant(m: Mat, tol = 0): boolean {
  const n = m.length;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) if (Math.abs(m[(i + 1) % n][(j + 1) % n] - m[i][j]) > tol) return false;
  }
  return true;
}

/**
 * Sinusoidal positional encoding of "Attention Is All You Need":
 * PE(pos, 2i) = sin(pos / 10000^{2i/d}), PE(pos, 2i+1) = cos(pos / 10000^{2i/d}).
 */
export function sinusoidalEncoding(pos: number, d: number): number[] {
  const out: number[] = [];
  for (let c = 0; c < d; c++) {
    const i = Math.floor(c / 2);
    const w = Math.pow(10000, (-2 * i) / d);
    out.push(c % 2 === 0 ? Math.sin(pos * w) : Math.cos(pos * w));
  }
  return out;
}
