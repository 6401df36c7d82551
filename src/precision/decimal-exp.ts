/**
 * e^x for decimal.js values on a bigint fixed-point road, returning the same Decimal that
 * `x.exp()` returns: the correctly rounded value at the constructor's precision and rounding mode.
 *
 * Why: decimal.js computes exp in base-10⁷ limbs, dividing x by 32 until |x| < 0.1 and then
 * summing a Taylor series of Decimals (≈ 40 µs at 50 digits). The softmax references call it once
 * per logit per evaluation, and it was most of their thorough CPU time. The same value on ~210-bit
 * integers, which V8 multiplies natively, takes a few µs.
 *
 * Why the result is the same Decimal, not merely close: decimal.js documents exp as correctly
 * rounded (it repeats with more digits while the rounding digits are ambiguous). This road computes
 * e^x with a rigorous error bound ε and rounds both ends x̃(1 ± ε) of the enclosure; when both round
 * to the same decimal, that decimal is the correctly rounded e^x, hence decimal.js's answer. When they
 * differ (probability ≈ 10⁻⁹ per call at 10 guard digits), or the input is outside the range this
 * road handles (|x| ≥ 2^40, |x| < 10^−(precision+8), a result beyond minE/maxE), it calls `x.exp()`.
 *
 * Derivation (all integers are fixed point: a value v is held as ⌊v · 2^q⌋ for a stated q).
 * - x = N · 10^e exactly (N the decimal's coefficient); xs = ⌊x · 2^P⌋ (error < 1 unit of 2^−P).
 * - x = k ln 10 + r, k = ⌊xs / ln10⌋, so e^x = 10^k · e^r with r ∈ [0, ln 10) up to rounding; ln 10
 *   is held to P + 64 bits, so |k| < 2^40 adds < 2^−24 units and r carries < 3 units of 2^−P.
 * - e^r = (e^{r/2^s})^{2^s}: the same integer read at scale 2^−(P+s) is r/2^s, so nothing is lost
 *   by the division. Taylor series at W = P + s bits (|r/2^s| < 2^{1.2−s}, each term gains ≥ s − 1.2
 *   bits), then s squarings at W bits.
 * - Error: the series accumulates ≤ 2 units of 2^−W per term (one floor in the product, one in the
 *   division by j) plus ≤ 2 for the tail and 3 carried from r; each squaring doubles the relative
 *   error and adds 1.03 units (y ≥ 0.99). After s squarings ε ≤ 2^s · 1.01 · (2n + 9) · 2^−W
 *   = 1.01 (2n + 9) · 2^−P for n series terms; the code uses (4n + 16) · 2^−P.
 * - Digits: Z = ⌊Y · 10^D / 2^W⌋ with D = precision + 9, so Z has precision + 10 digits; the bound
 *   on |Z − e^r·10^D| is ε · 10.1 · 10^D + 2 (e^r < 10.1 including rounding), rounded up.
 *
 * @module
 */
import type { Decimal } from "decimal.js";
import { bitLen } from "./bigfloat-scalar.js";

/** Guard digits beyond the constructor's precision (rounding is ambiguous with probability ≈ 10^−GUARD). */
const GUARD_DIGITS = 10;
/** Argument reduction e^r = (e^{r/2^s})^{2^s}: s squarings, ≈ 15 series terms at 50 digits. */
const SQUARINGS = 12;
/** |x| at or beyond 2^40 goes to decimal.js (its exp over- or underflows there anyway). */
const MAX_ABS_LOG2 = 40;
/** Extra bits of ln 10 beyond P, so k · ln 10 stays within 1 unit of 2^−P for |k| < 2^40. */
const LN10_EXTRA = 64;

const POW10: bigint[] = [1n];
/** 10^n as a bigint (cached: the callers use a few hundred exponents at most). */
function pow10(n: number): bigint {
  for (let i = POW10.length; i <= n; i++) POW10.push(POW10[i - 1] * 10n);
  return POW10[n];
}

/** atanh(1/x) · 2^q for an integer x ≥ 2, truncated (error < (terms + 1) units). */
function atanhInv(x: bigint, q: number): bigint {
  const x2 = x * x;
  let pow = (1n << BigInt(q)) / x;
  let s = pow;
  for (let j = 1n; pow !== 0n; j++) {
    pow /= x2;
    s += pow / (2n * j + 1n);
  }
  return s;
}

let ln10Cache = { q: 0, v: 0n };
/**
 * ln 10 · 2^q within 1 unit: ln 10 = 3 ln 2 + ln(5/4) = 6 atanh(1/3) + 2 atanh(1/9), computed with
 * 32 extra bits (the two series' truncations are a few hundred units of 2^−(q+32)) and cached.
 */
export function ln10Fixed(q: number): bigint {
  if (q > ln10Cache.q) {
    const Q = q + 32;
    ln10Cache = { q: Q, v: 6n * atanhInv(3n, Q) + 2n * atanhInv(9n, Q) };
  }
  const s = BigInt(ln10Cache.q - q);
  return (ln10Cache.v + (1n << s) / 2n) >> s;
}

/** Decimal's documented read-only fields (digits in base 10⁷, exponent of the leading digit, sign). */
interface DecimalFields {
  d: number[] | null;
  e: number;
  s: number;
}

/** The coefficient N and exponent e with x = N · 10^e exactly (x finite). */
function exactParts(x: DecimalFields): { n: bigint; e10: number } {
  const d = x.d as number[];
  let text = String(d[0]);
  for (let i = 1; i < d.length; i++) text += String(d[i]).padStart(7, "0");
  const n = BigInt(text);
  return { n: x.s < 0 ? -n : n, e10: x.e - (text.length - 1) };
}

/**
 * Round the positive integer `z` (a value z · 10^zExp) to `pr` significant digits: nearest for
 * rounding modes 4–8 (ties cannot occur, e^x being irrational for rational x ≠ 0), up for 0 and 2,
 * down for 1 and 3 (the value is positive). Returns the coefficient (exactly pr digits) and its exponent.
 */
function roundTo(z: bigint, zExp: number, pr: number, rm: number): { q: bigint; qExp: number } {
  const len = z.toString().length;
  const cut = len - pr;
  if (cut <= 0) return { q: z * pow10(-cut), qExp: zExp + cut };
  const T = pow10(cut);
  let q = z / T;
  const rem = z - q * T;
  if (rm >= 4 ? 2n * rem >= T : (rm === 0 || rm === 2) && rem !== 0n) q += 1n;
  let qExp = zExp + cut;
  if (q === pow10(pr)) {
    q = pow10(pr - 1);
    qExp += 1;
  }
  return { q, qExp };
}

/**
 * e^x rounded to x's constructor's precision and rounding mode: the same Decimal as `x.exp()`
 * (see the module note for why), computed on bigints. Any input is accepted: NaN, ±Infinity, 0 and
 * the inputs {@link expDecimalFixed} declines are passed to `x.exp()`.
 */
export function expDecimal<T extends Decimal>(x: T): T {
  return expDecimalFixed(x) ?? (x.exp() as T);
}

/**
 * The bigint road of {@link expDecimal} alone: e^x correctly rounded, or `null` where it declines
 * (NaN, ±Infinity, 0, |x| ≥ 10^12, 0 < |x| < 10^−(precision+8), a result beyond minE/maxE, or
 * rounding digits too close to a rounding boundary for its error bound to decide).
 */
export function expDecimalFixed<T extends Decimal>(x: T): T | null {
  const f = x as unknown as DecimalFields;
  if (!f.d || f.d[0] === 0) return null;
  const Ctor = x.constructor as typeof Decimal;
  const pr = Ctor.precision;
  const rm = Ctor.rounding;
  // |x| ≥ 10^e: at e ≥ 12 (|x| ≥ 2^39.8) or below −(pr + 8) (e^x within 10^−(pr+8) of 1) decimal.js decides.
  if (f.e >= 12 || f.e < -(pr + 8)) return null;
  const P = Math.ceil((pr + GUARD_DIGITS + 1) * Math.log2(10)) + 8;
  const s = SQUARINGS;
  const W = P + s;
  const { n, e10 } = exactParts(f);
  // xs = ⌊x · 2^P⌋ (BigInt division truncates toward zero: step down for negative inexact quotients).
  let xs: bigint;
  if (e10 >= 0) xs = (n * pow10(e10)) << BigInt(P);
  else {
    const den = pow10(-e10);
    const num = n << BigInt(P);
    xs = num / den;
    if (num < 0n && xs * den !== num) xs -= 1n;
  }
  if (bitLen(xs) > P + MAX_ABS_LOG2) return null;
  const L = ln10Fixed(P + LN10_EXTRA);
  const xl = xs << BigInt(LN10_EXTRA);
  let k = xl / L;
  if (xl < 0n && k * L !== xl) k -= 1n;
  // r · 2^P (floor), also r/2^s · 2^W: the same integer.
  const r = (xl - k * L) >> BigInt(LN10_EXTRA);
  const one = 1n << BigInt(W);
  const Wb = BigInt(W);
  let term = one;
  let y = one;
  let terms = 0;
  for (let j = 1n; term !== 0n; j++) {
    term = ((term * r) >> Wb) / j;
    y += term;
    terms++;
  }
  for (let i = 0; i < s; i++) y = (y * y) >> Wb;
  // ε ≤ (4n + 16) · 2^−P ≤ 2^−(P − c).
  const c = Math.ceil(Math.log2(4 * terms + 16));
  const D = pr + GUARD_DIGITS - 1;
  const z = (y * pow10(D)) >> Wb;
  const err = (pow10(D + 2) >> BigInt(P - c)) + 3n; // ≥ ε · 10.1 · 10^D + 2
  const zExp = Number(k) - D;
  const lo = roundTo(z - err, zExp, pr, rm);
  const hi = roundTo(z + err, zExp, pr, rm);
  if (lo.q !== hi.q || lo.qExp !== hi.qExp) return null;
  const top = lo.qExp + pr - 1; // exponent of the leading digit
  if (top > Ctor.maxE || top < Ctor.minE) return null;
  return new Ctor(`${lo.q}e${lo.qExp}`) as T;
}
