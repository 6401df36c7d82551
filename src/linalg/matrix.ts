/**
 * Dense real square matrices in float64 on `Float64Array`s (row-major): products, commutators,
 * norms, and the symmetric eigenvalue problem by cyclic Jacobi.
 *
 * @module
 */
import { finite, finiteArray, finiteMatrix, int, obj, real, show } from "../args/check.js";

/** A square float64 matrix, row-major. */
export interface Matrix {
  readonly n: number;
  readonly data: Float64Array;
}

/** The largest size n of an n×n matrix here (2^24 entries, 128 MB). */
const MAX_N = 2 ** 12;
/**
 * The largest n for the O(n³) functions (matmul, commutator, symmetricEigen and the functions
 * built on it): 512³ ≈ 1.3·10⁸ multiply-adds, well under a second, where 2^12 would take minutes.
 */
const MAX_CUBIC_N = 512;

/** `A.n` must be at most {@link MAX_CUBIC_N} (after {@link checkMatrix}). */
function cubicSize(fn: string, name: string, A: Matrix): void {
  if (A.n > MAX_CUBIC_N)
    throw new RangeError(`${fn}: ${name}.n must be at most ${MAX_CUBIC_N} (cost grows as n³), got ${A.n}`);
}

/** `A` must be a {@link Matrix}: n an integer in [1, 2^12], data n² finite entries (O(n²), once per call). */
function checkMatrix(fn: string, name: string, A: unknown): Matrix {
  obj(fn, name, A);
  const { n, data } = A as Matrix;
  int(fn, `${name}.n`, n, 1, MAX_N);
  if (!(data instanceof Float64Array))
    throw new TypeError(`${fn}: ${name}.data must be a Float64Array, got ${show(data)}`);
  finiteArray(fn, `${name}.data`, data, { length: n * n, lengthOf: `${name}.n` });
  return A as Matrix;
}

/**
 * Rows of numbers → {@link Matrix}; throws (naming `rows`) on a non-square, ragged or empty matrix,
 * non-finite entries, or more than 2^12 rows.
 */
export function fromRows(rows: ReadonlyArray<ReadonlyArray<number>>): Matrix {
  finiteMatrix("fromRows", "rows", rows, { square: true, maxEntries: MAX_N * MAX_N });
  const n = rows.length;
  if (n === 0) throw new RangeError("expected a non-empty square matrix");
  const data = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    if (rows[i].length !== n)
      throw new RangeError(`expected a square ${n}×${n} matrix, row ${i} has ${rows[i].length} entries`);
    for (let j = 0; j < n; j++) {
      const x = rows[i][j];
      if (!Number.isFinite(x)) throw new RangeError(`matrix entry (${i}, ${j}) is ${x}`);
      data[i * n + j] = x;
    }
  }
  return { n, data };
}

/** {@link Matrix} → rows of numbers. `A`: a finite Matrix, n in [1, 2^12]. */
export function toRows(A: Matrix): number[][] {
  checkMatrix("toRows", "A", A);
  const out: number[][] = [];
  for (let i = 0; i < A.n; i++) out.push(Array.from(A.data.subarray(i * A.n, (i + 1) * A.n)));
  return out;
}

/** The n×n identity; n an integer in [1, 2^12]. */
export function eye(n: number): Matrix {
  int("eye", "n", n, 1, MAX_N);
  const data = new Float64Array(n * n);
  for (let i = 0; i < n; i++) data[i * n + i] = 1;
  return { n, data };
}

function sameSize(A: Matrix, B: Matrix, what: string): void {
  checkMatrix(what, "A", A);
  checkMatrix(what, "B", B);
  if (A.n !== B.n) throw new RangeError(`${what}: A is ${A.n}×${A.n} and B ${B.n}×${B.n}: they differ in size`);
}

/** A · B (i-k-j loop order for contiguous access); A and B finite, of one size n ≤ 512. */
export function matmul(A: Matrix, B: Matrix): Matrix {
  sameSize(A, B, "matmul");
  cubicSize("matmul", "A", A);
  const n = A.n;
  const a = A.data;
  const b = B.data;
  const c = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let k = 0; k < n; k++) {
      const x = a[i * n + k];
      if (x === 0) continue;
      for (let j = 0; j < n; j++) c[i * n + j] += x * b[k * n + j];
    }
  return { n, data: c };
}

/** αA + βB; α, β finite, A and B finite matrices of one size. */
export function axpby(alpha: number, A: Matrix, beta: number, B: Matrix): Matrix {
  finite("axpby", "alpha", alpha);
  finite("axpby", "beta", beta);
  sameSize(A, B, "axpby");
  const c = new Float64Array(A.data.length);
  for (let i = 0; i < c.length; i++) c[i] = alpha * A.data[i] + beta * B.data[i];
  return { n: A.n, data: c };
}

/** sA; s finite, A a finite matrix. */
export function scaleMatrix(s: number, A: Matrix): Matrix {
  finite("scaleMatrix", "s", s);
  checkMatrix("scaleMatrix", "A", A);
  return { n: A.n, data: A.data.map((x) => s * x) };
}

/** Σ_l A_l; `As` a non-empty array of finite matrices of one size. */
export function sumMatrices(As: readonly Matrix[]): Matrix {
  if (!Array.isArray(As)) throw new TypeError(`sumMatrices: As must be an array of matrices, got ${show(As)}`);
  if (As.length === 0) throw new RangeError("sumMatrices: As must hold at least one matrix");
  for (const [k, A] of As.entries()) {
    checkMatrix("sumMatrices", `As[${k}]`, A);
    if (A.n !== As[0].n) throw new RangeError(`sumMatrices: As[${k}] is ${A.n}×${A.n}, As[0] ${As[0].n}×${As[0].n}`);
  }
  const c = new Float64Array(As[0].data.length);
  for (const A of As) {
    for (let i = 0; i < c.length; i++) c[i] += A.data[i];
  }
  return { n: As[0].n, data: c };
}

/** The commutator [A, B] = AB − BA; A and B finite, of one size n ≤ 512. */
export function commutator(A: Matrix, B: Matrix): Matrix {
  return axpby(1, matmul(A, B), -1, matmul(B, A));
}

/** Aᵀ; A a finite matrix. */
export function transposeMatrix(A: Matrix): Matrix {
  checkMatrix("transposeMatrix", "A", A);
  const n = A.n;
  const c = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) c[j * n + i] = A.data[i * n + j];
  return { n, data: c };
}

/** Frobenius norm of a finite matrix, with scaling against overflow. */
export function frobeniusNorm(A: Matrix): number {
  checkMatrix("frobeniusNorm", "A", A);
  let m = 0;
  for (const x of A.data) m = Math.max(m, Math.abs(x));
  if (m === 0) return 0;
  let s = 0;
  for (const x of A.data) s += (x / m) ** 2;
  return m * Math.sqrt(s);
}

/** The largest |a_ij − b_ij|; A and B finite matrices of one size. */
export function maxAbsDiff(A: Matrix, B: Matrix): number {
  sameSize(A, B, "maxAbsDiff");
  let m = 0;
  for (let i = 0; i < A.data.length; i++) m = Math.max(m, Math.abs(A.data[i] - B.data[i]));
  return m;
}

/** Whether A equals Aᵀ to within `tol` (finite, ≥ 0) relative to its largest entry. */
export function isSymmetric(A: Matrix, tol = 0): boolean {
  checkMatrix("isSymmetric", "A", A);
  real("isSymmetric", "tol", tol, 0, Number.MAX_VALUE);
  const n = A.n;
  let m = 0;
  for (const x of A.data) m = Math.max(m, Math.abs(x));
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) if (Math.abs(A.data[i * n + j] - A.data[j * n + i]) > tol * m) return false;
  return true;
}

/**
 * Eigenvalues (ascending) and eigenvectors (columns of `vectors`) of a symmetric matrix by the
 * cyclic Jacobi method (Golub & Van Loan §8.5): rotations with t = sign(θ)/(|θ| + √(θ²+1)),
 * θ = (a_qq − a_pp)/(2a_pq). Jacobi is slow for large n but accurate to high relative precision,
 * which the small (≤ 64) matrices here need more than speed. A must be finite and symmetric, n ≤ 512.
 */
export function symmetricEigen(A: Matrix): { values: Float64Array; vectors: Matrix } {
  checkMatrix("symmetricEigen", "A", A);
  cubicSize("symmetricEigen", "A", A);
  const n = A.n;
  if (!isSymmetric(A, 1e-12)) throw new RangeError("symmetricEigen: A must be symmetric (to 1e-12)");
  const a = Float64Array.from(A.data);
  const v = eye(n).data;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    let tot = 0;
    for (let p = 0; p < n; p++)
      for (let q = 0; q < n; q++) {
        const x = a[p * n + q] ** 2;
        tot += x;
        if (p !== q) off += x;
      }
    if (off <= 1e-32 * tot || off === 0) break;
    for (let p = 0; p < n; p++)
      for (let q = p + 1; q < n; q++) {
        const apq = a[p * n + q];
        if (apq === 0) continue;
        const theta = (a[q * n + q] - a[p * n + p]) / (2 * apq);
        const t = (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.hypot(theta, 1));
        const c = 1 / Math.hypot(t, 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = a[k * n + p];
          const akq = a[k * n + q];
          a[k * n + p] = c * akp - s * akq;
          a[k * n + q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p * n + k];
          const aqk = a[q * n + k];
          a[p * n + k] = c * apk - s * aqk;
          a[q * n + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k * n + p];
          const vkq = v[k * n + q];
          v[k * n + p] = c * vkp - s * vkq;
          v[k * n + q] = s * vkp + c * vkq;
        }
      }
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => a[i * n + i] - a[j * n + j]);
  const values = Float64Array.from(order, (i) => a[i * n + i]);
  const vec = new Float64Array(n * n);
  order.forEach((src, dst) => {
    for (let k = 0; k < n; k++) vec[k * n + dst] = v[k * n + src];
  });
  return { values, vectors: { n, data: vec } };
}

/** Eigenvalues of a finite symmetric matrix (n ≤ 512), ascending. */
export function symmetricEigenvalues(A: Matrix): Float64Array {
  checkMatrix("symmetricEigenvalues", "A", A);
  cubicSize("symmetricEigenvalues", "A", A);
  return symmetricEigen(A).values;
}

/**
 * Spectral norm ‖A‖₂: max |λ| for symmetric A, √λ_max(AᵀA) otherwise (A is scaled by its largest
 * entry first so AᵀA cannot overflow). A finite, n ≤ 512.
 */
export function spectralNorm(A: Matrix): number {
  checkMatrix("spectralNorm", "A", A);
  cubicSize("spectralNorm", "A", A);
  let m = 0;
  for (const x of A.data) m = Math.max(m, Math.abs(x));
  if (m === 0) return 0;
  // Divide rather than multiply by 1/m: 1/m overflows for subnormal m.
  const As: Matrix = { n: A.n, data: A.data.map((x) => x / m) };
  if (isSymmetric(A)) {
    const ev = symmetricEigenvalues(As);
    return m * Math.max(Math.abs(ev[0]), Math.abs(ev[ev.length - 1]));
  }
  const G = matmul(transposeMatrix(As), As);
  // Symmetrize exactly against rounding in the product.
  const n = A.n;
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const s = 0.5 * (G.data[i * n + j] + G.data[j * n + i]);
      G.data[i * n + j] = s;
      G.data[j * n + i] = s;
    }
  const ev = symmetricEigenvalues(G);
  return m * Math.sqrt(Math.max(0, ev[ev.length - 1]));
}
