/**
 * The public face of the bigint block-floating-point kernel (`bigfloat-matrix.ts`), exported from
 * the package as the `bigfloat` namespace: the same functions, each checking its domain once at
 * entry (issue 15) before calling the kernel. The library's own callers (expm, trotterError, the
 * bounds) import the kernel directly, so their inner loops pay nothing.
 *
 * Domain, common to all functions:
 * - a {@link BigMatrix} `{n, m, exp}`: n an integer in [1, 128], m an array of n² bigints of at most
 *   2^20 bits each, exp a safe integer with |exp| ≤ 2^50;
 * - a {@link BigScalar} `{m, exp}`: m a bigint of at most 2^20 bits, exp as above;
 * - `bits` an integer in [1, 2^18] (expm's own cap), and for products n³ · bits ≤ 2^31 (about a
 *   second of bigint multiply-adds);
 * - a decimal value (number, decimal string or Decimal) finite with decimal exponent |e| ≤ 10^6;
 * - `D` a decimal.js constructor (`Decimal.clone(…)`).
 * A result whose exponent would leave |exp| ≤ 2^50 is refused (a RangeError naming the argument).
 *
 * @module
 */
import { Decimal } from "decimal.js";
import { finite, finiteDecimal, int, obj, show } from "../args/check.js";
import * as k from "./bigfloat-matrix.js";
import type { BigMatrix, BigScalar } from "./bigfloat-matrix.js";

export type { BigMatrix, BigScalar } from "./bigfloat-matrix.js";

const MAX_N = 128;
const MAX_BITS = 2 ** 18;
const MAX_MANTISSA_BITS = 2 ** 20;
const MAX_EXP = 2 ** 50;
const MAX_WORK = 2 ** 31;
const MAX_E10 = 1e6;

function bigintArg(fn: string, name: string, v: unknown): bigint {
  if (typeof v !== "bigint") throw new TypeError(`${fn}: ${name} must be a bigint, got ${show(v)}`);
  if (k.bitLength(v) > MAX_MANTISSA_BITS)
    throw new RangeError(`${fn}: ${name} must have at most 2^20 bits, got ${k.bitLength(v)} bits`);
  return v;
}

function expArg(fn: string, name: string, v: unknown): number {
  return int(fn, name, v, -MAX_EXP, MAX_EXP);
}

function bitsArg(fn: string, v: unknown): number {
  return int(fn, "bits", v, 1, MAX_BITS);
}

function matrixArg(fn: string, name: string, A: unknown): BigMatrix {
  obj(fn, name, A);
  const { n, m, exp } = A as BigMatrix;
  int(fn, `${name}.n`, n, 1, MAX_N);
  if (!Array.isArray(m) || m.length !== n * n)
    throw new TypeError(`${fn}: ${name}.m must be an array of n² = ${n * n} bigints, got ${show(m)}`);
  for (let i = 0; i < m.length; i++) bigintArg(fn, `${name}.m[${i}]`, m[i]);
  expArg(fn, `${name}.exp`, exp);
  return A as BigMatrix;
}

function scalarArg(fn: string, name: string, s: unknown): BigScalar {
  obj(fn, name, s);
  bigintArg(fn, `${name}.m`, (s as BigScalar).m);
  expArg(fn, `${name}.exp`, (s as BigScalar).exp);
  return s as BigScalar;
}

function sameSize(fn: string, A: BigMatrix, B: BigMatrix, a = "A", b = "B"): void {
  if (A.n !== B.n) throw new RangeError(`${fn}: ${a} is ${A.n}×${A.n} and ${b} ${B.n}×${B.n}: they must agree`);
}

function workArg(fn: string, n: number, bits: number): void {
  if (n ** 3 * bits > MAX_WORK)
    throw new RangeError(`${fn}: n³ · bits must be at most 2^31 (the work), got ${n}³ · ${bits}`);
}

function ctorArg(fn: string, D: unknown): typeof Decimal {
  if (typeof D !== "function" || typeof (D as { precision?: unknown }).precision !== "number")
    throw new TypeError(`${fn}: D must be a decimal.js constructor (Decimal.clone), got ${show(D)}`);
  return D as typeof Decimal;
}

/** A finite decimal value with decimal exponent at most 10^6 in size. */
function decimalArg(fn: string, name: string, x: unknown): void {
  if (typeof x === "number") {
    finite(fn, name, x);
    return;
  }
  const s = finiteDecimal(fn, name, x);
  const e = new Decimal(s).e;
  if (Math.abs(e) > MAX_E10)
    throw new RangeError(`${fn}: ${name} must have a decimal exponent in [-1e6, 1e6], got ${show(x)}`);
}

function resultExp<T extends { exp: number }>(fn: string, what: string, r: T): T {
  if (!(Math.abs(r.exp) <= MAX_EXP))
    throw new RangeError(`${fn}: the result's exponent leaves [-2^50, 2^50] (${what})`);
  return r;
}

/** Number of bits of |x| (0 for 0); x a bigint. */
export function bitLength(x: bigint): number {
  if (typeof x !== "bigint") throw new TypeError(`bitLength: x must be a bigint, got ${show(x)}`);
  return k.bitLength(x);
}

/** Round the mantissas of A so that the largest has at most `bits` bits. */
export function normalize(A: BigMatrix, bits: number): BigMatrix {
  matrixArg("normalize", "A", A);
  bitsArg("normalize", bits);
  return resultExp("normalize", "A.exp too large", k.normalize(A, bits));
}

/** The identity of size n (an integer in [1, 128]). */
export function identity(n: number): BigMatrix {
  int("identity", "n", n, 1, MAX_N);
  return k.identity(n);
}

/** A finite double as an exact `m · 2^exp`. */
export function scalarFromNumber(x: number): BigScalar {
  finite("scalarFromNumber", "x", x);
  return k.scalarFromNumber(x);
}

/** A decimal value as `m · 2^exp` with about `bits` significant bits, rounded to nearest. */
export function scalarFromDecimal(x: Decimal.Value, bits: number): BigScalar {
  decimalArg("scalarFromDecimal", "x", x);
  bitsArg("scalarFromDecimal", bits);
  return k.scalarFromDecimal(x, bits);
}

/** Rows of numbers, decimal strings, Decimals or bigints (square, at most 128) at `bits`. */
export function fromEntries(rows: ReadonlyArray<ReadonlyArray<Decimal.Value | bigint>>, bits: number): BigMatrix {
  const fn = "fromEntries";
  if (!Array.isArray(rows)) throw new TypeError(`${fn}: rows must be an array of rows, got ${show(rows)}`);
  const n = rows.length;
  if (n === 0 || n > MAX_N) throw new RangeError(`${fn}: rows must have 1 to ${MAX_N} rows, got ${n}`);
  bitsArg(fn, bits);
  for (let i = 0; i < n; i++) {
    const row: unknown = rows[i];
    if (!Array.isArray(row)) throw new TypeError(`${fn}: rows[${i}] must be an array, got ${show(row)}`);
    if (row.length !== n)
      throw new RangeError(`${fn}: rows must be square ${n}×${n}, but rows[${i}] has ${row.length} entries`);
    for (let j = 0; j < n; j++) {
      const x: unknown = row[j];
      if (typeof x === "bigint") bigintArg(fn, `rows[${i}][${j}]`, x);
      else decimalArg(fn, `rows[${i}][${j}]`, x);
    }
  }
  return k.fromEntries(rows, bits);
}

/** n² scalars (n in [1, 128]) assembled into one block, rounded to `bits`. */
export function fromScalars(n: number, scalars: BigScalar[], bits: number): BigMatrix {
  const fn = "fromScalars";
  int(fn, "n", n, 1, MAX_N);
  if (!Array.isArray(scalars) || scalars.length !== n * n)
    throw new TypeError(`${fn}: scalars must be an array of n² = ${n * n} scalars, got ${show(scalars)}`);
  for (let i = 0; i < scalars.length; i++) scalarArg(fn, `scalars[${i}]`, scalars[i]);
  bitsArg(fn, bits);
  return resultExp(fn, "scalars' exponents too large", k.fromScalars(n, scalars, bits));
}

/** Entry i (an integer in [0, n²)) as a Decimal of constructor D. */
export function entryToDecimal(A: BigMatrix, i: number, D: typeof Decimal): Decimal {
  matrixArg("entryToDecimal", "A", A);
  int("entryToDecimal", "i", i, 0, A.n * A.n - 1);
  return k.entryToDecimal(A, i, ctorArg("entryToDecimal", D));
}

/** All entries as Decimals of constructor D. */
export function toDecimals(A: BigMatrix, D: typeof Decimal): Decimal[] {
  matrixArg("toDecimals", "A", A);
  return k.toDecimals(A, ctorArg("toDecimals", D));
}

/** `m · 2^exp` as a Decimal of constructor D. */
export function scalarToDecimal(s: BigScalar, D: typeof Decimal): Decimal {
  scalarArg("scalarToDecimal", "s", s);
  return k.scalarToDecimal(s, ctorArg("scalarToDecimal", D));
}

/** A number (at its exact binary value), string or Decimal as a Decimal of constructor D. */
export function exactDecimal(x: Decimal.Value, D: typeof Decimal): Decimal {
  decimalArg("exactDecimal", "x", x);
  return k.exactDecimal(x, ctorArg("exactDecimal", D));
}

/** A double approximation of `m · 2^exp` (±∞ or 0 outside the double range: IEEE overflow and underflow). */
export function scalarToNumber(s: BigScalar): number {
  scalarArg("scalarToNumber", "s", s);
  return k.scalarToNumber(s);
}

/** The matrix as doubles (±∞ or 0 outside the double range). */
export function toNumbers(A: BigMatrix): number[][] {
  matrixArg("toNumbers", "A", A);
  return k.toNumbers(A);
}

/** A · B rounded to `bits`; A, B of one size, n³ · bits ≤ 2^31. */
export function mul(A: BigMatrix, B: BigMatrix, bits: number): BigMatrix {
  const fn = "mul";
  matrixArg(fn, "A", A);
  matrixArg(fn, "B", B);
  sameSize(fn, A, B);
  bitsArg(fn, bits);
  workArg(fn, A.n, bits);
  return resultExp(fn, "A.exp + B.exp too large", k.mul(A, B, bits));
}

/** A + B rounded to `bits`. */
export function add(A: BigMatrix, B: BigMatrix, bits: number): BigMatrix {
  matrixArg("add", "A", A);
  matrixArg("add", "B", B);
  sameSize("add", A, B);
  bitsArg("add", bits);
  return resultExp("add", "A.exp or B.exp too large", k.add(A, B, bits));
}

/** A − B rounded to `bits`. */
export function sub(A: BigMatrix, B: BigMatrix, bits: number): BigMatrix {
  matrixArg("sub", "A", A);
  matrixArg("sub", "B", B);
  sameSize("sub", A, B);
  bitsArg("sub", bits);
  return resultExp("sub", "A.exp or B.exp too large", k.sub(A, B, bits));
}

/** A · 2^k (exact); k a safe integer with |A.exp + k| ≤ 2^50. */
export function scalePow2(A: BigMatrix, k2: number): BigMatrix {
  matrixArg("scalePow2", "A", A);
  expArg("scalePow2", "k", k2);
  return resultExp("scalePow2", `k = ${k2}`, k.scalePow2(A, k2));
}

/** A · s rounded to `bits`. */
export function scale(A: BigMatrix, s: BigScalar, bits: number): BigMatrix {
  matrixArg("scale", "A", A);
  scalarArg("scale", "s", s);
  bitsArg("scale", bits);
  return resultExp("scale", "A.exp + s.exp too large", k.scale(A, s, bits));
}

/** A / k for a positive integer k (a safe integer or a bigint of at most 2^20 bits), rounded to `bits`. */
export function divInt(A: BigMatrix, k2: number | bigint, bits: number): BigMatrix {
  const fn = "divInt";
  matrixArg(fn, "A", A);
  if (typeof k2 === "bigint") bigintArg(fn, "k", k2);
  else int(fn, "k", k2, 1, Number.MAX_SAFE_INTEGER);
  if (typeof k2 === "bigint" && k2 <= 0n) throw new RangeError(`${fn}: k must be positive, got ${k2}`);
  bitsArg(fn, bits);
  return resultExp(fn, "A.exp too large", k.divInt(A, k2, bits));
}

/** The sum of a non-empty array of matrices of one size, rounded once to `bits`. */
export function sum(As: BigMatrix[], bits: number): BigMatrix {
  const fn = "sum";
  if (!Array.isArray(As)) throw new TypeError(`${fn}: As must be an array of matrices, got ${show(As)}`);
  if (As.length === 0) throw new RangeError(`${fn}: As must hold at least one matrix`);
  for (let i = 0; i < As.length; i++) {
    matrixArg(fn, `As[${i}]`, As[i]);
    sameSize(fn, As[0], As[i], "As[0]", `As[${i}]`);
  }
  bitsArg(fn, bits);
  return resultExp(fn, "exponents too large", k.sum(As, bits));
}

/** An upper bound on log2 of the ∞-norm; −∞ for the zero matrix (the right value: log₂ 0). */
export function normInfLog2(A: BigMatrix): number {
  matrixArg("normInfLog2", "A", A);
  return k.normInfLog2(A);
}

/** A^k for an integer k in [0, 2^53] by binary powering, rounded to `bits`; n³ · bits ≤ 2^31. */
export function power(A: BigMatrix, k2: number, bits: number): BigMatrix {
  const fn = "power";
  matrixArg(fn, "A", A);
  int(fn, "k", k2, 0, 2 ** 53);
  bitsArg(fn, bits);
  workArg(fn, A.n, bits);
  // The exponent of A^k is about k·(A.exp + bits): refuse before the products when it must overflow.
  const top = Math.abs(A.exp) + bits + Math.log2(A.n) + 1;
  if (k2 * top > MAX_EXP) throw new RangeError(`${fn}: A^k's exponent would leave [-2^50, 2^50] (k = ${k2})`);
  return resultExp(fn, `k = ${k2}`, k.power(A, k2, bits));
}

/** Aᵀ. */
export function transpose(A: BigMatrix): BigMatrix {
  matrixArg("transpose", "A", A);
  return k.transpose(A);
}
