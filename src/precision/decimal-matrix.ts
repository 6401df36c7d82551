/**
 * Dense real matrices with decimal.js entries at a chosen number of significant digits: the
 * readable, exact-to-the-digit side of the high-precision code (norms, commutators, eigenvalues).
 * Long chains of products go through the bigint kernel in `bigfloat-matrix.ts` instead.
 *
 * @module
 */
import { Decimal } from "decimal.js";
import { finiteDecimal, int, show } from "../args/check.js";

/** The most digits of {@link decimalContext}: 10^6 (decimal.js allows 10^9; one product at 10^6 digits takes seconds). */
const MAX_DIGITS = 1_000_000;
/** The largest side of {@link toDecimalMatrix}: 2^10 (2^20 decimals). */
const MAX_DECIMAL_N = 2 ** 10;

/** A decimal.js constructor with its own precision (never the global `Decimal`). */
export type DecimalCtor = typeof Decimal;

/** A constructor with `digits` significant digits, round-half-even; `digits` an integer in [1, 10^6]. */
export function decimalContext(digits: number): DecimalCtor {
  int("decimalContext", "digits", digits, 1, MAX_DIGITS);
  return Decimal.clone({ precision: digits, rounding: Decimal.ROUND_HALF_EVEN });
}

/** A square decimal matrix (row-major). */
export interface DecimalMatrix {
  readonly n: number;
  readonly data: Decimal[];
}

/** Anything convertible to a decimal matrix: rows of numbers, strings or Decimals. */
export type MatrixInput = ReadonlyArray<ReadonlyArray<Decimal.Value>>;

/**
 * Convert rows to a decimal matrix. Numbers are read as decimal.js reads them, through their
 * shortest round-trip decimal (0.1 → 0.1), unlike `expm`, which takes a double at its exact binary
 * value; properties use dyadic inputs, on which both readings agree. Domain: `rows` a non-empty
 * square array of rows (at most 2^10) of finite numbers, decimal strings or Decimals; `D` a
 * decimal.js constructor (from {@link decimalContext}). Errors name `rows[i][j]` or `D`.
 */
export function toDecimalMatrix(rows: MatrixInput, D: DecimalCtor): DecimalMatrix {
  const fn = "toDecimalMatrix";
  if (typeof D !== "function" || typeof (D as { precision?: unknown }).precision !== "number")
    throw new TypeError(`${fn}: D must be a decimal.js constructor (decimalContext(digits)), got ${show(D)}`);
  if (!Array.isArray(rows)) throw new TypeError(`${fn}: rows must be an array of rows, got ${show(rows)}`);
  const n = rows.length;
  if (n === 0) throw new RangeError(`${fn}: rows must be a non-empty square matrix, got no rows`);
  if (n > MAX_DECIMAL_N) throw new RangeError(`${fn}: rows must have at most ${MAX_DECIMAL_N} rows, got ${n}`);
  const data: Decimal[] = [];
  for (let i = 0; i < n; i++) {
    const row: readonly unknown[] = rows[i];
    if (!Array.isArray(row)) throw new TypeError(`${fn}: rows[${i}] must be an array, got ${show(row)}`);
    if (row.length !== n)
      throw new RangeError(`${fn}: rows must be square ${n}×${n}, but rows[${i}] has ${row.length} entries`);
    for (let j = 0; j < n; j++) {
      const x = row[j];
      const ok =
        typeof x === "number" ||
        typeof x === "string" ||
        x instanceof Decimal ||
        (typeof x === "object" && x !== null && typeof (x as Decimal).isFinite === "function");
      if (!ok)
        throw new TypeError(`${fn}: rows[${i}][${j}] must be a number, decimal string or Decimal, got ${show(x)}`);
      let d: Decimal;
      try {
        d = new D(x);
      } catch {
        throw new RangeError(`${fn}: rows[${i}][${j}] is not a decimal number, got ${show(x)}`);
      }
      if (!d.isFinite()) throw new RangeError(`${fn}: rows[${i}][${j}] must be finite, got ${show(x)}`);
      data.push(d);
    }
  }
  return { n, data };
}

/** The O(n³) functions' budget: n³ · D.precision at most 2^26 (an 8×8 product at 10^5 digits, 64×64 at 256). */
const CUBIC_BUDGET = 2 ** 26;

/** `D` must be a decimal.js constructor. */
function ctorArg(fn: string, D: unknown): void {
  if (typeof D !== "function" || typeof (D as { precision?: unknown }).precision !== "number")
    throw new TypeError(`${fn}: D must be a decimal.js constructor (decimalContext(digits)), got ${show(D)}`);
}

/**
 * `A` must be a {@link DecimalMatrix}: n an integer in [1, 2^10], data n² finite decimal.js
 * Decimals (any clone). O(n²), once per call: the kernels' own work is at least that.
 */
function dmatArg(fn: string, name: string, A: unknown): DecimalMatrix {
  if (typeof A !== "object" || A === null)
    throw new TypeError(`${fn}: ${name} must be a DecimalMatrix, got ${show(A)}`);
  const { n, data } = A as DecimalMatrix;
  int(fn, `${name}.n`, n, 1, MAX_DECIMAL_N);
  if (!Array.isArray(data) || data.length !== n * n)
    throw new TypeError(`${fn}: ${name}.data must be an array of n² = ${n * n} Decimals, got ${show(data)}`);
  for (let i = 0; i < data.length; i++) {
    const d = data[i] as unknown as { isFinite?: unknown };
    if (typeof d !== "object" || d === null || typeof d.isFinite !== "function")
      throw new TypeError(`${fn}: ${name}.data[${i}] must be a Decimal, got ${show(d)}`);
    if (!(d as Decimal).isFinite()) throw new RangeError(`${fn}: ${name}.data[${i}] must be finite, got ${String(d)}`);
  }
  return A as DecimalMatrix;
}

/** A and B of one size. */
function samePair(fn: string, A: unknown, B: unknown): number {
  const a = dmatArg(fn, "A", A);
  const b = dmatArg(fn, "B", B);
  if (a.n !== b.n) throw new RangeError(`${fn}: A is ${a.n}×${a.n} and B ${b.n}×${b.n}: they must agree`);
  return a.n;
}

/** The O(n³) budget of {@link CUBIC_BUDGET}. */
function cubicArg(fn: string, n: number, D: DecimalCtor): void {
  if (n ** 3 * D.precision > CUBIC_BUDGET)
    throw new RangeError(`${fn}: n³ · D.precision must be at most 2^26 (the work), got ${n}³ · ${D.precision}`);
}

/** The rows of a decimal matrix. */
export function rowsOf(A: DecimalMatrix): Decimal[][] {
  dmatArg("rowsOf", "A", A);
  const out: Decimal[][] = [];
  for (let i = 0; i < A.n; i++) out.push(A.data.slice(i * A.n, (i + 1) * A.n));
  return out;
}

/** A · B (one size; n³ · D.precision ≤ 2^26). */
export function dmul(A: DecimalMatrix, B: DecimalMatrix, D: DecimalCtor): DecimalMatrix {
  ctorArg("dmul", D);
  cubicArg("dmul", samePair("dmul", A, B), D);
  return mulOf(A, B, D);
}

function mulOf(A: DecimalMatrix, B: DecimalMatrix, D: DecimalCtor): DecimalMatrix {
  const n = A.n;
  const data: Decimal[] = new Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      let s = new D(0);
      for (let k = 0; k < n; k++) {
        // A zero a_ik (±0) adds ±0·b_kj = ±0 (b finite), and s + ±0 = s: s starts at +0 and a
        // rounded sum is never −0, so skipping the term changes no digit or sign (tested against
        // the full sum). Diagonal and banded factors (classical Ising layers, eq 13's product)
        // are mostly zeros, where the product was most of trotter.classical-diagonal-exact.
        const a = A.data[i * n + k];
        if (a.isZero()) continue;
        s = s.plus(a.times(B.data[k * n + j]));
      }
      data[i * n + j] = s;
    }
  return { n, data };
}

/** A + sB (one size; s a finite number, decimal string or Decimal). */
export function daxpy(A: DecimalMatrix, s: Decimal.Value, B: DecimalMatrix, D: DecimalCtor): DecimalMatrix {
  ctorArg("daxpy", D);
  samePair("daxpy", A, B);
  finiteDecimal("daxpy", "s", s);
  return axpyOf(A, s, B, D);
}

function axpyOf(A: DecimalMatrix, s: Decimal.Value, B: DecimalMatrix, D: DecimalCtor): DecimalMatrix {
  const k = new D(s);
  return { n: A.n, data: A.data.map((a, i) => new D(a).plus(k.times(B.data[i]))) };
}

/** The commutator [A, B] = AB − BA (one size; n³ · D.precision ≤ 2^26). */
export function dcommutator(A: DecimalMatrix, B: DecimalMatrix, D: DecimalCtor): DecimalMatrix {
  ctorArg("dcommutator", D);
  cubicArg("dcommutator", samePair("dcommutator", A, B), D);
  return axpyOf(mulOf(A, B, D), -1, mulOf(B, A, D), D);
}

/** Aᵀ. */
export function dtranspose(A: DecimalMatrix): DecimalMatrix {
  dmatArg("dtranspose", "A", A);
  return transposeOf(A);
}

function transposeOf(A: DecimalMatrix): DecimalMatrix {
  const n = A.n;
  const data: Decimal[] = new Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) data[j * n + i] = A.data[i * n + j];
  return { n, data };
}

/** Frobenius norm √(Σ a_ij²). */
export function dfrobenius(A: DecimalMatrix, D: DecimalCtor): Decimal {
  ctorArg("dfrobenius", D);
  dmatArg("dfrobenius", "A", A);
  let s = new D(0);
  for (const a of A.data) s = s.plus(a.times(a));
  return s.sqrt();
}

/**
 * Eigenvalues of a symmetric matrix, ascending, by the cyclic Jacobi method in decimal arithmetic.
 *
 * Each rotation zeroes a_pq with t = sign(θ)/(|θ| + √(θ² + 1)), θ = (a_qq − a_pp)/(2a_pq),
 * c = 1/√(t² + 1), s = tc (Golub & Van Loan, Matrix Computations, §8.5). Convergence is quadratic;
 * the sweeps stop when the off-diagonal mass is below 10^(−2·precision) of the total, so the
 * eigenvalues are accurate to about the working precision relative to ‖A‖_F (Demmel & Veselić).
 * Domain: A symmetric (to half the working digits), n³ · D.precision ≤ 2^26 (each of the at most
 * 100 sweeps is O(n³)).
 */
export function dsymmetricEigenvalues(A: DecimalMatrix, D: DecimalCtor): Decimal[] {
  ctorArg("dsymmetricEigenvalues", D);
  dmatArg("dsymmetricEigenvalues", "A", A);
  cubicArg("dsymmetricEigenvalues", A.n, D);
  return eigenvaluesOf(A, D);
}

function eigenvaluesOf(A: DecimalMatrix, D: DecimalCtor): Decimal[] {
  const n = A.n;
  const a = A.data.map((x) => new D(x));
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const d = a[i * n + j].minus(a[j * n + i]).abs();
      const scale = a[i * n + j].abs().plus(a[j * n + i].abs());
      if (d.gt(scale.times(new D(10).pow(-Math.floor(D.precision / 2))))) {
        throw new RangeError(
          `dsymmetricEigenvalues: A must be symmetric, but A[${i}][${j}] differs from A[${j}][${i}]`,
        );
      }
    }
  let total = new D(0);
  for (const x of a) total = total.plus(x.times(x));
  const tol = total.times(new D(10).pow(-2 * D.precision));
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = new D(0);
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off = off.plus(a[p * n + q].times(a[p * n + q]));
    if (off.lte(tol)) break;
    for (let p = 0; p < n; p++)
      for (let q = p + 1; q < n; q++) {
        const apq = a[p * n + q];
        if (apq.isZero()) continue;
        const theta = a[q * n + q].minus(a[p * n + p]).div(apq.times(2));
        const t = new D(theta.isNeg() ? -1 : 1).div(theta.abs().plus(theta.times(theta).plus(1).sqrt()));
        const c = new D(1).div(t.times(t).plus(1).sqrt());
        const s = t.times(c);
        // A ← JᵀAJ on rows/columns p and q.
        for (let k = 0; k < n; k++) {
          const akp = a[k * n + p];
          const akq = a[k * n + q];
          a[k * n + p] = c.times(akp).minus(s.times(akq));
          a[k * n + q] = s.times(akp).plus(c.times(akq));
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p * n + k];
          const aqk = a[q * n + k];
          a[p * n + k] = c.times(apk).minus(s.times(aqk));
          a[q * n + k] = s.times(apk).plus(c.times(aqk));
        }
        a[p * n + q] = new D(0);
        a[q * n + p] = new D(0);
      }
  }
  const ev: Decimal[] = [];
  for (let i = 0; i < n; i++) ev.push(a[i * n + i]);
  return ev.sort((x, y) => x.comparedTo(y));
}

/**
 * Spectral norm ‖A‖₂ = √λ_max(AᵀA) (for symmetric A this equals max |λ(A)|). λ_max of the
 * positive semidefinite AᵀA is perfectly conditioned, so squaring costs no relative accuracy in it.
 * Domain: n³ · D.precision ≤ 2^26.
 */
export function dspectralNorm(A: DecimalMatrix, D: DecimalCtor): Decimal {
  ctorArg("dspectralNorm", D);
  dmatArg("dspectralNorm", "A", A);
  cubicArg("dspectralNorm", A.n, D);
  const G = mulOf(transposeOf(A), A, D);
  // Symmetrize exactly: rounding in the product can make G slightly unsymmetric.
  const n = A.n;
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const m = G.data[i * n + j].plus(G.data[j * n + i]).div(2);
      G.data[i * n + j] = m;
      G.data[j * n + i] = m;
    }
  const ev = eigenvaluesOf(G, D);
  const top = ev[ev.length - 1];
  return top.isNeg() ? new D(0) : top.sqrt();
}
