/**
 * Square matrices in block floating point on `bigint`s: the hot kernel of the high-precision code.
 *
 * A {@link BigMatrix} holds integer mantissas `m[i]` and one shared binary exponent `exp`, so that
 * entry `i` is `m[i] · 2^exp`. After every operation the mantissas are rounded so that the largest
 * has at most `bits` bits: the representation is normwise accurate to `2^-bits` relative to the
 * largest entry, which is exactly the accuracy that normwise error analysis of matrix products and
 * of the scaling-and-squaring exponential gives anyway. Entries much smaller than the largest lose
 * relative accuracy; callers that need every entry to `d` significant digits (see `expm`) compare
 * two working precisions and raise the precision until they agree.
 *
 * Why bigints and not decimal.js: an 8×8 product at 70 digits takes ≈ 1.7 ms with decimal.js and
 * ≈ 0.06 ms with bigint dot products (measured on the 2-core CI machine), and mpmath takes ≈ 0.7 ms.
 *
 * @module
 */
import { Decimal } from "decimal.js";
import { mulLimbs } from "./bigfloat-limbs.js";
import { bitLen } from "./bigfloat-scalar.js";

/** A square matrix `m · 2^exp` in block floating point (row-major mantissas). */
export interface BigMatrix {
  /** Dimension. */
  readonly n: number;
  /** Row-major integer mantissas, length n². */
  readonly m: bigint[];
  /** The shared binary exponent: entry i is `m[i] · 2^exp`. */
  readonly exp: number;
}

/** A real number as `m · 2^exp`. */
export interface BigScalar {
  readonly m: bigint;
  readonly exp: number;
}

/** Number of bits of |x| (0 for 0). */
export function bitLength(x: bigint): number {
  return bitLen(x);
}

/** Round `x / 2^s` to the nearest integer (ties up); `s ≥ 0`. */
function shiftRound(x: bigint, s: number): bigint {
  if (s <= 0) return x << BigInt(-s);
  const S = BigInt(s);
  return (x + (1n << (S - 1n))) >> S;
}

/** Round the mantissas so that the largest has at most `bits` bits. */
export function normalize(A: BigMatrix, bits: number): BigMatrix {
  // One bitLength of the largest |m|, from the largest and the smallest entry (comparisons are
  // cheap; negating every negative entry would allocate a bigint each).
  let hi = 0n;
  let lo = 0n;
  for (const x of A.m) {
    if (x > hi) hi = x;
    else if (x < lo) lo = x;
  }
  const len = Math.max(bitLength(hi), bitLength(lo));
  if (len === 0) return { n: A.n, m: A.m.map(() => 0n), exp: 0 };
  const s = len - bits;
  if (s <= 0) return A;
  // shiftRound inlined with its constants made once (they were a third of a product's time).
  const S = BigInt(s);
  const half = 1n << (S - 1n);
  return { n: A.n, m: A.m.map((x) => (x + half) >> S), exp: A.exp + s };
}

/** The identity of size n. */
export function identity(n: number): BigMatrix {
  const m = new Array<bigint>(n * n).fill(0n);
  for (let i = 0; i < n; i++) m[i * n + i] = 1n;
  return { n, m, exp: 0 };
}

const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);

/** A finite double as an exact `m · 2^exp`. */
export function scalarFromNumber(x: number): BigScalar {
  if (!Number.isFinite(x)) throw new RangeError(`expected a finite number, got ${x}`);
  if (x === 0) return { m: 0n, exp: 0 };
  f64[0] = x;
  const bits = u64[0];
  const sign = bits >> 63n ? -1n : 1n;
  const e = Number((bits >> 52n) & 0x7ffn);
  const frac = bits & ((1n << 52n) - 1n);
  // Normal numbers carry the hidden bit; subnormals have exponent 1 − 1023 and no hidden bit.
  const mant = e === 0 ? frac : frac | (1n << 52n);
  const exp = (e === 0 ? 1 : e) - 1075;
  return { m: sign * mant, exp };
}

const CLONES = new Map<number, typeof Decimal>();

/** A decimal.js constructor of the given precision, cached (cloning is not free). */
function cloneFor(precision: number): typeof Decimal {
  let D = CLONES.get(precision);
  if (!D) {
    D = Decimal.clone({ precision, rounding: Decimal.ROUND_HALF_EVEN });
    CLONES.set(precision, D);
  }
  return D;
}

/**
 * A decimal value (string, Decimal) as `m · 2^exp` with about `bits` significant bits, rounded to
 * nearest. Conversion is exact when the value is a dyadic rational with few enough bits.
 */
export function scalarFromDecimal(x: Decimal.Value, bits: number): BigScalar {
  const digits = Math.ceil(bits * 0.30103) + 20;
  const D = cloneFor(digits);
  const d = new D(x);
  if (!d.isFinite()) throw new RangeError(`expected a finite number, got ${String(x)}`);
  if (d.isZero()) return { m: 0n, exp: 0 };
  // 2^e ≤ |d| < 2^(e+1) roughly; scale so the integer part has `bits` bits.
  const approx = Math.abs(d.toNumber());
  // Outside the double range, take log2 in decimal (only needed for extreme magnitudes).
  const log2 =
    approx > 0 && Number.isFinite(approx) ? Math.floor(Math.log2(approx)) : Math.floor(d.abs().log(2).toNumber());
  const shift = bits - 1 - log2;
  const D2 = cloneFor(digits + Math.ceil(Math.abs(shift) * 0.30103) + 10);
  const scaled = new D2(d).times(new D2(2).pow(shift)).toDecimalPlaces(0, Decimal.ROUND_HALF_EVEN);
  return { m: BigInt(scaled.toFixed(0)), exp: -shift };
}

/** Convert a matrix of numbers / decimal strings / Decimals to block floating point at `bits`. */
export function fromEntries(rows: ReadonlyArray<ReadonlyArray<Decimal.Value | bigint>>, bits: number): BigMatrix {
  const n = rows.length;
  if (n === 0) throw new RangeError("expected a non-empty square matrix");
  const scalars: BigScalar[] = [];
  for (let i = 0; i < n; i++) {
    const row = rows[i];
    if (!row || row.length !== n) {
      throw new RangeError(`expected a square ${n}×${n} matrix, row ${i} has ${row ? row.length : "no"} entries`);
    }
    for (let j = 0; j < n; j++) {
      const x = row[j];
      if (typeof x === "number") {
        if (Number.isNaN(x)) throw new RangeError(`matrix entry (${i}, ${j}) is NaN`);
        scalars.push(scalarFromNumber(x));
      } else if (typeof x === "bigint") scalars.push({ m: x, exp: 0 });
      else scalars.push(scalarFromDecimal(x, bits + 8));
    }
  }
  return fromScalars(n, scalars, bits);
}

/** Assemble scalars with different exponents into one block (rounded to `bits`). */
export function fromScalars(n: number, scalars: BigScalar[], bits: number): BigMatrix {
  let maxTop = -Infinity;
  for (const s of scalars) if (s.m !== 0n) maxTop = Math.max(maxTop, s.exp + bitLength(s.m));
  if (maxTop === -Infinity) return { n, m: scalars.map(() => 0n), exp: 0 };
  const exp = maxTop - bits;
  const m = scalars.map((s) => (s.m === 0n ? 0n : shiftRound(s.m, exp - s.exp)));
  return { n, m, exp };
}

/** Entry i as a Decimal of the given constructor (exact up to that constructor's precision). */
export function entryToDecimal(A: BigMatrix, i: number, D: typeof Decimal): Decimal {
  return scalarToDecimal({ m: A.m[i], exp: A.exp }, D);
}

/** All entries as Decimals of constructor D (one power of two shared by the block). */
export function toDecimals(A: BigMatrix, D: typeof Decimal): Decimal[] {
  const Dx = cloneFor(D.precision + 20);
  const p = new Dx(2).pow(A.exp);
  return A.m.map((x) => (x === 0n ? new D(0) : new D(new Dx(x.toString()).times(p)).toSD(D.precision)));
}

/** `m · 2^exp` as a Decimal of constructor D. */
export function scalarToDecimal(s: BigScalar, D: typeof Decimal): Decimal {
  if (s.m === 0n) return new D(0);
  const Dx = cloneFor(D.precision + 20);
  const v = new Dx(s.m.toString()).times(new Dx(2).pow(s.exp));
  return new D(v).toSD(D.precision);
}

/**
 * A number, string or Decimal as a Decimal of constructor D, reading a number at its exact binary
 * value (0.7 → 0.6999999999999999555910790149937…) as the bigint kernel does, so that scalars
 * used beside kernel results (β in a bound, 1/β in a free energy) are the same numbers.
 */
export function exactDecimal(x: Decimal.Value, D: typeof Decimal): Decimal {
  return typeof x === "number" ? scalarToDecimal(scalarFromNumber(x), D) : new D(x);
}

/** A double approximation of `m · 2^exp` (±∞ or 0 outside the double range). */
export function scalarToNumber(s: BigScalar): number {
  if (s.m === 0n) return 0;
  const len = bitLength(s.m);
  const cut = Math.max(0, len - 60);
  return Number(s.m >> BigInt(cut)) * 2 ** (s.exp + cut);
}

/** The matrix as doubles. */
export function toNumbers(A: BigMatrix): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < A.n; i++) {
    const row: number[] = [];
    for (let j = 0; j < A.n; j++) row.push(scalarToNumber({ m: A.m[i * A.n + j], exp: A.exp }));
    out.push(row);
  }
  return out;
}

/** A · B rounded to `bits`. Each dot product is exact before the single rounding. */
export function mul(A: BigMatrix, B: BigMatrix, bits: number): BigMatrix {
  const n = A.n;
  if (B.n !== n) throw new RangeError(`cannot multiply ${n}×${n} by ${B.n}×${B.n}`);
  const a = A.m;
  const b = B.m;
  // Short mantissas (powers of a matrix of small dyadic entries): when every dot product is an
  // integer below 2^53 the doubles compute it exactly, ~40× faster than bigint operations.
  const la = maxBits(a);
  const lb = maxBits(b);
  if (la + lb + Math.ceil(Math.log2(n)) <= 53) return mulExactDouble(A, B, bits);
  // Otherwise the WebAssembly limb kernel (the same result bit for bit, see bigfloat-limbs.ts)
  // from 4×4 on, where it beats the BigInt dot products; bigints where it declines.
  if (n >= LIMB_KERNEL_MIN_N) {
    const C = mulLimbs(A, B, bits);
    if (C !== null) return C;
  }
  const c = new Array<bigint>(n * n);
  for (let i = 0; i < n; i++) {
    const io = i * n;
    for (let j = 0; j < n; j++) {
      let s = 0n;
      for (let k = 0; k < n; k++) {
        const x = a[io + k];
        if (x !== 0n) s += x * b[k * n + j];
      }
      c[io + j] = s;
    }
  }
  return normalize({ n, m: c, exp: A.exp + B.exp }, bits);
}

/** Smallest dimension given to the limb kernel (below it the conversions cost more than they save). */
const LIMB_KERNEL_MIN_N = 4;

/** Bit length of the largest |x| in xs. */
function maxBits(xs: bigint[]): number {
  let hi = 0n;
  let lo = 0n;
  for (const x of xs) {
    if (x > hi) hi = x;
    else if (x < lo) lo = x;
  }
  return Math.max(bitLength(hi), bitLength(lo));
}

/** A · B in doubles, exact because |a| < 2^la, |b| < 2^lb and la + lb + log₂ n ≤ 53 (caller's check). */
function mulExactDouble(A: BigMatrix, B: BigMatrix, bits: number): BigMatrix {
  const n = A.n;
  // Plain loops: Float64Array.from(xs, Number) takes V8's generic iterator path (several times slower).
  const n2 = n * n;
  const a = new Float64Array(n2);
  const b = new Float64Array(n2);
  for (let e = 0; e < n2; e++) {
    a[e] = Number(A.m[e]);
    b[e] = Number(B.m[e]);
  }
  const c = new Array<bigint>(n2);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let k = 0; k < n; k++) s += a[i * n + k] * b[k * n + j];
      c[i * n + j] = s === 0 ? 0n : BigInt(s);
    }
  return normalize({ n, m: c, exp: A.exp + B.exp }, bits);
}

/** αA + βB for integer signs α, β ∈ {1, −1}, rounded to `bits`. */
function combine(A: BigMatrix, B: BigMatrix, sign: 1n | -1n, bits: number): BigMatrix {
  if (B.n !== A.n) throw new RangeError(`cannot add ${A.n}×${A.n} and ${B.n}×${B.n}`);
  const e = Math.min(A.exp, B.exp);
  const sa = BigInt(A.exp - e);
  const sb = BigInt(B.exp - e);
  const m = A.m.map((x, i) => (x << sa) + sign * (B.m[i] << sb));
  return normalize({ n: A.n, m, exp: e }, bits);
}

/** A + B rounded to `bits`. */
export function add(A: BigMatrix, B: BigMatrix, bits: number): BigMatrix {
  return combine(A, B, 1n, bits);
}

/** A − B rounded to `bits` (exact before the rounding, so cancellation loses nothing extra). */
export function sub(A: BigMatrix, B: BigMatrix, bits: number): BigMatrix {
  return combine(A, B, -1n, bits);
}

/** A · 2^k (exact). */
export function scalePow2(A: BigMatrix, k: number): BigMatrix {
  return { n: A.n, m: A.m, exp: A.exp + k };
}

/** A · s for a scalar s, rounded to `bits`. */
export function scale(A: BigMatrix, s: BigScalar, bits: number): BigMatrix {
  return normalize({ n: A.n, m: A.m.map((x) => x * s.m), exp: A.exp + s.exp }, bits);
}

/** A / k for a positive integer k (any size), rounded to `bits` (the quotient keeps `bits` + 8 bits). */
export function divInt(A: BigMatrix, k: number | bigint, bits: number): BigMatrix {
  const K = BigInt(k);
  if (K <= 0n) throw new RangeError(`divInt needs a positive divisor, got ${k}`);
  // Scale the mantissas up to `bits` bits first (the identity has mantissa 1), then keep
  // bitLength(K) + 8 more so the quotient has at least `bits` + 8 significant bits.
  let big = 0n;
  for (const x of A.m) {
    const a = x < 0n ? -x : x;
    if (a > big) big = a;
  }
  const extra = Math.max(0, bits - bitLength(big)) + bitLength(K) + 8;
  const E = BigInt(extra);
  // Round to nearest: (x·2^extra + K/2) / K, with floor semantics fixed up for negatives.
  const m = A.m.map((x) => {
    const y = x << E;
    return y >= 0n ? (y + K / 2n) / K : -((-y + K / 2n) / K);
  });
  return normalize({ n: A.n, m, exp: A.exp - extra }, bits);
}

/** Sum of matrices, rounded once to `bits`. */
export function sum(As: BigMatrix[], bits: number): BigMatrix {
  if (As.length === 0) throw new RangeError("sum of no matrices");
  let acc = As[0];
  for (let i = 1; i < As.length; i++) acc = add(acc, As[i], bits + 64);
  return normalize(acc, bits);
}

/**
 * An upper bound on log2 of the ∞-norm (max absolute row sum), which is submultiplicative and
 * bounds every entry and the spectral norm up to √n. −∞ for the zero matrix.
 */
export function normInfLog2(A: BigMatrix): number {
  let best = 0n;
  const n = A.n;
  for (let i = 0; i < n; i++) {
    let s = 0n;
    for (let j = 0; j < n; j++) {
      const x = A.m[i * n + j];
      s += x < 0n ? -x : x;
    }
    if (s > best) best = s;
  }
  if (best === 0n) return -Infinity;
  const len = bitLength(best);
  const cut = Math.max(0, len - 60);
  // Past 60 bits the low bits are cut: +1 unit of what is kept; a sum of ≤ 60 bits is exact
  // (the 2^−52 covers the double's rounding of 54–60-bit sums). +1e-12: log2's own rounding.
  if (cut === 0) return Math.log2(Number(best) * (1 + 2 ** -52)) + A.exp + 1e-12;
  return Math.log2(Number(best >> BigInt(cut)) + 1) + cut + A.exp + 1e-12;
}

/** A^k for an integer k ≥ 0 by binary powering, rounded to `bits` after every product. */
export function power(A: BigMatrix, k: number, bits: number): BigMatrix {
  if (!Number.isInteger(k) || k < 0) throw new RangeError(`power needs an integer k ≥ 0, got ${k}`);
  let result: BigMatrix | null = null;
  let base = A;
  let e = k;
  while (e > 0) {
    if (e & 1) result = result === null ? base : mul(result, base, bits);
    e = Math.floor(e / 2);
    if (e > 0) base = mul(base, base, bits);
  }
  return result ?? identity(A.n);
}

/** Aᵀ. */
export function transpose(A: BigMatrix): BigMatrix {
  const n = A.n;
  const m = new Array<bigint>(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) m[j * n + i] = A.m[i * n + j];
  return { n, m, exp: A.exp };
}
