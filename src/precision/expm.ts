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
 * gives ‖T^m − e^A‖ ≤ m δ (e^b + δ)^{m−1}. We choose (s, K) minimising the cost (Paterson–Stockmeyer
 * products for T, s squarings, and for {@link expm} the Taylor terms' n² scalar operations each)
 * subject to that bound meeting a target: for {@link expmKernel} (the Trotter code) 2^−bits · e^−ν
 * ≤ 2^−bits · ‖e^A‖ (as ‖e^A‖ ≥ 1/‖e^−A‖ ≥ e^−ν).
 *
 * Rounding. `expmBall` carries, beside every intermediate matrix, a rigorous bound on its
 * distance (∞-norm) from the exact one: products ‖X̃Ỹ − XY‖ ≤ ‖X̃‖ r_Y + r_X (‖Ỹ‖ + r_Y), sums add
 * radii, each rounding to the block adds n/2 units of its last place, δ enters at T, and each
 * squaring maps r to r (2‖X̃‖ + r). The public {@link expm} adds the rounding of the input and
 * returns an entry only when both ends of its ball round to the same `digits` digits, raising the
 * precision otherwise (Ziv's strategy with a proven error instead of a comparison of two passes):
 * the printed digits are those of the exact e^A, and one pass usually suffices (each pass's bits are
 * padded to the product kernel's limb boundary, which makes a second pass rare: {@link padBits}).
 * The products, the chunk sums of Paterson–Stockmeyer and the squarings run in the WebAssembly limb
 * kernel (`bigfloat-limbs.ts`; the same mantissas as the bigint code, bit for bit). 8×8 at 50
 * digits: ≈ 0.6 ms on the 2-core CI machine (it was 11 ms with two passes, decimal conversions and
 * a division per Taylor term, 0.85–2 ms with bigint products).
 *
 * @module
 */
import { Decimal } from "decimal.js";
import {
  add,
  type BigMatrix,
  bitLength,
  identity,
  mul,
  normalize,
  normInfLog2,
  scalarFromNumber,
  scalarToDecimal,
  scalePow2,
} from "./bigfloat-matrix.js";
import { linCombLimbs, squareLimbs } from "./bigfloat-limbs.js";
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

/**
 * Choose (s, K) with the fewest products (Taylor by Paterson–Stockmeyer, then s squarings) meeting
 * `targetLog2` (default −bits − ν log₂e − 4: relative to e^−ν ≤ ‖e^A‖; `expmBall` passes its
 * own). s ranges over ⌈log₂ ν⌉ … +128 and K up to 4000, enough for 10 000 digits at ‖A‖ = 2^40.
 */
export function chooseScaling(
  nuLog2: number,
  bits: number,
  targetLog2?: number,
  termCost = 0,
): { s: number; K: number; boundLog2: number } {
  const nu = 2 ** nuLog2;
  const target = targetLog2 ?? -bits - nu * LOG2E - 4;
  // The search costs more than a small product: remember the last few hundred answers.
  const key = `${nuLog2} ${target} ${termCost}`;
  const hit = SCALING_CACHE.get(key);
  if (hit) return hit;
  const best = searchScaling(nuLog2, target, termCost);
  if (SCALING_CACHE.size > 500) SCALING_CACHE.clear();
  SCALING_CACHE.set(key, best);
  return best;
}

const SCALING_CACHE = new Map<string, { s: number; K: number; boundLog2: number }>();

/** The (s, K) of least cost psProducts(K) + s + termCost · K meeting the target. */
function searchScaling(nuLog2: number, target: number, termCost: number): { s: number; K: number; boundLog2: number } {
  const cost = (x: { s: number; K: number }) => psProducts(x.K) + x.s + termCost * x.K;
  let best: { s: number; K: number; boundLog2: number } | null = null;
  const s0 = Math.max(0, Math.ceil(nuLog2));
  let Kstart = 1;
  for (let s = s0; s <= s0 + 128; s++) {
    if (best !== null && s > cost(best)) break; // the squarings alone cost more than the best
    // The least K meeting the target only decreases as s grows: start from the previous one's.
    let K = Kstart;
    if (truncationBoundLog2(nuLog2, s, K) <= target) {
      while (K > 1 && truncationBoundLog2(nuLog2, s, K - 1) <= target) K--;
    } else {
      while (K <= 4000 && truncationBoundLog2(nuLog2, s, K) > target) K++;
      if (K > 4000) continue;
    }
    Kstart = K;
    const bound = truncationBoundLog2(nuLog2, s, K);
    if (best === null || cost({ s, K }) < cost(best)) best = { s, K, boundLog2: bound };
  }
  if (best === null) throw new RangeError(`expm: no Taylor degree ≤ 4000 reaches 2^${target} for ‖A‖ = 2^${nuLog2}`);
  return best;
}

/** Largest ‖A‖_∞ accepted (as log₂): e^A then has up to ≈ 1.6·10¹² binary digits before the point. */
export const EXPM_MAX_NORM_LOG2 = 40;

/**
 * e^A on the bigint kernel at `bits` working bits, with its truncation bound. A must have
 * ‖A‖_∞ ≤ 2^40 (beyond that e^A overflows any sensible use).
 */
export function expmKernel(A: BigMatrix, bits: number): ExpmKernel {
  const ball = expmBall(A, bits);
  return { X: ball.X, truncationLog2: ball.truncationLog2, s: ball.s, K: ball.K };
}

/** {@link expmKernel}'s result with a rigorous bound on its whole error. */
export interface ExpmBall extends ExpmKernel {
  /**
   * log₂ of a rigorous bound on ‖X − e^A‖_∞ for the matrix A exactly as given (rounding of every
   * product, sum and quotient, plus the Taylor truncation; −∞ when A = 0). It bounds every entry's
   * absolute error.
   */
  radiusLog2: number;
}

// Error bookkeeping in log₂ (radii reach 2^−33000 at 10 000 digits, below the double range). Every
// sum is rounded up by UP, far above the double rounding of log2/2** (≈ 1e−15 relative).
const UP = 1e-9;
/** log₂(2^a + 2^b), rounded up. */
function lsum(a: number, b: number): number {
  if (a === -Infinity) return b;
  if (b === -Infinity) return a;
  const hi = Math.max(a, b);
  return hi + Math.log2(1 + 2 ** (Math.min(a, b) - hi)) + UP;
}
/**
 * Whether every mantissa is 0. Such a block is exact: products, sums and quotients are rounded
 * relative to their largest entry, so they round to all zeros only when they are exactly zero.
 * (normalize gives it exponent 0, and charging half a unit of 2^0 made the ball of every nilpotent
 * A, whose powers vanish, at least 1 wide: expm then ran to maxBits and returned unproven digits.)
 */
function isZeroBlock(X: BigMatrix): boolean {
  for (const x of X.m) if (x !== 0n) return false;
  return true;
}
/** ∞-norm of the rounding of a normalized block (½ unit in each of n entries of a row). */
function roundingLog2(X: BigMatrix): number {
  return isZeroBlock(X) ? -Infinity : Math.log2(X.n) + X.exp - 1 + UP;
}
/** A quotient of {@link divBig} is rounded twice (at two more bits, then to the block): one unit per entry. */
function quotientRoundingLog2(X: BigMatrix): number {
  return isZeroBlock(X) ? -Infinity : Math.log2(X.n) + X.exp + UP;
}
/**
 * The rounding of a result whose exact value had exponent `exactExp`: none when normalize kept
 * that exponent (short exact mantissas, such as the powers of a matrix of small dyadic entries,
 * stay exact; charging them half a unit of their tiny last place would be a large radius).
 */
function roundedLog2(X: BigMatrix, exactExp: number): number {
  return X.exp === exactExp ? -Infinity : roundingLog2(X);
}
/**
 * An upper bound on log₂ ‖X‖_∞ from the entries as doubles: each conversion is within 2^−52
 * relative (after a shift keeping 60 bits when entries pass 2^1000), the row sums in doubles add
 * n·2^−53 more; the factor 1 + 2^−40 covers both for n < 2^11. Cheaper than the exact bigint row
 * sums of `normInfLog2`, and the radii only need an upper bound.
 */
function normUpLog2(X: BigMatrix): number {
  // Memoized by mantissa array (the Horner steps multiply by the same B^p, the powers by the same B).
  const hit = NORM_UP.get(X.m);
  if (hit !== undefined) return hit + X.exp;
  const v = mantissaNormUpLog2(X);
  NORM_UP.set(X.m, v);
  return v + X.exp;
}

const NORM_UP = new WeakMap<bigint[], number>();

/** {@link normUpLog2} of the mantissas (X.exp left out). */
function mantissaNormUpLog2(X: BigMatrix): number {
  const n = X.n;
  const m = X.m;
  let hi = 0n;
  let lo = 0n;
  for (const x of m) {
    if (x > hi) hi = x;
    else if (x < lo) lo = x;
  }
  const len = Math.max(bitLength(hi), bitLength(lo));
  if (len === 0) return -Infinity;
  const cut = Math.max(0, len - 1000);
  const C = BigInt(cut);
  let best = 0;
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let j = 0; j < n; j++) {
      const x = m[i * n + j];
      const v = cut === 0 ? Number(x) : Number(x >> C);
      sum += (v < 0 ? -v : v) + (cut === 0 ? 0 : 1); // +1: the shift dropped bits
    }
    if (sum > best) best = sum;
  }
  return Math.log2(best * (1 + 2 ** -40)) + cut;
}

/** Radius of X̃Ỹ against XY: ‖X̃‖ r_Y + r_X (‖Ỹ‖ + r_Y), plus the product's rounding. */
function mulRadius(X: BigMatrix, rX: number, Y: BigMatrix, rY: number, Z: BigMatrix): number {
  const nX = rY === -Infinity ? 0 : normUpLog2(X);
  const nY = rX === -Infinity ? 0 : normUpLog2(Y);
  return lsum(lsum(nX + rY, rX + lsum(nY, rY)), roundedLog2(Z, X.exp + Y.exp));
}

/**
 * e^A with a rigorous error ball: Taylor (Paterson–Stockmeyer, integer coefficients, see
 * {@link taylorPS}) and s squarings at bits + s + guard working bits, every operation's error carried
 * in the ∞-norm (‖X̃Ỹ − XY‖ ≤ ‖X̃‖ r_Y + r_X(‖Ỹ‖ + r_Y), roundings ≤ n/2 units of the block's last
 * place, the truncation ‖T(B) − e^B‖ ≤ δ of the module comment, squaring r ← r(2‖X̃‖ + r)).
 * `targetLog2` is the truncation target of the parameter choice (see {@link chooseScaling}).
 */
export function expmBall(A: BigMatrix, bits: number, targetLog2?: number, guard = 16, termCost = 0): ExpmBall {
  const nuLog2 = normInfLog2(A);
  if (nuLog2 === -Infinity) return { X: identity(A.n), truncationLog2: -Infinity, radiusLog2: -Infinity, s: 0, K: 0 };
  if (nuLog2 > EXPM_MAX_NORM_LOG2 + 1e-9)
    throw new RangeError(`expm: ‖A‖_∞ ≈ 2^${nuLog2.toFixed(1)} is too large (at most 2^${EXPM_MAX_NORM_LOG2})`);
  const { s, K, boundLog2 } = chooseScaling(nuLog2, bits, targetLog2, termCost);
  // Squaring s times amplifies rounding by ≈ 2^s: carry s + `guard` guard bits.
  const w = bits + s + guard;
  const B = scalePow2(A, -s);
  const { T, rLog2 } = taylorPS(B, K, w);
  // δ = b^{K+1}/(K+1)! / (1 − b/(K+2)) with b = ‖B‖ (the module comment's tail bound).
  const bLog2 = nuLog2 - s;
  const deltaLog2 = (K + 1) * bLog2 - log2Factorial(K + 1) - Math.log2(1 - 2 ** bLog2 / (K + 2)) + UP;
  let X = T;
  let r = lsum(rLog2, deltaLog2);
  // The squarings in the limb kernel's memory (the same mantissas as mul's; the norms bounded from
  // the limbs, see squareLimbs), from 4×4 on as in mul; bigints otherwise.
  const sq = s > 0 && A.n >= 4 ? squareLimbs(X, s, w) : null;
  if (sq !== null) {
    let exp = X.exp;
    for (let i = 0; i < s; i++) {
      const rounding = sq.shifts[i] > 0 ? Math.log2(A.n) + 2 * exp + sq.shifts[i] - 1 + UP : -Infinity;
      r = lsum(r + lsum(1 + sq.normsLog2[i] + exp, r), rounding);
      exp = 2 * exp + sq.shifts[i];
    }
    return { X: sq.block, truncationLog2: boundLog2, radiusLog2: r, s, K };
  }
  for (let i = 0; i < s; i++) {
    const Y = mul(X, X, w);
    r = lsum(r + lsum(1 + normUpLog2(X), r), roundedLog2(Y, 2 * X.exp));
    X = Y;
  }
  return { X, truncationLog2: boundLog2, radiusLog2: r, s, K };
}

/** A · 2^k with mantissas shifted so that its exponent is `exp` (exact; exp ≤ A.exp). */
function alignTo(A: BigMatrix, exp: number): bigint[] {
  const sh = BigInt(A.exp - exp);
  return sh === 0n ? A.m : A.m.map((x) => x << sh);
}

/** A / d for a positive integer d, rounded to nearest at `bits` (quotients keep bits + 2 bits). */
function divBig(A: BigMatrix, d: bigint, bits: number): BigMatrix {
  if (d === 1n) return normalize(A, bits);
  let big = 0n;
  for (const x of A.m) {
    const a = x < 0n ? -x : x;
    if (a > big) big = a;
  }
  const extra = Math.max(0, bits + 2 + bitLength(d) - bitLength(big));
  const E = BigInt(extra);
  const h = d / 2n;
  const m = A.m.map((x) => {
    if (x === 0n) return 0n;
    const y = x << E;
    return y >= 0n ? (y + h) / d : -((-y + h) / d);
  });
  return normalize({ n: A.n, m, exp: A.exp - extra }, bits);
}

/**
 * T = Σ_{k≤K} B^k/k! by Paterson–Stockmeyer with integer coefficients. With p = ⌈√(K+1)⌉, chunks
 * j = 0 … q−1 of p terms, F_j = (jp + p − 1)! and S_j = Σ_i (F_j/(jp+i)!) B^i (integer multiples of
 * the powers, exact), T = Σ_j (B^p)^j S_j / F_j. Horner on W_j = F_j Σ_{j'≥j} (B^p)^{j'−j} S_{j'}/F_{j'}:
 * W_{q−1} = S_{q−1}, W_j = W_{j+1} B^p / d_j + S_j with d_j = F_{j+1}/F_j = Π_{t=jp+p}^{jp+2p−1} t,
 * and T = W_0/(p−1)!. Divisions are by integers of ≈ p log₂ K bits, once per Horner step, instead
 * of one division per term by a factorial. Returns T with the log₂ bound on ‖T̃ − T‖_∞.
 */
function taylorPS(B: BigMatrix, K: number, w: number): { T: BigMatrix; rLog2: number } {
  const n = B.n;
  const p = Math.max(1, Math.ceil(Math.sqrt(K + 1)));
  const q = Math.ceil((K + 1) / p);
  const pow: BigMatrix[] = [identity(n), B];
  const rad: number[] = [-Infinity, -Infinity];
  for (let i = 2; i <= p; i++) {
    const P = mul(pow[i - 1], B, w);
    rad.push(mulRadius(pow[i - 1], rad[i - 1], B, -Infinity, P));
    pow.push(P);
  }
  // S_j = Σ_i c_i P_i with c_i = Π_{t=jp+i+1}^{jp+p−1} t, exact on a common exponent; then rounded.
  // The powers are shifted to that exponent once, not once per chunk.
  let e = Infinity;
  for (let i = 0; i < p; i++) e = Math.min(e, pow[i].exp);
  const aligned = pow.slice(0, p).map((P) => alignTo(P, e));
  const chunk = (j: number): { S: BigMatrix; r: number } => {
    const terms: bigint[][] = [];
    const coefs: bigint[] = [];
    let r = -Infinity;
    let c = 1n;
    for (let i = p - 1; i >= 0; i--) {
      const k = j * p + i;
      if (k <= K) {
        terms.push(aligned[i]);
        coefs.push(c);
        if (rad[i] !== -Infinity) r = lsum(r, Math.log2(Number(c)) + rad[i]);
      }
      if (i > 0) c *= BigInt(k);
    }
    // The limb kernel's linear combination (the same rounded block as the bigint sum below) when
    // the coefficients fit it: it allocates 64 results instead of 2 bigints per term and entry.
    const fast = linCombLimbs(n, terms, coefs.map(Number), e, w);
    if (fast !== null) return { S: fast.block, r: lsum(r, fast.rounded ? roundingLog2(fast.block) : -Infinity) };
    let acc: bigint[] | null = null;
    for (let t = 0; t < terms.length; t++) {
      const m = terms[t];
      const ct = coefs[t];
      if (acc === null) acc = ct === 1n ? m.slice() : m.map((x) => ct * x);
      else if (ct === 1n) for (let x = 0; x < acc.length; x++) acc[x] += m[x];
      else for (let x = 0; x < acc.length; x++) if (m[x] !== 0n) acc[x] += ct * m[x];
    }
    const m = acc as bigint[];
    const S = normalize({ n, m, exp: e }, w);
    return { S, r: lsum(r, S.m === m ? -Infinity : roundingLog2(S)) };
  };
  let { S: W, r } = chunk(q - 1);
  for (let j = q - 2; j >= 0; j--) {
    const P = mul(W, pow[p], w);
    r = mulRadius(W, r, pow[p], rad[p], P);
    let d = 1n;
    for (let t = j * p + p; t <= j * p + 2 * p - 1; t++) d *= BigInt(t);
    const Q = divBig(P, d, w);
    r = lsum(r - Math.log2(Number(d)), quotientRoundingLog2(Q));
    const c = chunk(j);
    W = add(Q, c.S, w);
    r = lsum(lsum(r, c.r), roundedLog2(W, Math.min(Q.exp, c.S.exp)));
  }
  let f = 1n;
  for (let t = 2; t < p; t++) f *= BigInt(t);
  const T = divBig(W, f, w);
  return { T, rLog2: lsum(r - Math.log2(Number(f)), f === 1n ? roundedLog2(T, W.exp) : quotientRoundingLog2(T)) };
}

/** A matrix exponential: rows of Decimals (each convertible by `String()` / `Number()`), plus how it was computed. */
export type ExpmResult = Decimal[][] & {
  /** Rigorous bound on the ∞-norm of the Taylor truncation error of the final pass. */
  readonly truncationBound: Decimal;
  /** Rigorous bound on every entry's absolute error before the final rounding to `digits` (all errors of the final pass). */
  readonly errorBound: Decimal;
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
  /** Significant digits of every entry, an integer in [1, 10 000] (default 34). */
  digits?: number;
  /**
   * Cap on working bits before giving up on entries that cancel to (near) zero (default 16× the
   * first pass's bits plus what entries e^−2‖A‖ below the largest need; never more than 2^18 nor
   * than 4× the work budget `EXPM_MAX_WORK` allows for the dimension).
   */
  maxBits?: number;
}

/** Largest dimension accepted by {@link expm}. */
export const EXPM_MAX_DIM = 64;
/** Largest digits accepted by {@link expm}. */
export const EXPM_MAX_DIGITS = 10000;
/**
 * Work budget of {@link expm}: n³ · digits^1.5 at most this (products of n×n matrices cost n³
 * multiplications of numbers whose cost grows about as digits^1.5 here). At the budget a call
 * takes about a second on one core: 2×2 or 4×4 up to 10 000 digits, 8×8 up to ≈ 2100 digits,
 * 16×16 up to ≈ 530, 64×64 up to ≈ 33.
 */
export const EXPM_MAX_WORK = 5e7;

/** An input entry as an exact rational num · 2^exp2 / 10^den10. */
interface Exact {
  num: bigint;
  exp2: number;
  den10: number;
}

const DEC = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

function exactEntry(x: unknown, i: number, j: number): Exact {
  if (typeof x === "number") {
    if (!Number.isFinite(x)) throw new RangeError(`expm: A[${i}][${j}] must be finite, got ${x}`);
    const s = scalarFromNumber(x);
    return { num: s.m, exp2: s.exp, den10: 0 };
  }
  if (typeof x === "bigint") return { num: x, exp2: 0, den10: 0 };
  let text: string;
  if (typeof x === "string") text = x.trim();
  else if (x instanceof Object && typeof (x as { isFinite?: unknown }).isFinite === "function") {
    if (!(x as Decimal).isFinite()) throw new RangeError(`expm: A[${i}][${j}] must be finite, got ${String(x)}`);
    text = (x as Decimal).toString();
  } else throw new TypeError(`expm: A[${i}][${j}] must be a number, string or Decimal, got ${typeof x}`);
  let match = DEC.exec(text);
  if (!match || (match[2] === "" && (match[3] ?? "") === "")) {
    // Other literals decimal.js reads (hexadecimal, binary, octal): through a wide decimal.js.
    let d: Decimal;
    try {
      d = new WIDE(text);
    } catch {
      throw new RangeError(`expm: A[${i}][${j}] is not a number: ${JSON.stringify(text)}`);
    }
    if (!d.isFinite()) throw new RangeError(`expm: A[${i}][${j}] must be finite, got ${text}`);
    match = DEC.exec(d.toString());
    if (!match) throw new RangeError(`expm: A[${i}][${j}] is not a number: ${JSON.stringify(text)}`);
  }
  const frac = match[3] ?? "";
  let num = BigInt(`${match[2]}${frac}` || "0");
  if (match[1] === "-") num = -num;
  const e10 = Number(match[4] ?? 0) - frac.length;
  if (!Number.isSafeInteger(e10) || Math.abs(e10) > 1e6)
    throw new RangeError(`expm: A[${i}][${j}] is outside the supported range: ${text}`);
  if (num === 0n) return { num: 0n, exp2: 0, den10: 0 };
  return e10 >= 0 ? { num: num * 10n ** BigInt(e10), exp2: 0, den10: 0 } : { num, exp2: 0, den10: -e10 };
}

const WIDE = Decimal.clone({ precision: 1000 });
const POW10: bigint[] = [1n];
function pow10(k: number): bigint {
  while (POW10.length <= k) POW10.push(POW10[POW10.length - 1] * 10n);
  return POW10[k];
}

/** The exact entries rounded to one block of `bits` bits, and log₂ of the ∞-norm of that rounding (−∞ if exact). */
function toBlock(n: number, xs: Exact[], bits: number): { A: BigMatrix; rhoLog2: number } {
  let top = -Infinity;
  for (const x of xs)
    if (x.num !== 0n) top = Math.max(top, bitLength(x.num) + x.exp2 - Math.floor(x.den10 * Math.log2(10)) + 1);
  if (top === -Infinity) return { A: { n, m: xs.map(() => 0n), exp: 0 }, rhoLog2: -Infinity };
  const exp = top - bits;
  let exact = true;
  const m = xs.map((x) => {
    if (x.num === 0n) return 0n;
    // round(num · 2^(exp2 − exp) / 10^den10).
    const sh = x.exp2 - exp;
    let num = sh >= 0 ? x.num << BigInt(sh) : x.num;
    let den = x.den10 > 0 ? pow10(x.den10) : 1n;
    if (sh < 0) den <<= BigInt(-sh);
    if (den === 1n) return num;
    const neg = num < 0n;
    if (neg) num = -num;
    const q = num / den;
    const rem = num - q * den;
    if (rem !== 0n) exact = false;
    const r = 2n * rem >= den ? q + 1n : q;
    return neg ? -r : r;
  });
  const A = normalize({ n, m, exp }, bits + 2);
  // Up to ½ unit at `exp` and ½ unit at A.exp ≥ exp per entry: one unit of A.exp, n per row.
  if (!exact || A.m !== m) return { A, rhoLog2: Math.log2(n) + A.exp + UP };
  // Exact: keep the mantissas as short as they are (dyadic inputs such as k/8, or doubles, have
  // ≤ 53 bits), so that the Taylor powers multiply short numbers exactly and cheaply.
  let tz = Infinity;
  for (const x of m) if (x !== 0n) tz = Math.min(tz, bitLength(x & -x) - 1);
  if (tz === Infinity || tz === 0) return { A, rhoLog2: -Infinity };
  const T = BigInt(tz);
  return { A: { n, m: m.map((x) => x >> T), exp: exp + tz }, rhoLog2: -Infinity };
}

/**
 * Entries (i, j) of e^A that are structurally zero: no path from i to j in the graph of A's
 * nonzero pattern (e^A = Σ A^k/k! has a nonzero term at (i, j) only through such a path).
 */
function reachable(n: number, xs: Exact[]): Uint8Array {
  const R = new Uint8Array(n * n);
  for (let i = 0; i < n; i++) {
    R[i * n + i] = 1;
    for (let j = 0; j < n; j++) if (xs[i * n + j].num !== 0n) R[i * n + j] = 1;
  }
  for (let k = 0; k < n; k++)
    for (let i = 0; i < n; i++) if (R[i * n + k]) for (let j = 0; j < n; j++) if (R[k * n + j]) R[i * n + j] = 1;
  return R;
}

/**
 * `N · 2^e` (N ≠ 0) rounded half-even to `digits` significant decimal digits: the digits as an
 * integer `q` (10^(digits−1) ≤ |q| < 10^digits) and the decimal exponent, or null when the value
 * lies exactly on a tie or within the ball N ± R (R ≥ 0 in the same units) on both sides of a
 * rounding boundary — then more bits are needed to decide.
 */
export function roundBall(N: bigint, R: bigint, e: number, digits: number): { q: bigint; exp10: number } | null {
  const neg = N < 0n;
  const a = neg ? -N : N;
  if (R >= a) return null;
  const fast = e < 0 ? roundBallFraction(a, R, e, digits) : undefined;
  if (fast !== undefined) return fast && neg ? { q: -fast.q, exp10: fast.exp10 } : fast;
  const lo = roundDigits(a - R, e, digits);
  const hi = R === 0n ? lo : roundDigits(a + R, e, digits);
  if (lo === null || hi === null || lo.q !== hi.q || lo.exp10 !== hi.exp10) return null;
  return neg ? { q: -lo.q, exp10: lo.exp10 } : lo;
}

/**
 * The common case of {@link roundBall}, a value below 10^digits (so 10^−exp10 scales it up) with
 * e < 0: in units u = 10^exp10, (a ± R) · 2^e = q + (rem ± R·10^−exp10)/2^−e, and both ends round to
 * the midpoint's rounding unless [rem − R', rem + R'] reaches a half-unit boundary (or the low end
 * drops below 10^(digits−1) units, where the rounding unit changes: left to the general path). One
 * multiplication and shifts, instead of two long divisions. undefined: not this case.
 */
function roundBallFraction(
  a: bigint,
  R: bigint,
  e: number,
  digits: number,
): { q: bigint; exp10: number } | null | undefined {
  const topLog10 = (bitLength(a) + e) * Math.LOG10E * Math.LN2;
  const exp10 = Math.floor(topLog10) - digits + 1;
  if (exp10 >= 0) return undefined;
  const lim = pow10(digits);
  const E = BigInt(-e);
  const f = pow10(-exp10);
  const num = a * f;
  const q = num >> E;
  if (q >= lim || q < lim / 10n) return undefined; // the estimate of exp10 was off by one: general path
  const den = 1n << E;
  const rem = num - (q << E);
  const Rs = R * f;
  if (2n * Rs >= den) return null;
  const halfDen = den >> 1n;
  // The half-unit boundary at den/2 (the neighbours' at −den/2 and 3den/2 are out of reach as Rs < den/2).
  if (rem - Rs <= halfDen && rem + Rs >= halfDen) return null;
  if (rem < Rs && q === lim / 10n) return undefined; // the low end has one digit more: general path
  const r = 2n * rem > den ? q + 1n : q;
  return r === lim ? { q: lim / 10n, exp10: exp10 + 1 } : { q: r, exp10 };
}

/** a · 2^e (a > 0) rounded half-even to `digits` digits; null on an exact tie (then the ball check widens). */
function roundDigits(a: bigint, e: number, digits: number): { q: bigint; exp10: number } | null {
  const topLog10 = (bitLength(a) + e) * Math.LOG10E * Math.LN2;
  let exp10 = Math.floor(topLog10) - digits;
  const lim = pow10(digits);
  for (;;) {
    // q = a · 2^e / 10^exp10, with remainder.
    let num = a;
    let den = 1n;
    if (e >= 0) num <<= BigInt(e);
    else den <<= BigInt(-e);
    if (exp10 >= 0) den *= pow10(exp10);
    else num *= pow10(-exp10);
    let q = num / den;
    const rem = num - q * den;
    if (q >= lim) {
      exp10++;
      continue;
    }
    if (q < lim / 10n) {
      exp10--;
      continue;
    }
    const twice = 2n * rem;
    if (twice === den) return null;
    if (twice > den) q++;
    if (q === lim) return { q: lim / 10n, exp10: exp10 + 1 };
    return { q, exp10 };
  }
}

/**
 * The matrix exponential e^A, every entry correctly rounded to `digits` significant digits.
 *
 * The input is a square matrix of numbers (taken at their exact binary value), decimal strings or
 * Decimals. Each pass computes e^A with a rigorous error ball (`expmBall`, plus the rounding
 * of the input to the working precision: ‖e^{Ã} − e^A‖ ≤ ρ e^{‖Ã‖+2ρ} for ‖Ã − A‖ ≤ ρ); an entry
 * is returned when both ends of its ball round to the same `digits` digits, so the printed digits
 * are those of the exact e^A. Otherwise the precision is raised by the bits the worst entry lacks.
 * Entries that are zero for structural reasons (no path from i to j in A's pattern) are exactly 0;
 * an entry computed as exactly 0 at two successive precisions is returned as 0; an entry that
 * cancels to (near) zero at every precision up to `maxBits` is returned correct to its absolute
 * error bound (`errorBound`) instead.
 *
 * Domain (RangeError or TypeError naming the argument and value otherwise): a square matrix of
 * dimension ≤ `EXPM_MAX_DIM` with finite entries, ‖A‖_∞ ≤ 2^40, `digits` an integer in
 * [1, 10 000], and n³ · digits^1.5 ≤ `EXPM_MAX_WORK` (5·10⁷: about a second).
 *
 * @example
 * ```ts
 * const E = expm([[0, 1], [-1, 0]], { digits: 40 });
 * String(E[0][0]); // cos 1 to 40 digits: "0.5403023058681397174009366074429766037323"
 * ```
 */
export function expm(A: ReadonlyArray<ReadonlyArray<Decimal.Value>>, options: ExpmOptions = {}): ExpmResult {
  const digits = options?.digits ?? 34;
  if (typeof digits !== "number" || !Number.isInteger(digits) || digits < 1 || digits > EXPM_MAX_DIGITS) {
    throw new RangeError(`expm: digits must be an integer in [1, ${EXPM_MAX_DIGITS}], got ${String(digits)}`);
  }
  if (!Array.isArray(A) || A.length === 0)
    throw new RangeError(
      `expm: A must be a non-empty square matrix (rows of entries), got ${Array.isArray(A) ? "[]" : typeof A}`,
    );
  const n = A.length;
  if (n > EXPM_MAX_DIM) throw new RangeError(`expm: A's dimension must be at most ${EXPM_MAX_DIM}, got ${n}`);
  if (n ** 3 * digits ** 1.5 > EXPM_MAX_WORK)
    throw new RangeError(
      `expm: n³ · digits^1.5 must be at most ${EXPM_MAX_WORK} (the work grows with both), got ${n}³ · ${digits}^1.5 = ${(n ** 3 * digits ** 1.5).toPrecision(3)}`,
    );
  const xs: Exact[] = [];
  for (let i = 0; i < n; i++) {
    const row = A[i];
    if (!Array.isArray(row) || row.length !== n)
      throw new RangeError(
        `expm: A must be a square ${n}×${n} matrix, but A[${i}] has ${Array.isArray(row) ? row.length : "no"} entries`,
      );
    for (let j = 0; j < n; j++) xs.push(exactEntry(row[j], i, j));
  }
  const R = reachable(n, xs);
  const D = decimalContext(digits);
  // The first pass: digits + 2 for the ball to fit between rounding boundaries (a straddle costs a
  // second pass), log₂ n + 4 for the spread of the entries and the growth of the rounding errors;
  // the passes after it add what the worst entry lacked.
  const start = Math.ceil((digits + 2) * Math.log2(10)) + Math.ceil(Math.log2(n)) + 4;
  const first = toBlock(n, xs, 64);
  const nuLog2 = normInfLog2(first.A);
  if (nuLog2 > EXPM_MAX_NORM_LOG2 + 1e-9)
    throw new RangeError(`expm: ‖A‖_∞ must be at most 2^${EXPM_MAX_NORM_LOG2}, got ≈ 2^${nuLog2.toFixed(2)}`);
  const nu = nuLog2 === -Infinity ? 0 : 2 ** nuLog2;
  // Never more than 4× the work budget in one pass: at most 2^18 bits, fewer for larger matrices.
  const cap = Math.min(2 ** 18, Math.floor(3.32 * ((4 * EXPM_MAX_WORK) / n ** 3) ** (2 / 3)));
  const maxBits = Math.min(cap, options?.maxBits ?? 16 * (start + Math.ceil(2 * nu * LOG2E)) + 512);
  if (!Number.isInteger(maxBits) || maxBits < start)
    throw new RangeError(`expm: maxBits must be an integer ≥ ${start}, got ${String(options?.maxBits)}`);
  let bits = start;
  const zeroBits = Math.min(maxBits, start + Math.ceil(2 * nu * LOG2E));
  let zeroBefore: Uint8Array | null = null;
  // Truncation target: 2^−bits relative to e^ν ≥ ‖e^A‖, tightened by up to e^−2ν (bits + 64
  // more at most) for results smaller than that; a pass whose ball is too wide says so.
  const targetFor = (b: number) => -b - 4 + nu * LOG2E - Math.min(2 * nu * LOG2E, b + 64);
  // Term cost: a Taylor term is n² scalar products and sums, a matrix product n³ of each.
  const termCost = 1 / (n + 1);
  for (;;) {
    bits = Math.min(maxBits, padBits(bits, nuLog2, targetFor, termCost));
    const { A: Ab, rhoLog2 } = toBlock(n, xs, bits + 16);
    // Few guard bits: the ball says when they were too few, and the next pass adds them.
    const ball = expmBall(Ab, bits, targetFor(bits), EXPM_GUARD, termCost);
    let r = ball.radiusLog2;
    if (rhoLog2 !== -Infinity) {
      // ‖e^{Ã} − e^A‖ ≤ ρ e^{‖A‖} e^{ρ} ≤ ρ e^{‖Ã‖ + 2ρ}.
      const nt = normInfLog2(Ab);
      r = lsum(r, rhoLog2 + (2 ** nt + 2 * 2 ** rhoLog2) * LOG2E + UP);
    }
    const X = ball.X;
    // The ball in units of the block's last place.
    const Rulp = r === -Infinity ? 0n : r - X.exp > 1020 ? -1n : BigInt(Math.ceil(2 ** (r - X.exp))) + 1n;
    const out: Array<{ q: bigint; exp10: number } | null> = [];
    let lack = 0;
    const zeros = new Uint8Array(n * n);
    for (let k = 0; k < n * n; k++) {
      const m = X.m[k];
      if (!R[k] && m === 0n) {
        out.push({ q: 0n, exp10: 0 });
        continue;
      }
      if (m === 0n) {
        // Zero in a reachable place: an entry e^−2‖A‖ below the largest needs 2‖A‖ log₂e more
        // bits before it shows; a zero is believed once that precision and one more both give it.
        zeros[k] = 1;
        if (zeroBefore?.[k] && bits >= zeroBits) out.push({ q: 0n, exp10: 0 });
        else {
          out.push(null);
          lack = Math.max(lack, 48, zeroBits - bits);
        }
        continue;
      }
      const got = Rulp < 0n ? null : roundBallAnyExponent(m, Rulp, X.exp, digits);
      out.push(got);
      if (got === null) {
        // Bits lacking: the ball's size against the entry's last kept digit (at least 16 more).
        const entryLog2 = bitLength(m < 0n ? -m : m) + X.exp;
        lack = Math.max(lack, 16, Math.ceil(r - entryLog2 + (digits + 3) * Math.log2(10)) + 16);
      }
    }
    const done = lack === 0;
    if (done || bits >= maxBits) {
      const rows: Decimal[][] = [];
      for (let i = 0; i < n; i++) {
        const row: Decimal[] = [];
        for (let j = 0; j < n; j++) {
          const k = i * n + j;
          const o = out[k] ?? roundMid(X.m[k], X.exp, digits);
          row.push(o.q === 0n ? new D(0) : new D(`${o.q}e${o.exp10}`));
        }
        rows.push(row);
      }
      // The bounds as Decimals only when asked for (2^−200 in decimal costs as much as a product).
      const toDec = (log2: number) => () =>
        log2 === -Infinity ? new D(0) : scalarToDecimal({ m: 1n, exp: Math.ceil(log2) }, D);
      return Object.defineProperties(rows, {
        truncationBound: { get: toDec(ball.truncationLog2), enumerable: true },
        errorBound: { get: toDec(r), enumerable: true },
        digits: { value: digits, enumerable: true },
        bits: { value: bits, enumerable: true },
        scaling: { value: ball.s, enumerable: true },
        terms: { value: ball.K, enumerable: true },
      }) as ExpmResult;
    }
    zeroBefore = zeros;
    bits = Math.min(maxBits, bits + lack);
  }
}

/** Guard bits of {@link expm}'s passes (beyond bits + s; the ball says when they were too few). */
const EXPM_GUARD = 4;

/**
 * A pass's precision raised by 4 to 31 bits so that its working width bits + s + guard is a
 * multiple of 28, the limb of the product kernel (bigfloat-limbs.ts): the products cost the same
 * up to that width, and the extra bits shrink the ball, so that fewer entries straddle a rounding
 * boundary and need a second pass (without them, on random 8×8 matrices of tenths at 50 digits,
 * 46 % of the calls needed one; with ≥ 4 more bits, 8 %; with ≥ 8, 1.5 %). s is the scaling the
 * pass will choose (the same chooseScaling call as expmBall's, up to A's rounding).
 */
function padBits(bits: number, nuLog2: number, targetFor: (b: number) => number, termCost: number): number {
  const s = nuLog2 === -Infinity ? 0 : chooseScaling(nuLog2, bits, targetFor(bits), termCost).s;
  const w = bits + 4 + s + EXPM_GUARD;
  return bits + 4 + ((28 - (w % 28)) % 28);
}

/** The midpoint rounded to `digits` digits (the fallback past maxBits; ties to even). */
function roundMid(m: bigint, e: number, digits: number): { q: bigint; exp10: number } {
  if (m === 0n) return { q: 0n, exp10: 0 };
  // Twice the mantissa plus one half unit breaks an exact tie towards the larger magnitude.
  return roundBallAnyExponent(m * 4n + (m < 0n ? -1n : 1n), 0n, e - 2, digits) ?? { q: 0n, exp10: 0 };
}

/** Binary exponents beyond this (e^A near e^(±2^40)) are converted through decimal.js powers of two. */
const EXACT_EXPONENT_LIMIT = 1 << 17;

/**
 * {@link roundBall} for any exponent. Past ±2^17 the exact bigint route would need numbers of
 * millions of digits (10^(4.8·10¹¹) for e^(2^40)); there both ends of the ball are converted by
 * decimal.js at digits + 30 digits (2^e by binary powering, relative error far below 10^−(digits+20))
 * and must round to the same digits.
 */
function roundBallAnyExponent(N: bigint, R: bigint, e: number, digits: number): { q: bigint; exp10: number } | null {
  if (Math.abs(e) <= EXACT_EXPONENT_LIMIT) return roundBall(N, R, e, digits);
  const X = Decimal.clone({ precision: digits + 30, rounding: Decimal.ROUND_HALF_EVEN });
  const p = new X(2).pow(e);
  const ends = [N - R, N + R].map((x) => new X(x.toString()).times(p).toSD(digits, Decimal.ROUND_HALF_EVEN));
  if (ends[0].isZero() || !ends[0].eq(ends[1])) return null;
  // As digits · 10^exp10: the coefficient's digits and the exponent of its last one.
  const [coef, ex] = ends[0].toExponential(digits - 1).split("e");
  return { q: BigInt(coef.replace(".", "")), exp10: Number(ex) - digits + 1 };
}
