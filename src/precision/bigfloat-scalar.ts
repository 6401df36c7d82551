/**
 * Binary floating-point scalars on `bigint` mantissas, with the elementary functions the
 * high-precision references need (exp, ln, sqrt, cos/sin, π, ln 2), at a precision chosen per call.
 *
 * A value is `m · 2^exp` ({@link BigScalar}, the same shape as a block of `bigfloat-matrix.ts`
 * with one entry). Every operation takes `prec`, the number of mantissa bits to keep, and rounds
 * its result to nearest at that many bits, so a chain of k operations is accurate to about
 * k · 2^−prec relative; callers carry their own guard bits.
 *
 * Why not decimal.js: its elementary functions work in base 10⁷ limbs with general-purpose
 * argument handling; Kaufman's ln Z at 40 digits needed ≈ 10⁵ of its operations (106 ms for a
 * 64×64 torus). The same formula on bigints needs a few thousand multiplications of ~250-bit
 * numbers, which V8 performs natively.
 *
 * Derivations.
 * - exp x: x = k ln 2 + r with |r| ≤ ½ ln 2, then e^r = (e^{r/2^t})^{2^t}, the inner factor by its
 *   Taylor series (|r/2^t| ≤ 2^−t−1, so ≈ prec/(t+1) terms), t ≈ √(prec/2) squarings balancing
 *   the two costs; t guard bits cover the squarings' error doubling.
 * - ln y: y = 2^k · f with f ∈ [1/√2, √2), ln f = 2 atanh z = 2 Σ z^{2j+1}/(2j+1) with
 *   z = (f − 1)/(f + 1), |z| ≤ 0.172, so each term gains ≥ 5 bits.
 * - ln 2 = 2 atanh(1/3); π = 16 atan(1/5) − 4 atan(1/239) (Machin); both cached at the largest
 *   precision asked for and shifted down for smaller ones.
 * - cos x, sin x: Taylor series for |x| ≤ 2 (the callers pass x = π/n).
 * - √y: integer Newton iteration from a double's estimate (quadratic convergence, ≈ log₂(prec/50)
 *   steps), then rounded.
 *
 * @module
 */

/** A real number `m · 2^exp`. */
export interface BigScalar {
  /** Integer mantissa (sign included). */
  readonly m: bigint;
  /** Binary exponent. */
  readonly exp: number;
}

/** Number of bits of |x| (0 for 0). */
export function bitLen(x: bigint): number {
  if (x < 0n) x = -x;
  if (x === 0n) return 0;
  const f = Number(x);
  if (f === Number.POSITIVE_INFINITY) {
    const hex = x.toString(16);
    return (hex.length - 1) * 4 + (32 - Math.clz32(Number.parseInt(hex[0], 16)));
  }
  // The double's exponent field gives the bit length, unless rounding to 53 bits carried into the
  // next power of two (then the fraction field is 0 and one shift decides).
  F64[0] = f;
  const hi = U32[1];
  const k = ((hi >>> 20) & 0x7ff) - 1022;
  if ((hi & 0xfffff) === 0 && U32[0] === 0 && k > 53 && x >> BigInt(k - 1) === 0n) return k - 1;
  return k;
}

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);

/** Round x / 2^s to nearest (ties away from zero), s ≥ 0; a left shift for s < 0. */
export function shiftRound(x: bigint, s: number): bigint {
  if (s <= 0) return x << BigInt(-s);
  const S = BigInt(s);
  const half = 1n << (S - 1n);
  return x >= 0n ? (x + half) >> S : -((-x + half) >> S);
}

/** `m · 2^exp` rounded to at most `prec` mantissa bits. */
export function round(m: bigint, exp: number, prec: number): BigScalar {
  if (m === 0n) return ZERO;
  const s = bitLen(m) - prec;
  return s <= 0 ? { m, exp } : { m: shiftRound(m, s), exp: exp + s };
}

/** 0. */
export const ZERO: BigScalar = { m: 0n, exp: 0 };
/** 1. */
export const ONE: BigScalar = { m: 1n, exp: 0 };

/** The integer k. */
export function fromInt(k: number | bigint): BigScalar {
  return { m: BigInt(k), exp: 0 };
}

/** a · b. */
export function mul(a: BigScalar, b: BigScalar, prec: number): BigScalar {
  return round(a.m * b.m, a.exp + b.exp, prec);
}

/** a / b (b ≠ 0). */
export function div(a: BigScalar, b: BigScalar, prec: number): BigScalar {
  if (b.m === 0n) throw new RangeError("bigfloat-scalar: division by zero");
  if (a.m === 0n) return ZERO;
  // Scale a so that the quotient has prec + 2 bits before rounding.
  const shift = prec + 2 + bitLen(b.m) - bitLen(a.m);
  const num = shift >= 0 ? a.m << BigInt(shift) : a.m >> BigInt(-shift);
  return round(num / b.m, a.exp - shift - b.exp, prec);
}

/** a + b (exact before one rounding; an addend 2^(prec+64) below the other only rounds it). */
export function add(a: BigScalar, b: BigScalar, prec: number): BigScalar {
  if (a.m === 0n) return round(b.m, b.exp, prec);
  if (b.m === 0n) return round(a.m, a.exp, prec);
  const ta = a.exp + bitLen(a.m);
  const tb = b.exp + bitLen(b.m);
  // Far below the other's last bit: it cannot change the rounded result beyond a sticky bit.
  if (tb < ta - prec - 64) return round(a.m, a.exp, prec);
  if (ta < tb - prec - 64) return round(b.m, b.exp, prec);
  const e = Math.min(a.exp, b.exp);
  return round((a.m << BigInt(a.exp - e)) + (b.m << BigInt(b.exp - e)), e, prec);
}

/** −a. */
export function neg(a: BigScalar): BigScalar {
  return { m: -a.m, exp: a.exp };
}

/** a − b. */
export function sub(a: BigScalar, b: BigScalar, prec: number): BigScalar {
  return add(a, neg(b), prec);
}

/** a · 2^k (exact). */
export function mulPow2(a: BigScalar, k: number): BigScalar {
  return { m: a.m, exp: a.exp + k };
}

/** ⌊√n⌋ for a bigint n ≥ 0. */
export function isqrt(n: bigint): bigint {
  if (n < 0n) throw new RangeError("isqrt of a negative number");
  if (n < 1n << 52n) return BigInt(Math.floor(Math.sqrt(Number(n))));
  // Start from a double estimate of the top bits, then Newton (from above) to the floor.
  const len = bitLen(n);
  const drop = (len - 100) & ~1;
  let x = BigInt(Math.ceil(Math.sqrt(Number(n >> BigInt(drop))))) + 1n;
  x <<= BigInt(drop / 2);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) break;
    x = y;
  }
  while (x * x > n) x--;
  while ((x + 1n) * (x + 1n) <= n) x++;
  return x;
}

/** √a for a ≥ 0. */
export function sqrt(a: BigScalar, prec: number): BigScalar {
  if (a.m < 0n) throw new RangeError("bigfloat-scalar: square root of a negative number");
  if (a.m === 0n) return ZERO;
  // m · 2^e with e even and m of ≥ 2·prec + 4 bits, so √m has ≥ prec + 2 bits.
  let shift = Math.max(0, 2 * prec + 4 - bitLen(a.m));
  if ((a.exp - shift) & 1) shift++;
  return round(isqrt(a.m << BigInt(shift)), (a.exp - shift) / 2, prec);
}

/** a^k for an integer k ≥ 0 by binary powering (each product rounded). */
export function powInt(a: BigScalar, k: number, prec: number): BigScalar {
  let result: BigScalar = ONE;
  let base = a;
  let e = k;
  let first = true;
  while (e > 0) {
    if (e & 1) {
      result = first ? base : mul(result, base, prec);
      first = false;
    }
    e = Math.floor(e / 2);
    if (e > 0) base = mul(base, base, prec);
  }
  return result;
}

/** (a · b) / 2^q truncated toward zero (an arithmetic shift of a negative product would stick at −1). */
function mulShift(a: bigint, b: bigint, q: bigint): bigint {
  const p = a * b;
  return p >= 0n ? p >> q : -(-p >> q);
}

/** a as a double (±∞ or 0 outside the double range). */
export function toNumber(a: BigScalar): number {
  if (a.m === 0n) return 0;
  const cut = Math.max(0, bitLen(a.m) - 60);
  return Number(a.m >> BigInt(cut)) * 2 ** (a.exp + cut);
}

/** a as a fixed-point integer round(a · 2^q). */
export function toFixed(a: BigScalar, q: number): bigint {
  return shiftRound(a.m, -(a.exp + q));
}

let ln2Cache: { q: number; v: bigint } = { q: 0, v: 0n };

/** round(ln 2 · 2^q) (within one unit), cached. */
export function ln2Fixed(q: number): bigint {
  if (q <= ln2Cache.q) return shiftRound(ln2Cache.v, ln2Cache.q - q);
  const Q = q + 32;
  const one = 1n << BigInt(Q);
  // ln 2 = 2 atanh(1/3) = Σ_j 2 / ((2j + 1) 3^(2j+1)).
  let pow = (2n * one) / 3n;
  let s = pow;
  for (let j = 1n; pow !== 0n; j++) {
    pow /= 9n;
    s += pow / (2n * j + 1n);
  }
  ln2Cache = { q: Q, v: s };
  return shiftRound(s, Q - q);
}

let piCache: { q: number; v: bigint } = { q: 0, v: 0n };

/** round(atan(1/x) · 2^Q) for an integer x ≥ 2, by its alternating series. */
function atanInv(x: bigint, Q: number): bigint {
  const x2 = x * x;
  let pow = (1n << BigInt(Q)) / x;
  let s = pow;
  for (let j = 1n; pow !== 0n; j++) {
    pow /= x2;
    const t = pow / (2n * j + 1n);
    s += j & 1n ? -t : t;
  }
  return s;
}

/** round(π · 2^q) (within one unit), cached. */
export function piFixed(q: number): bigint {
  if (q <= piCache.q) return shiftRound(piCache.v, piCache.q - q);
  const Q = q + 32;
  const v = 16n * atanInv(5n, Q) - 4n * atanInv(239n, Q);
  piCache = { q: Q, v };
  return shiftRound(v, Q - q);
}

/** e^a (any finite a with |a| < 2^40). */
export function exp(a: BigScalar, prec: number): BigScalar {
  if (a.m === 0n) return ONE;
  const mag = Math.max(0, a.exp + bitLen(a.m)); // |a| < 2^mag
  if (mag > 40) throw new RangeError(`bigfloat-scalar: exp argument 2^${mag} is too large`);
  const t = Math.max(2, Math.round(Math.sqrt(prec / 2)));
  const Q = prec + t + 16 + mag;
  const x = toFixed(a, Q);
  const L = ln2Fixed(Q);
  // x = k ln 2 + r with |r| ≤ ½ ln 2 (k rounded to nearest).
  const k = x >= 0n ? (x + L / 2n) / L : -((-x + L / 2n) / L);
  const r = (x - k * L) >> BigInt(t); // r / 2^t (truncation error 2^−Q, far below the target)
  const one = 1n << BigInt(Q);
  let term = one;
  let s = one;
  for (let j = 1n; term !== 0n; j++) {
    term = mulShift(term, r, BigInt(Q));
    term /= j;
    s += term;
  }
  for (let i = 0; i < t; i++) s = (s * s) >> BigInt(Q);
  return round(s, Number(k) - Q, prec);
}

/** ln a for a > 0. */
export function ln(a: BigScalar, prec: number): BigScalar {
  if (a.m <= 0n) throw new RangeError("bigfloat-scalar: logarithm of a non-positive number");
  // a = f · 2^k with f ∈ [1/√2, √2): compare the top bits of m with √2.
  const len = bitLen(a.m);
  let k = a.exp + len; // a = (m / 2^len) · 2^k, m / 2^len ∈ [1/2, 1)
  const Q = prec + 16 + Math.max(0, Math.ceil(Math.log2(Math.abs(k) + 1)));
  let f = shiftRound(a.m, len - Q); // f ∈ [1/2, 1) in fixed point Q
  const one = 1n << BigInt(Q);
  // √½ · 2^Q, from the double value (error 2^−53 relative: only moves the split point).
  const sqrtHalf = BigInt(Math.round(Math.SQRT1_2 * 2 ** 53)) << BigInt(Q - 53);
  if (f < sqrtHalf) {
    f <<= 1n;
    k--;
  }
  const z = ((f - one) << BigInt(Q)) / (f + one);
  const z2 = (z * z) >> BigInt(Q);
  let pow = z;
  let s = z;
  for (let j = 1n; pow !== 0n; j++) {
    pow = mulShift(pow, z2, BigInt(Q));
    s += pow / (2n * j + 1n);
  }
  const total = 2n * s + BigInt(k) * ln2Fixed(Q);
  return round(total, -Q, prec);
}

/** cos x and sin x for |x| ≤ 2 given as a fixed-point integer round(x · 2^q); results in the same scale. */
export function cosSinFixed(x: bigint, q: number): { cos: bigint; sin: bigint } {
  const Q = BigInt(q);
  const x2 = mulShift(x, x, Q);
  let c = 1n << Q;
  let s = x;
  let tc = c;
  let ts = x;
  for (let j = 1n; tc !== 0n || ts !== 0n; j++) {
    tc = -mulShift(tc, x2, Q) / ((2n * j - 1n) * (2n * j));
    ts = -mulShift(ts, x2, Q) / (2n * j * (2n * j + 1n));
    c += tc;
    s += ts;
  }
  return { cos: c, sin: s };
}

/**
 * A decimal literal ("0.44", "-1.5e-3", "12") as an exact rational, rounded to `prec` bits.
 * Exact when the value is a dyadic rational of at most `prec` bits.
 */
export function fromDecimalString(text: string, prec: number): BigScalar {
  const match = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text.trim());
  if (!match || (match[2] === "" && (match[3] ?? "") === ""))
    throw new RangeError(`bigfloat-scalar: not a decimal number: ${JSON.stringify(text)}`);
  const frac = match[3] ?? "";
  let N = BigInt(`${match[2]}${frac}` || "0");
  if (match[1] === "-") N = -N;
  const e10 = Number(match[4] ?? 0) - frac.length;
  if (N === 0n) return ZERO;
  if (e10 >= 0) return round(N * 10n ** BigInt(e10), 0, prec);
  const den = 10n ** BigInt(-e10);
  const shift = Math.max(0, prec + 2 + bitLen(den) - bitLen(N));
  const scaled = N << BigInt(shift);
  // Round to nearest: the quotient carries prec + 2 bits, the remainder decides the last one.
  let q = scaled / den;
  const rem = scaled - q * den;
  if (rem !== 0n) {
    // Sticky bit: append one more bit so that round() sees an inexact value.
    q = 2n * q + (rem > 0n ? 1n : -1n);
    return round(q, -shift - 1, prec);
  }
  return round(q, -shift, prec);
}

/**
 * a as a decimal string with `sig` significant digits, truncated toward zero (callers ask for more
 * digits than they keep and round once in decimal).
 */
export function toDecimalString(a: BigScalar, sig: number): string {
  if (a.m === 0n) return "0";
  const sign = a.m < 0n ? "-" : "";
  const mag = a.m < 0n ? -a.m : a.m;
  // 10^d10 ≤ |a| < 10^(d10+2) roughly; pick the decimal exponent so the integer has ≥ sig digits.
  const log10 = (bitLen(mag) + a.exp) * Math.LOG10E * Math.LN2;
  const f = sig - Math.floor(log10) + 1; // digits after the point
  let N: bigint;
  if (a.exp >= 0) N = ((mag << BigInt(a.exp)) * (f >= 0 ? 10n ** BigInt(f) : 1n)) / (f < 0 ? 10n ** BigInt(-f) : 1n);
  else {
    const num = f >= 0 ? mag * 10n ** BigInt(f) : mag;
    const den = (1n << BigInt(-a.exp)) * (f < 0 ? 10n ** BigInt(-f) : 1n);
    N = num / den;
  }
  return `${sign}${N.toString()}e${-f}`;
}
