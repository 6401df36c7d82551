/**
 * The Trotter (Lie) and symmetric (Strang) product formulas and their error, to any precision.
 *
 * For layer Hamiltonians H_1 … H_L, inverse temperature β and n steps:
 * - order 1: P₁ = (e^{−βH_1/n} e^{−βH_2/n} ⋯ e^{−βH_L/n})^n (paper 000 §4.2 eq 8-10, read with
 *   the product ordered l = 1 on the left);
 * - order 2: P₂ = (e^{−βH_1/2n} ⋯ e^{−βH_{L−1}/2n} e^{−βH_L/n} e^{−βH_{L−1}/2n} ⋯ e^{−βH_1/2n})^n
 *   (Strang splitting; for L = 2 it is (e^{−βA/2n} e^{−βB/n} e^{−βA/2n})^n);
 * and the error is ‖P − e^{−βΣ_l H_l}‖₂.
 *
 * Everything runs on the bigint kernel; the n-th power is taken by binary powering (⌈log₂ n⌉
 * squarings). The difference P − e^{−βΣH} cancels the leading digits, so the precision is chosen
 * by comparing two working precisions, as in `expm`.
 *
 * @module
 */
import type { Decimal } from "decimal.js";
import {
  fromEntries,
  mul,
  normInfLog2,
  power,
  scale,
  scalarFromDecimal,
  scalarFromNumber,
  sub,
  sum,
  toDecimals,
  type BigMatrix,
  type BigScalar,
} from "./bigfloat-matrix.js";
import { decimalContext } from "./decimal-matrix.js";
import { spectralNormOf } from "./spectral-norm.js";
import { expmKernel } from "./expm.js";
import { finiteDecimal, int, obj, show } from "../args/check.js";

/** Rows of numbers, decimal strings or Decimals. */
export type Rows = ReadonlyArray<ReadonlyArray<Decimal.Value>>;

/** Options of {@link trotterError}. */
export interface TrotterOptions {
  /** 1: the Lie–Trotter product; 2: the symmetric (Strang) product. Default 1. */
  order?: 1 | 2;
  /** Significant digits of the returned norm (default 30). */
  digits?: number;
}

/** The largest matrix size (the cost grows like size³ × working bits² × log n). */
export const TROTTER_MAX_SIZE = 64;

function checkArgs(Hs: readonly Rows[], n: number, order: number, beta?: unknown): void {
  const fn = "trotterError";
  if (!Array.isArray(Hs)) throw new TypeError(`${fn}: Hs must be an array of matrices, got ${show(Hs)}`);
  if (Hs.length === 0) throw new RangeError("trotterError: Hs needs at least one Hamiltonian");
  if (!Array.isArray(Hs[0])) throw new TypeError(`${fn}: Hs[0] must be an array of rows, got ${show(Hs[0])}`);
  const dim = Hs[0].length;
  if (dim < 1 || dim > TROTTER_MAX_SIZE)
    throw new RangeError(`${fn}: Hs[0] must be 1×1 to ${TROTTER_MAX_SIZE}×${TROTTER_MAX_SIZE}, got ${dim} rows`);
  for (const [l, H] of Hs.entries()) {
    if (!Array.isArray(H)) throw new TypeError(`${fn}: Hs[${l}] must be an array of rows, got ${show(H)}`);
    if (H.length !== dim) throw new RangeError(`Hamiltonian ${l} (Hs[${l}]) is ${H.length}×…, expected ${dim}×${dim}`);
    for (const [i, row] of H.entries()) {
      if (!Array.isArray(row) || row.length !== dim)
        throw new RangeError(`${fn}: Hs[${l}][${i}] must be a row of ${dim} entries, got ${show(row)}`);
      for (const [j, v] of row.entries()) finiteDecimal(fn, `Hs[${l}][${i}][${j}]`, v);
    }
  }
  if (beta !== undefined) finiteDecimal(fn, "beta", beta);
  if (typeof n !== "number") throw new TypeError(`${fn}: n must be a number, got ${show(n)}`);
  // n ≤ 2^52 as documented (it was 2n ≤ 2^53 − 1, which refused 2^52 itself); order 2's half
  // steps divide by 2n = 2^53, exact as a double and as a BigInt divisor.
  if (!Number.isSafeInteger(n) || n < 1 || n > 2 ** 52)
    throw new RangeError(`trotterError: n must be an integer in [1, 2^52], got ${String(n)}`);
  if (order !== 1 && order !== 2) throw new RangeError(`${fn}: order must be 1 or 2, got ${show(order)}`);
}

function betaScalar(beta: Decimal.Value, bits: number): BigScalar {
  if (typeof beta === "number") {
    if (!Number.isFinite(beta)) throw new RangeError(`beta must be finite, got ${beta}`);
    return scalarFromNumber(beta);
  }
  return scalarFromDecimal(beta, bits);
}

/**
 * The product S of one step at `bits` working bits, and its gain: log2 of Π‖F‖ over the factors
 * used, less log2 ‖S‖ (≥ 0 up to rounding). Each matrix carries one exponent, so a factor's small
 * entries are rounded at 2^−bits of its largest; a later factor that is large where this one is small
 * multiplies that rounding by its own norm. Π‖F‖/‖S‖ bounds how far the step's rounding sits above
 * 2^−bits of ‖S‖: 2^36 for diagonal layers whose largest entries lie on different configurations.
 */
function stepProduct(
  Hs: BigMatrix[],
  beta: BigScalar,
  n: number,
  order: 1 | 2,
  bits: number,
): { step: BigMatrix; gainLog2: number } {
  const L = Hs.length;
  // −β/n (order 1) and −β/(2n) (order 2 half steps) as exact-ish scalars.
  const minusBeta: BigScalar = { m: -beta.m, exp: beta.exp };
  let factorsLog2 = 0;
  const factor = (H: BigMatrix, divisor: number, uses = 1): BigMatrix => {
    const A = scale(H, minusBeta, bits + 16);
    const Ad = divisor === 1 ? A : divideBy(A, divisor, bits + 16);
    const F = expmKernel(Ad, bits).X;
    factorsLog2 += uses * normInfLog2(F);
    return F;
  };
  let P: BigMatrix;
  if (order === 1 || L === 1) {
    P = factor(Hs[0], n);
    for (let l = 1; l < L; l++) P = mul(P, factor(Hs[l], n), bits);
  } else {
    const halves = Hs.slice(0, L - 1).map((H) => factor(H, 2 * n, 2));
    P = factor(Hs[L - 1], n);
    for (let l = L - 2; l >= 0; l--) P = mul(mul(halves[l], P, bits), halves[l], bits);
  }
  const gain = factorsLog2 - normInfLog2(P);
  return { step: P, gainLog2: Number.isFinite(gain) ? Math.max(0, gain) : 0 };
}

/**
 * Whether the integer k ≥ 1 is a power of two. (Not `(k & (k − 1)) === 0`: JavaScript's bitwise
 * operators see only the low 32 bits, so 2^32 + 1 passed as a power of two and then failed as a
 * shift by log2(k), not an integer.) Exact for every safe integer: 2^round(log2 k) is a power of
 * two, and k equals it only if k is one.
 */
export function isPowerOfTwo(k: number): boolean {
  return Number.isSafeInteger(k) && k >= 1 && 2 ** Math.round(Math.log2(k)) === k;
}

function divideBy(A: BigMatrix, k: number, bits: number): BigMatrix {
  // Powers of two are exact shifts; other divisors go through rounded integer division.
  if (isPowerOfTwo(k)) return { n: A.n, m: A.m, exp: A.exp - Math.log2(k) };
  const K = BigInt(k);
  const extra = bits;
  const m = A.m.map((x) => {
    const y = x << BigInt(extra);
    return y >= 0n ? (y + K / 2n) / K : -((-y + K / 2n) / K);
  });
  return { n: A.n, m, exp: A.exp - extra };
}

/**
 * The Trotter product P and the exact exponential e^{−βΣH} at `bits` working bits, with the step's
 * gain (see stepProduct): P's rounding sits near 2^(gainLog2 − bits) of its scale, times ≈ n.
 */
export function trotterPair(
  Hs: readonly Rows[],
  beta: Decimal.Value,
  n: number,
  order: 1 | 2,
  bits: number,
): { product: BigMatrix; exact: BigMatrix; gainLog2: number } {
  checkArgs(Hs, n, order, beta);
  const big = Hs.map((H) => fromEntries(H, bits + 32));
  const b = betaScalar(beta, bits + 32);
  const { step, gainLog2 } = stepProduct(big, b, n, order, bits + 8);
  const product = power(step, n, bits + 8);
  const S = scale(sum(big, bits + 32), { m: -b.m, exp: b.exp }, bits + 32);
  const exact = expmKernel(S, bits + 8).X;
  return { product, exact, gainLog2 };
}

/** The difference P − e^{−βΣH} as Decimal rows at `digits` significant digits. */
export function trotterDifference(
  Hs: readonly Rows[],
  beta: Decimal.Value,
  n: number,
  options: TrotterOptions = {},
): Decimal[][] {
  obj("trotterDifference", "options", options);
  const order = options.order ?? 1;
  const digits = int("trotterDifference", "digits", options.digits ?? 30, 1, 2000);
  const bits = Math.ceil(digits * Math.log2(10)) + 96;
  const { product, exact } = trotterPair(Hs, beta, n, order, bits);
  const D = decimalContext(digits);
  const E = toDecimals(sub(product, exact, bits), D);
  const dim = product.n;
  const rows: Decimal[][] = [];
  for (let i = 0; i < dim; i++) rows.push(E.slice(i * dim, (i + 1) * dim));
  return rows;
}

function errorAt(Hs: readonly Rows[], beta: Decimal.Value, n: number, order: 1 | 2, bits: number, digits: number) {
  const { product, exact, gainLog2 } = trotterPair(Hs, beta, n, order, bits);
  const E = sub(product, exact, bits);
  const norm = spectralNormOf(E, bits, decimalContext(digits + 10));
  // Scale of the quantities that cancelled, raised by the step's gain: rounding noise sits near
  // 2^−bits of it.
  const scaleLog2 = Math.max(normInfLog2(product), normInfLog2(exact)) + gainLog2;
  return { norm, scaleLog2, gainLog2 };
}

/**
 * The noise floor and the bits lost to cancellation need a few digits only. At the result's
 * precision, decimal.js's ln (behind a non-integer power and log) refuses precisions beyond its
 * ln 10 constant: trotterError threw "Precision limit exceeded" from about 1000 digits on, inside
 * its documented [1, 2000].
 */
const ROUGH = decimalContext(20);

/**
 * The Trotter error ‖P − e^{−βΣ_l H_l}‖₂ (spectral norm) of the order-1 (Lie–Trotter) or order-2
 * (symmetric Strang) product with n steps, correct to `digits` significant digits.
 *
 * Returns a Decimal (convertible by `Number()` and `String()`). When the error is below
 * 2^−(2·bits(digits)+64) relative to ‖e^{−βΣH}‖ (commuting Hamiltonians, where it is exactly zero)
 * it is returned as 0.
 *
 * @param Hs - the layer Hamiltonians H_1 … H_L (real square matrices of one size; any order of
 *   magnitude up to ‖βH‖ ≈ 2^40), as rows of numbers, decimal strings or Decimals.
 * @param beta - the inverse temperature β (any sign).
 * @param n - the number of Trotter steps, an integer in [1, 2^52] (any, not only powers of two).
 * @throws TypeError or RangeError naming the argument: Hs not 1 to 64 square matrices of one size
 *   (TROTTER_MAX_SIZE) with finite entries, β not finite, n or order or digits out of range.
 *
 * @example
 * ```ts
 * const X = [[0, 1], [1, 0]], Z = [[1, 0], [0, -1]];
 * Number(trotterError([X, Z], 1, 1024, { order: 1 })); // ≈ 4.9e-4, halving when n doubles
 * ```
 */
export function trotterError(
  Hs: readonly Rows[],
  beta: Decimal.Value,
  n: number,
  options: TrotterOptions = {},
): Decimal {
  obj("trotterError", "options", options);
  const order = options.order ?? 1;
  const digits = options.digits ?? 30;
  if (!Number.isInteger(digits) || digits < 1 || digits > 2000) {
    throw new RangeError(`trotterError: digits must be an integer in [1, 2000], got ${digits}`);
  }
  checkArgs(Hs, n, order, beta);
  const D = decimalContext(digits);
  const base = Math.ceil(digits * Math.log2(10)) + 32;
  // P = S^n by repeated squaring: a relative rounding error δ in S grows to about n·δ in P (each
  // squaring doubles it), so the noise floor and the bits needed to call an error zero both carry
  // log₂ n more bits. Without them an exact product (commuting layers, or layers whose sum within
  // a step is a multiple of I) at n ≈ 2^32 never looked like noise and the loop did not settle.
  const amp = Math.ceil(Math.log2(n));
  let bits = base;
  let loBits = bits;
  let lo = errorAt(Hs, beta, n, order, bits, digits);
  // The step's gain lifts the noise above 2^−bits of the result's scale, so calling an error zero
  // (below 2^−(2·base + 64) of the scale) takes that many more bits. Without them four 16×16 diagonal layers
  // at β = 1.69 (a gain of 2^36, beyond the 2^24 slack of the noise test) never settled.
  const floorBits = 2 * base + 64 + amp + Math.ceil(lo.gainLog2);
  for (let pass = 0; pass < 12; pass++) {
    const hiBits = bits + 48;
    const hi = errorAt(Hs, beta, n, order, hiBits, digits);
    const noise = (b: number, s: number) => new ROUGH(2).pow(s - b + 24 + amp);
    const loNoise = lo.norm.lte(noise(loBits, lo.scaleLog2));
    const hiNoise = hi.norm.lte(noise(hiBits, hi.scaleLog2));
    if (loNoise && hiNoise && hiBits >= floorBits) return new D(0);
    const agree = hi.norm
      .minus(lo.norm)
      .abs()
      .lte(hi.norm.times(new D(10).pow(-(digits + 2))));
    if (agree && !hiNoise) return new D(hi.norm).toSD(digits);
    // Digits lost to cancellation: how far the error sits below the scale of P and e^{−βΣH}.
    const lost = hi.norm.isZero() ? floorBits : Math.max(0, hi.scaleLog2 - new ROUGH(hi.norm).log(2).toNumber());
    lo = hi;
    loBits = hiBits;
    bits = Math.max(hiBits + 16, Math.min(floorBits, base + Math.ceil(lost) + 16));
  }
  throw new RangeError("trotterError: the precision loop did not settle (please report the input)");
}
