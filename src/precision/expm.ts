/**
 * The matrix exponential to any number of digits: Taylor series with scaling and squaring, with a
 * rigorous bound on the truncation error, on the bigint kernel of `bigfloat-matrix.ts`.
 *
 * Derivation of the truncation bound. Let ν ≥ ‖A‖ in a submultiplicative norm (we use the ∞-norm,
 * which bounds every entry), B = A/2^s, b = ν/2^s and T = Σ_{k≤K} B^k/k!. Then
 *
 *   ‖e^B − T‖ ≤ Σ_{k>K} b^k/k! ≤ b^{K+1}/(K+1)! · 1/(1 − b/(K+2)) =: δ   (geometric tail, b < K+2),
 *
 * and with m = 2^s, X = e^B, E = T − X, the telescoping identity T^m − X^m = Σ_j T^j E X^{m−1−j}
 * gives ‖T^m − e^A‖ ≤ m δ (e^b + δ)^{m−1}. We choose (s, K) minimising the number of products (Paterson–Stockmeyer for T, then s squarings)
 * subject to that bound being ≤ 2^−bits · e^−ν ≤ 2^−bits · ‖e^A‖ (as ‖e^A‖ ≥ 1/‖e^−A‖ ≥ e^−ν), so
 * the truncation error is below the working precision relative to the result's norm. Rounding
 * errors are not in this bound; the public {@link expm} controls them by computing at two working
 * precisions and raising the precision until every entry agrees to the requested digits (Ziv's
 * strategy), so the returned digits are checked, not assumed.
 *
 * @module
 */
import type { Decimal } from "decimal.js";
import {
  add,
  divInt,
  fromEntries,
  identity,
  mul,
  normInfLog2,
  scalarToDecimal,
  scalePow2,
  toDecimals,
  type BigMatrix,
} from "./bigfloat-matrix.js";
import { decimalContext } from "./decimal-matrix.js";

/** What the kernel did: the result, its truncation bound and the chosen parameters. */
export interface ExpmKernel {
  /** T^(2^s) ≈ e^A. */
  X: BigMatrix;
  /** log2 of the bound on ‖T^(2^s) − e^A‖_∞ (−∞ when A = 0). */
  truncationLog2: number;
  /** Scaling exponent s. */
  s: number;
  /** Taylor degree K. */
  K: number;
}

const LOG2E = Math.log2(Math.E);

const LOG2_FACTORIAL: number[] = [0, 0];

/** log2 of k! (exact enough for choosing parameters), memoized: chooseScaling asks for many k. */
function log2Factorial(k: number): number {
  for (let i = LOG2_FACTORIAL.length; i <= k; i++) LOG2_FACTORIAL.push(LOG2_FACTORIAL[i - 1] + Math.log2(i));
  return LOG2_FACTORIAL[k];
}

/** log2 of the truncation bound m δ (e^b + δ)^(m−1) for ν = 2^nuLog2, scaling s and degree K. */
export function truncationBoundLog2(nuLog2: number, s: number, K: number): number {
  const bLog2 = nuLog2 - s;
  const b = 2 ** bLog2;
  if (b >= K + 2) return Infinity;
  const deltaLog2 = (K + 1) * bLog2 - log2Factorial(K + 1) - Math.log2(1 - b / (K + 2));
  const m = 2 ** s;
  // log2(e^b + δ) = b·log2 e + log2(1 + δ e^−b).
  const delta = 2 ** deltaLog2;
  const growth = (m - 1) * (b * LOG2E + Math.log1p(delta * Math.exp(-b)) / Math.LN2);
  return s + deltaLog2 + growth;
}

/**
 * Matrix products of a Paterson–Stockmeyer evaluation of a degree-K polynomial: p − 1 powers
 * B², …, B^p plus q − 1 Horner steps in B^p, with p = ⌈√(K+1)⌉, q = ⌈(K+1)/p⌉ (Paterson &
 * Stockmeyer 1973; Higham, Functions of Matrices, §4.2). 21 terms cost 8 products instead of 21.
 */
export function psProducts(K: number): number {
  const p = Math.max(1, Math.ceil(Math.sqrt(K + 1)));
  const q = Math.ceil((K + 1) / p);
  return p - 1 + (q - 1);
}

/** Choose (s, K) with the fewest products (Taylor by Paterson–Stockmeyer, then s squarings) meeting the target. */
export function chooseScaling(nuLog2: number, bits: number): { s: number; K: number; boundLog2: number } {
  const nu = 2 ** nuLog2;
  const target = -bits - nu * LOG2E - 4;
  let best: { s: number; K: number; boundLog2: number } | null = null;
  const s0 = Math.max(0, Math.ceil(nuLog2));
  for (let s = s0; s <= s0 + 24; s++) {
    for (let K = 1; K <= 400; K++) {
      const bound = truncationBoundLog2(nuLog2, s, K);
      if (bound <= target) {
        if (best === null || psProducts(K) + s < psProducts(best.K) + best.s) best = { s, K, boundLog2: bound };
        break;
      }
    }
  }
  if (best === null) throw new RangeError(`expm: no Taylor degree ≤ 400 reaches 2^-${bits} for ‖A‖ = 2^${nuLog2}`);
  return best;
}

/**
 * e^A on the bigint kernel at `bits` working bits, with its truncation bound. A must have
 * ‖A‖_∞ ≤ 2^40 (beyond that e^A overflows any sensible use).
 */
export function expmKernel(A: BigMatrix, bits: number): ExpmKernel {
  const nuLog2 = normInfLog2(A);
  if (nuLog2 === -Infinity) return { X: identity(A.n), truncationLog2: -Infinity, s: 0, K: 0 };
  if (nuLog2 > 40) throw new RangeError(`expm: ‖A‖_∞ ≈ 2^${nuLog2.toFixed(1)} is too large`);
  const { s, K, boundLog2 } = chooseScaling(nuLog2, bits);
  // Squaring s times amplifies rounding by ≈ 2^s: carry s + 16 guard bits.
  const w = bits + s + 16;
  const B = scalePow2(A, -s);
  let T = taylorPS(B, K, w);
  for (let i = 0; i < s; i++) T = mul(T, T, w);
  return { X: T, truncationLog2: boundLog2, s, K };
}

/**
 * T = Σ_{k≤K} B^k/k! by Paterson–Stockmeyer: with P_i = B^i (i ≤ p) and chunks
 * C_j = Σ_{i<p} B^i/(jp+i)!, T = (…(C_{q−1} B^p + C_{q−2}) B^p + …) + C_0.
 */
function taylorPS(B: BigMatrix, K: number, w: number): BigMatrix {
  const p = Math.max(1, Math.ceil(Math.sqrt(K + 1)));
  const q = Math.ceil((K + 1) / p);
  const pow: BigMatrix[] = [identity(B.n), B];
  for (let i = 2; i <= p; i++) pow.push(mul(pow[i - 1], B, w));
  let fact = 1n; // k!
  const facts: bigint[] = [1n];
  for (let k = 1; k <= K; k++) facts.push((fact *= BigInt(k)));
  const chunk = (j: number): BigMatrix => {
    let C: BigMatrix | null = null;
    for (let i = 0; i < p && j * p + i <= K; i++) {
      const k = j * p + i;
      const term = k <= 1 ? pow[i] : divInt(pow[i], facts[k], w);
      C = C === null ? term : add(C, term, w);
    }
    return C as BigMatrix;
  };
  let T = chunk(q - 1);
  for (let j = q - 2; j >= 0; j--) T = add(mul(T, pow[p], w), chunk(j), w);
  return T;
}

/** A matrix exponential: rows of Decimals (each convertible by `String()` / `Number()`), plus how it was computed. */
export type ExpmResult = Decimal[][] & {
  /** Rigorous bound on the ∞-norm of the Taylor truncation error of the final pass. */
  readonly truncationBound: Decimal;
  /** Significant digits requested. */
  readonly digits: number;
  /** Working bits of the final pass. */
  readonly bits: number;
  /** Scaling exponent s of the final pass (A is divided by 2^s, the result squared s times). */
  readonly scaling: number;
  /** Taylor degree K of the final pass. */
  readonly terms: number;
};

/** Options of {@link expm}. */
export interface ExpmOptions {
  /** Significant digits of every entry (default 34). */
  digits?: number;
  /** Cap on working bits before giving up on entries that cancel to (near) zero (default 16× the start). */
  maxBits?: number;
}

/**
 * The matrix exponential e^A, every entry correct to `digits` significant digits.
 *
 * The input is a square matrix of numbers (taken at their exact binary value), decimal strings or
 * Decimals. Two passes at `p` and `p + 48` working bits are compared entry by entry; until every
 * entry agrees to `digits + 2` digits the precision is raised by the bits the worst entry lost.
 * An entry that cancels to (near) zero at every precision up to `maxBits` is returned correct to
 * an absolute 2^−(maxBits−64)·‖e^A‖_∞ instead (structural zeros come out exactly zero).
 *
 * @example
 * ```ts
 * const E = expm([[0, 1], [-1, 0]], { digits: 40 });
 * String(E[0][0]); // cos 1 to 40 digits: "0.5403023058681397174009366074429766037323"
 * ```
 */
export function expm(A: ReadonlyArray<ReadonlyArray<Decimal.Value>>, options: ExpmOptions = {}): ExpmResult {
  const digits = options.digits ?? 34;
  if (!Number.isInteger(digits) || digits < 1 || digits > 10000) {
    throw new RangeError(`expm: digits must be an integer in [1, 10000], got ${digits}`);
  }
  const D = decimalContext(digits);
  const baseBits = Math.ceil(digits * Math.log2(10)) + 32;
  // A rough ν from a first conversion decides how much headroom small entries of e^A need.
  const A0 = fromEntries(A, 64);
  const nuLog2 = normInfLog2(A0);
  const nu = nuLog2 === -Infinity ? 0 : 2 ** Math.min(nuLog2, 40);
  let bits = baseBits + Math.ceil(2 * nu * LOG2E);
  const maxBits = options.maxBits ?? 16 * bits + 512;
  const Dc = decimalContext(digits + 8);
  const run = (b: number) => {
    const k = expmKernel(fromEntries(A, b + 16), b);
    return { k, dec: toDecimals(k.X, Dc) };
  };
  let lo = run(bits);
  for (;;) {
    const hiBits = bits + 48;
    const hi = run(hiBits);
    let worstLoss = 0;
    let scaleMax = new Dc(0);
    for (const x of hi.dec) if (x.abs().gt(scaleMax)) scaleMax = x.abs();
    for (let i = 0; i < hi.dec.length; i++) {
      const a = lo.dec[i];
      const b = hi.dec[i];
      if (a.isZero() && b.isZero()) continue;
      const diff = a.minus(b).abs();
      const ok = diff.lte(b.abs().times(new Dc(10).pow(-(digits + 2))));
      if (!ok) {
        // Bits lost: the entry sits this many bits below the largest entry.
        const loss = b.isZero() ? hiBits : Math.max(0, scaleMax.div(b.abs()).log(2).toNumber());
        worstLoss = Math.max(worstLoss, loss);
      }
    }
    if (worstLoss === 0 || hiBits >= maxBits) {
      const rows: Decimal[][] = [];
      for (let i = 0; i < A.length; i++)
        rows.push(hi.dec.slice(i * A.length, (i + 1) * A.length).map((x) => new D(x).toSD(digits)));
      const bound =
        hi.k.truncationLog2 === -Infinity
          ? new D(0)
          : scalarToDecimal({ m: 1n, exp: Math.ceil(hi.k.truncationLog2) }, D);
      return Object.assign(rows, {
        truncationBound: bound,
        digits,
        bits: hiBits,
        scaling: hi.k.s,
        terms: hi.k.K,
      });
    }
    lo = hi;
    bits = Math.min(maxBits - 48, hiBits + Math.ceil(worstLoss) + 16);
  }
}
