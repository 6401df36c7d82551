/**
 * Small dense matrices as arrays of rows (`number[][]`), enough for attention on a handful of
 * tokens. Sizes in the claims are tiny (N, d ≤ 64), so clarity wins over typed-array kernels here;
 * every function checks its arguments once at entry (a TypeError for a non-matrix, a RangeError for
 * an empty, ragged or non-finite one or a shape mismatch, naming the argument) and throws before
 * any work.
 *
 * @module
 */
import { finite, finiteMatrix, int } from "../args/check.js";
import { blockList } from "./mat-args.js";

/** The largest product n·k·m {@link matmul} multiplies out (2^30 multiply-adds, a few seconds). */
const MAX_MATMUL_WORK = 2 ** 30;

/** A dense matrix, row-major, as an array of rows. */
export type Mat = number[][];

/**
 * Rows and columns of `a`, after checking it is a non-empty rectangular matrix of finite numbers
 * (at most 2^26 entries).
 */
export function shape(a: Mat): [number, number] {
  return finiteMatrix("shape", "a", a);
}

/** The product a·b: finite matrices, a n×k and b k×m, n·k·m ≤ 2^30. */
export function matmul(a: Mat, b: Mat): Mat {
  const [n, k] = finiteMatrix("matmul", "a", a);
  const [k2, m] = finiteMatrix("matmul", "b", b);
  if (k !== k2) throw new RangeError(`matmul: a is ${n}×${k} and b ${k2}×${m}: a's columns must match b's rows`);
  if (n * k * m > MAX_MATMUL_WORK) throw new RangeError(`matmul: n·k·m must be at most 2^30, got ${n}·${k}·${m}`);
  const out: Mat = [];
  for (let i = 0; i < n; i++) {
    const row = new Array<number>(m).fill(0);
    for (let t = 0; t < k; t++) {
      const x = a[i][t];
      const bt = b[t];
      for (let j = 0; j < m; j++) row[j] += x * bt[j];
    }
    out.push(row);
  }
  return out;
}

/** The transpose of a finite matrix `a`. */
export function transpose(a: Mat): Mat {
  const [n, m] = finiteMatrix("transpose", "a", a);
  const out: Mat = [];
  for (let j = 0; j < m; j++) {
    const row: number[] = [];
    for (let i = 0; i < n; i++) row.push(a[i][j]);
    out.push(row);
  }
  return out;
}

/** Entrywise a + b of finite matrices of one shape. */
export function add(a: Mat, b: Mat): Mat {
  const [n, m] = finiteMatrix("add", "a", a);
  const [n2, m2] = finiteMatrix("add", "b", b);
  if (n !== n2 || m !== m2) throw new RangeError(`add: a is ${n}×${m} and b ${n2}×${m2}: shapes differ`);
  return a.map((r, i) => r.map((x, j) => x + b[i][j]));
}

/** c·a; `a` a finite matrix, `c` finite. */
export function scale(a: Mat, c: number): Mat {
  finiteMatrix("scale", "a", a);
  finite("scale", "c", c);
  return a.map((r) => r.map((x) => c * x));
}

/** Columns [from, to) of a finite matrix `a` with m columns: integers 0 ≤ from ≤ to ≤ m. */
export function columns(a: Mat, from: number, to: number): Mat {
  const [, m] = finiteMatrix("columns", "a", a);
  int("columns", "from", from, 0, m);
  int("columns", "to", to, from, m);
  return a.map((r) => r.slice(from, to));
}

/** Rows [from, to) of a finite matrix `a` with n rows: integers 0 ≤ from ≤ to ≤ n. */
export function rows(a: Mat, from: number, to: number): Mat {
  const [n] = finiteMatrix("rows", "a", a);
  int("rows", "from", from, 0, n);
  int("rows", "to", to, from, n);
  return a.slice(from, to).map((r) => r.slice());
}

/** Horizontal concatenation [a₁ | a₂ | …] of a non-empty array of finite matrices with the same number of rows. */
export function hconcat(blocks: Mat[]): Mat {
  blockList("hconcat", "blocks", blocks);
  return blocks[0].map((_, i) => blocks.flatMap((b) => b[i]));
}

/** Largest |a_ij − b_ij| of finite matrices of one shape. */
export function maxAbsDiff(a: Mat, b: Mat): number {
  const [n, m] = finiteMatrix("maxAbsDiff", "a", a);
  const [n2, m2] = finiteMatrix("maxAbsDiff", "b", b);
  if (n !== n2 || m !== m2) throw new RangeError(`maxAbsDiff: a is ${n}×${m} and b ${n2}×${m2}: shapes differ`);
  let d = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) d = Math.max(d, Math.abs(a[i][j] - b[i][j]));
  return d;
}

/** Largest |a_ij| of a finite matrix. */
export function maxAbs(a: Mat): number {
  finiteMatrix("maxAbs", "a", a);
  let d = 0;
  for (const r of a) for (const x of r) d = Math.max(d, Math.abs(x));
  return d;
}

/**
 * Π_m (1 + max|m|) over the given matrices: the magnitude scale of their products, which rounding
 * tolerances of multi-head and value computations multiply by a few ε. Each a finite matrix; the
 * result is +∞ only when the product is beyond float64.
 */
export function productScale(...ms: Mat[]): number {
  for (const [k, m] of ms.entries()) finiteMatrix("productScale", `ms[${k}]`, m);
  return ms.reduce((s, m) => s * (1 + maxAbs(m)), 1);
}
