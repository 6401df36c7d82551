/**
 * Small dense matrices as arrays of rows (`number[][]`), enough for attention on a handful of
 * tokens. Sizes in the claims are tiny (N, d ≤ 64), so clarity wins over typed-array kernels here;
 * every function checks shapes and throws a RangeError on a mismatch.
 *
 * @module
 */

/** A dense matrix, row-major, as an array of rows. */
export type Mat = number[][];

/** Rows and columns of `a`, after checking it is rectangular and non-empty. */
export function shape(a: Mat): [number, number] {
  if (a.length === 0) throw new RangeError("matrix has no rows");
  const c = a[0].length;
  for (const r of a) if (r.length !== c) throw new RangeError("matrix rows have different lengths");
  return [a.length, c];
}

/** The product a·b. */
export function matmul(a: Mat, b: Mat): Mat {
  const [n, k] = shape(a);
  const [k2, m] = shape(b);
  if (k !== k2) throw new RangeError(`matmul: ${n}×${k} times ${k2}×${m}`);
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

/** The transpose of `a`. */
export function transpose(a: Mat): Mat {
  const [n, m] = shape(a);
  const out: Mat = [];
  for (let j = 0; j < m; j++) {
    const row: number[] = [];
    for (let i = 0; i < n; i++) row.push(a[i][j]);
    out.push(row);
  }
  return out;
}

/** Entrywise a + b. */
export function add(a: Mat, b: Mat): Mat {
  const [n, m] = shape(a);
  const [n2, m2] = shape(b);
  if (n !== n2 || m !== m2) throw new RangeError("add: shape mismatch");
  return a.map((r, i) => r.map((x, j) => x + b[i][j]));
}

/** c·a. */
export function scale(a: Mat, c: number): Mat {
  return a.map((r) => r.map((x) => c * x));
}

/** Columns [from, to) of `a`. */
export function columns(a: Mat, from: number, to: number): Mat {
  const [, m] = shape(a);
  if (!(0 <= from && from <= to && to <= m)) throw new RangeError(`columns ${from}..${to} of ${m}`);
  return a.map((r) => r.slice(from, to));
}

/** Rows [from, to) of `a`. */
export function rows(a: Mat, from: number, to: number): Mat {
  const [n] = shape(a);
  if (!(0 <= from && from <= to && to <= n)) throw new RangeError(`rows ${from}..${to} of ${n}`);
  return a.slice(from, to).map((r) => r.slice());
}

/** Horizontal concatenation [a₁ | a₂ | …] of matrices with the same number of rows. */
export function hconcat(blocks: Mat[]): Mat {
  if (blocks.length === 0) throw new RangeError("hconcat of nothing");
  const [n] = shape(blocks[0]);
  for (const b of blocks) if (shape(b)[0] !== n) throw new RangeError("hconcat: row counts differ");
  return blocks[0].map((_, i) => blocks.flatMap((b) => b[i]));
}

/** Largest |a_ij − b_ij|. */
export function maxAbsDiff(a: Mat, b: Mat): number {
  const [n, m] = shape(a);
  const [n2, m2] = shape(b);
  if (n !== n2 || m !== m2) throw new RangeError("maxAbsDiff: shape mismatch");
  let d = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) d = Math.max(d, Math.abs(a[i][j] - b[i][j]));
  return d;
}

/** Largest |a_ij|. */
export function maxAbs(a: Mat): number {
  let d = 0;
  for (const r of a) for (const x of r) d = Math.max(d, Math.abs(x));
  return d;
}

/**
 * Π_m (1 + max|m|) over the given matrices: the magnitude scale of their products, which rounding
 * tolerances of multi-head and value computations multiply by a few ε.
 */
export function productScale(...ms: Mat[]): number {
  return ms.reduce((s, m) => s * (1 + maxAbs(m)), 1);
}
