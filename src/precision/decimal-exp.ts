/**
 * e^x and ln y for decimal.js values on a bigint fixed-point road, returning the same Decimal that
 * `x.exp()` / `y.ln()` return: the correctly rounded value at the constructor's precision and
 * rounding mode. (ln's reduction and error bound are stated at {@link lnDecimalFixed}; what follows
 * for exp holds for ln with "ln" for "exp".)
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
 * - Error: the series, by Horner on the coefficients ⌊2^W / j!⌋, accumulates ≤ 2 units of 2^−W per
 *   term (one floor in the product, one in the coefficient; |r/2^s| < 1 so earlier errors shrink)
 *   plus ≤ 2 for the tail and 3 carried from r; each squaring doubles the relative
 *   error and adds 1.03 units (y ≥ 0.99). After s squarings ε ≤ 2^s · 1.01 · (2n + 9) · 2^−W
 *   = 1.01 (2n + 9) · 2^−P for n series terms; the code uses (4n + 16) · 2^−P.
 * - Digits: Z = ⌊Y · 10^D / 2^W⌋ with D = precision + 9, so Z has precision + 10 digits; the bound
 *   on |Z − e^r·10^D| is ε · 10.1 · 10^D + 2 (e^r < 10.1 including rounding), rounded up.
 *
 * @module
 */
import type { Decimal } from "decimal.js";
import { bitLen, ln2Fixed } from "./bigfloat-scalar.js";

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

const taylorCache = new Map<number, bigint[]>();
/**
 * ⌊2^W / j!⌋ for j = 0..n, n the first degree whose next term (|r| < 2^{1.21−s})^{n+1}/(n+1)! is below
 * 2^−(W+1) (so the omitted tail, a geometric sum of ratio < 2^−8, is below one unit), cached per W.
 */
function taylorCoefficients(W: number, s: number): bigint[] {
  const key = W * 64 + s;
  let c = taylorCache.get(key);
  if (!c) {
    let n = 0;
    let log2Term = 0; // log₂ of the bound on term n+1, relative to 1
    for (;;) {
      log2Term += 1.21 - s - Math.log2(n + 1);
      if (log2Term < -(W + 1)) break;
      n++;
    }
    c = [];
    let fact = 1n;
    for (let j = 0; j <= n; j++) {
      if (j > 0) fact *= BigInt(j);
      c.push((1n << BigInt(W)) / fact);
    }
    taylorCache.set(key, c);
  }
  return c;
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

/** How a magnitude is rounded: to nearest (ties cannot occur for these transcendental values), away from 0, toward 0. */
type MagnitudeRounding = "nearest" | "up" | "down";

/** decimal.js rounding mode `rm` applied to a value of sign `sign`, as a rounding of its magnitude. */
function magnitudeRounding(rm: number, sign: 1 | -1): MagnitudeRounding {
  if (rm >= 4) return "nearest"; // HALF_UP, HALF_DOWN, HALF_EVEN, HALF_CEIL, HALF_FLOOR differ only at ties
  if (rm === 0) return "up"; // ROUND_UP: away from zero
  if (rm === 1) return "down"; // ROUND_DOWN: toward zero
  if (rm === 2) return sign > 0 ? "up" : "down"; // ROUND_CEIL
  return sign > 0 ? "down" : "up"; // ROUND_FLOOR
}

/**
 * Round the positive integer `z` (a value z · 10^zExp) to `pr` significant digits in `mode`.
 * Returns the coefficient (exactly pr digits) and its exponent.
 */
function roundTo(z: bigint, zExp: number, pr: number, mode: MagnitudeRounding): { q: bigint; qExp: number } {
  const len = z.toString().length;
  const cut = len - pr;
  if (cut <= 0) return { q: z * pow10(-cut), qExp: zExp + cut };
  const T = pow10(cut);
  let q = z / T;
  const rem = z - q * T;
  if (mode === "nearest" ? 2n * rem >= T : mode === "up" && rem !== 0n) q += 1n;
  let qExp = zExp + cut;
  if (q === pow10(pr)) {
    q = pow10(pr - 1);
    qExp += 1;
  }
  return { q, qExp };
}

/**
 * The Decimal `sign · (z ± err) · 10^zExp` rounded to the constructor's precision and rounding mode,
 * or null when the two ends of the enclosure round differently (or reach 0, or leave minE..maxE).
 */
function decide<T extends Decimal>(Ctor: typeof Decimal, sign: 1 | -1, z: bigint, err: bigint, zExp: number): T | null {
  if (z - err <= 0n) return null;
  const pr = Ctor.precision;
  const mode = magnitudeRounding(Ctor.rounding, sign);
  const lo = roundTo(z - err, zExp, pr, mode);
  const hi = roundTo(z + err, zExp, pr, mode);
  if (lo.q !== hi.q || lo.qExp !== hi.qExp) return null;
  const top = lo.qExp + pr - 1; // exponent of the leading digit
  if (top > Ctor.maxE || top < Ctor.minE) return null;
  return new Ctor(`${sign < 0 ? "-" : ""}${lo.q}e${lo.qExp}`) as T;
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
  const Wb = BigInt(W);
  // Horner on ⌊2^W / j!⌋: one product and one floor per term, no division.
  const coef = taylorCoefficients(W, s);
  const terms = coef.length - 1;
  let y = coef[terms];
  for (let j = terms - 1; j >= 0; j--) y = coef[j] + ((y * r) >> Wb);
  for (let i = 0; i < s; i++) y = (y * y) >> Wb;
  // ε ≤ (4n + 16) · 2^−P ≤ 2^−(P − c).
  const c = Math.ceil(Math.log2(4 * terms + 16));
  const D = pr + GUARD_DIGITS - 1;
  const z = (y * pow10(D)) >> Wb;
  const err = (pow10(D + 2) >> BigInt(P - c)) + 3n; // ≥ ε · 10.1 · 10^D + 2
  return decide<T>(Ctor, 1, z, err, Number(k) - D);
}

/** ln(1 + a/128) · 2^q for a = 0..128 (within 2 units), each cached at the largest q asked for. */
const lnTable: { q: number; v: bigint }[] = [];
/** The reduction table's step: f / (1 + a/128) is within 2^−8 of 1. */
const TABLE_BITS = 7;

/** ln(1 + a/2^7) · 2^q = 2 atanh(a / (2^8 + a)) · 2^q, within 2 units (series with 32 extra bits). */
function lnTableFixed(a: number, q: number): bigint {
  const hit = lnTable[a];
  if (!hit || hit.q < q) {
    const Q = q + 32;
    const num = BigInt(a);
    const den = BigInt(2 ** (TABLE_BITS + 1) + a);
    // atanh(num/den) = Σ (num/den)^(2i+1) / (2i+1); each truncation costs < 1 unit of 2^−Q.
    let pow = (num << BigInt(Q)) / den;
    let sum = pow;
    const num2 = num * num;
    const den2 = den * den;
    for (let i = 1n; pow !== 0n; i++) {
      pow = (pow * num2) / den2;
      sum += pow / (2n * i + 1n);
    }
    lnTable[a] = { q: Q, v: 2n * sum };
  }
  const e = lnTable[a];
  const sh = BigInt(e.q - q);
  return (e.v + (1n << sh) / 2n) >> sh;
}

/**
 * ln y rounded to y's constructor's precision and rounding mode: the same Decimal as `y.ln()`
 * (decimal.js documents ln as correctly rounded too), computed on bigints. Any input is accepted:
 * y ≤ 0, 1, NaN, ±Infinity and the inputs {@link lnDecimalFixed} declines are passed to `y.ln()`.
 */
export function lnDecimal<T extends Decimal>(y: T): T {
  return lnDecimalFixed(y) ?? (y.ln() as T);
}

/**
 * The bigint road of {@link lnDecimal} alone: ln y correctly rounded, or `null` where it declines
 * (y ≤ 0, y = 1, NaN, ±Infinity, decimal exponents beyond ±2^20, or rounding digits too close to a
 * rounding boundary for its error bound to decide).
 *
 * Derivation. y = N · 10^(E − t) with m = N / 10^t ∈ [1, 10) (E the exponent of the leading digit),
 * m = 2^j (1 + a/128) g with j = ⌊log₂ m⌋ and a = round(128 (m/2^j − 1)), so |g − 1| ≤ 2^−8; then
 * ln y = E ln 10 + j ln 2 + ln(1 + a/128) + 2 atanh z, z = (g − 1)/(g + 1) =
 * (128 N − 2^j (128 + a) 10^t) / (128 N + 2^j (128 + a) 10^t), an exact ratio of integers, |z| ≤ 2^−9,
 * so each series term gains ≥ 18 bits. All at W = P + c bits, c the bits lost to cancellation when
 * y is near 1 (|ln y| ≈ |y − 1| ≥ 2^−c); each constant is within 2 units of 2^−W (E ln 10 from 24 extra
 * bits, |E| < 2^20), the series within 2 units per term, so |error| ≤ (4n + 16) units of 2^−W.
 */
export function lnDecimalFixed<T extends Decimal>(y: T): T | null {
  const f = y as unknown as DecimalFields;
  if (!f.d || f.d[0] === 0 || f.s < 0) return null;
  const E = f.e;
  if (Math.abs(E) >= 2 ** 20) return null;
  const Ctor = y.constructor as typeof Decimal;
  const pr = Ctor.precision;
  const { n: N, e10 } = exactParts(f);
  const t = E - e10; // m = N / 10^t, t ≥ 0 (the digits after the leading one)
  const tenT = pow10(t);
  // Cancellation near y = 1 (E = 0 or −1): y − 1 = (N − 10^(t−E)) · 10^(E−t), and |ln y| ≥ |y − 1| / 10
  // for y ∈ [0.1, 10), so c = −log₂|y − 1| + 4 bits more keep P bits of the result.
  let extra = 0;
  if (E === 0 || E === -1) {
    const u = N - pow10(t - E);
    if (u === 0n) return null; // y = 1: decimal.js returns 0 at once
    const log2Gap = bitLen(u) - 1 - (t - E) * Math.log2(10);
    extra = Math.max(0, Math.ceil(4 - log2Gap));
  }
  const P = Math.ceil((pr + GUARD_DIGITS + 1) * Math.log2(10)) + 8;
  const W = P + extra;
  const Wb = BigInt(W);
  // j and a from the leading digits (a double suffices: they only choose the reduction point).
  const lead = Number(N.toString().slice(0, 17)) / 10 ** Math.min(16, t);
  const j = Math.min(3, Math.max(0, Math.floor(Math.log2(lead))));
  const a = Math.min(2 ** TABLE_BITS, Math.max(0, Math.round((lead / 2 ** j - 1) * 2 ** TABLE_BITS)));
  const c = (BigInt(2 ** TABLE_BITS + a) << BigInt(j)) * tenT; // 2^j (128 + a) 10^t
  const num = (N << BigInt(TABLE_BITS)) - c;
  const den = (N << BigInt(TABLE_BITS)) + c;
  // atanh is odd: sum the series on |z| (every step truncates toward 0, so the powers reach 0).
  const neg = num < 0n;
  const z = ((neg ? -num : num) << Wb) / den;
  const z2 = (z * z) >> Wb;
  let pow = z;
  let series = z;
  let terms = 1;
  for (let i = 1n; pow !== 0n; i++) {
    pow = (pow * z2) >> Wb;
    series += pow / (2n * i + 1n);
    terms++;
  }
  let r = 2n * (neg ? -series : series) + lnTableFixed(a, W);
  if (j > 0) r += BigInt(j) * ln2Fixed(W);
  if (E !== 0) r += (BigInt(E) * ln10Fixed(W + 24)) >> 24n;
  const errUnits = BigInt(4 * terms + 16);
  const sign = r < 0n ? -1 : 1;
  const mag = r < 0n ? -r : r;
  // Scale so the magnitude has ≥ pr + GUARD_DIGITS digits: |r| / 2^W ≥ 2^(bitLen − 1 − W).
  const log10Mag = (bitLen(mag) - 1 - W) * Math.log10(2);
  const D = pr + GUARD_DIGITS - Math.floor(log10Mag);
  const scale = pow10(Math.max(0, D));
  const zDec = D >= 0 ? (mag * scale) >> Wb : (mag >> Wb) / pow10(-D);
  const err = D >= 0 ? ((errUnits * scale) >> Wb) + 2n : 2n;
  return decide<T>(Ctor, sign, zDec, err, -D);
}
