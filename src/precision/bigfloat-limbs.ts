/**
 * The limb kernel of the block-floating-point matrix product: `A · B` rounded to `bits` exactly as
 * `normalize({ n, m: exact product, exp: A.exp + B.exp }, bits)` of `bigfloat-matrix.ts` computes it,
 * the same bigints bit for bit, with the n³ multiply-adds in WebAssembly (`bigfloat-limbs.wat`)
 * on 32-bit limbs instead of one BigInt allocation per product and per sum.
 *
 * Why: an 8×8 product of 190-bit numbers is 512 BigInt products and 512 sums, each a heap
 * allocation (≈ 46 µs, and the garbage collector's time on helper threads beside it); the limb
 * kernel does the same exact arithmetic in one call and only the 64 results become BigInts.
 *
 * The entries cross the boundary as 64-bit words of their magnitudes (a `BigUint64Array` store
 * truncates a BigInt to its low 64 bits without allocating a string) and an i32 sign; a result's
 * words are kept (keyed by its mantissa array) so that the next product that takes it as a factor
 * (a squaring, a Horner step in the same power) does not convert it again.
 *
 * Exactness: see the header of `bigfloat-limbs.wat` (every column sum stays below 2^63; the
 * rounding is floor((x + 2^(S−1))/2^S) on the exact two's-complement value, normalize's).
 *
 * @module
 */
import { LIMBS_WASM_BASE64 } from "./bigfloat-limbs-wasm-bytes.js";
import { bitLen } from "./bigfloat-scalar.js";

/** A square matrix `m · 2^exp` (the shape of `bigfloat-matrix.ts`'s BigMatrix). */
interface Block {
  readonly n: number;
  readonly m: bigint[];
  readonly exp: number;
}

// The TypeScript libs this project compiles against do not declare WebAssembly (as in
// src/mcmc/metropolis-wasm.ts); these are the members used.
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: unknown };
  Memory: new (descriptor: { initial: number }) => { buffer: ArrayBuffer };
}
interface LimbsExports {
  split(n: number, src: number, sg: number, W: number, L: number, dst: number, inter: number): void;
  zero(dst: number, count: number): void;
  prod(n: number, la: number, lb: number, pa: number, pb: number, pp: number, pps: number, dummy: number): number;
  round(n2: number, lp: number, pp: number, pps: number, S: number, Wo: number, po: number): number;
  lincomb(n2: number, L: number, src: number, r: number, coef: number, pp: number, pps: number): number;
}

/** Largest dimension the kernel takes; beyond it (or past {@link LIMBS_MAX_TERMS}) bigints. */
export const LIMBS_MAX_N = 64;
/**
 * Largest n · min(la, lb) (la, lb the factors' 28-bit limbs per entry): a column of the product
 * sums that many limb products of magnitude < 2^56, so its sum stays below 2^63 (the exactness
 * argument of bigfloat-limbs.wat). 8×8 at up to 420 bits, 16×16 up to 196.
 */
export const LIMBS_MAX_TERMS = 120;

let compiled: object | null | undefined;
let inst: { ex: LimbsExports; buffer: ArrayBuffer; bytes: number } | null = null;

function wasmApi(): WasmApi | null {
  return ((globalThis as unknown as { WebAssembly?: WasmApi }).WebAssembly ?? null) as WasmApi | null;
}

/** Whether this engine runs the limb kernel (compiled once, lazily). */
export function limbKernelAvailable(): boolean {
  if (compiled === undefined) {
    const api = wasmApi();
    try {
      compiled = api ? new api.Module(Uint8Array.from(atob(LIMBS_WASM_BASE64), (ch) => ch.charCodeAt(0))) : null;
    } catch {
      compiled = null;
    }
  }
  return compiled !== null;
}

/** An instance whose memory holds at least `bytes` (a new, larger one when it does not: never grown). */
function instance(bytes: number): { ex: LimbsExports; buffer: ArrayBuffer } {
  if (inst === null || inst.bytes < bytes) {
    const api = wasmApi() as WasmApi;
    const pages = Math.ceil(Math.max(bytes, 1 << 16) / 65536);
    const memory = new api.Memory({ initial: pages });
    const i = new api.Instance(compiled as object, { js: { memory } });
    inst = { ex: i.exports as LimbsExports, buffer: memory.buffer, bytes: pages * 65536 };
  }
  return inst;
}

/** A block's magnitudes as W words per entry, its signs, and an upper bound on its entries' bit lengths. */
interface Words {
  W: number;
  bits: number;
  words: BigUint64Array;
  signs: Int32Array;
}

// Keyed by the mantissa array (blocks differing only in exp, as scalePow2 makes, share it).
const CACHE = new WeakMap<bigint[], Words>();

/** Bit length of the largest |x|. */
function maxBitLength(xs: bigint[]): number {
  let hi = 0n;
  let lo = 0n;
  for (const x of xs) {
    if (x > hi) hi = x;
    else if (x < lo) lo = x;
  }
  return bitLen(hi > -lo ? hi : -lo);
}

/** The words of a block's entries (from the cache when a product made them). */
function wordsOf(m: bigint[]): Words {
  const hit = CACHE.get(m);
  if (hit) return hit;
  const bits = maxBitLength(m);
  const W = Math.max(1, Math.ceil(bits / 64));
  const words = new BigUint64Array(m.length * W);
  const signs = new Int32Array(m.length);
  for (let e = 0; e < m.length; e++) {
    let x = m[e];
    if (x === 0n) continue;
    if (x < 0n) {
      signs[e] = -1;
      x = -x;
    } else signs[e] = 1;
    const b = e * W;
    words[b] = x; // the store keeps the low 64 bits
    for (let w = 1; w < W; w++) {
      x >>= 64n;
      words[b + w] = x;
    }
  }
  const out = { W, bits, words, signs };
  CACHE.set(m, out);
  return out;
}

/**
 * A · B rounded so that the largest mantissa has at most `bits` bits, the same block (mantissas,
 * exponent) as bigfloat-matrix.ts's `normalize` of the exact product; null when there is no
 * WebAssembly or the sizes are outside the kernel's (n > {@link LIMBS_MAX_N}, n · limbs >
 * {@link LIMBS_MAX_TERMS}): the caller then multiplies bigints.
 */
export function mulLimbs(A: Block, B: Block, bits: number): Block | null {
  const n = A.n;
  if (n > LIMBS_MAX_N || B.n !== n || !limbKernelAvailable()) return null;
  const a = wordsOf(A.m);
  const b = wordsOf(B.m);
  const la = Math.max(1, Math.ceil(a.bits / 28));
  const lb = Math.max(1, Math.ceil(b.bits / 28));
  if (n * Math.min(la, lb) > LIMBS_MAX_TERMS) return null;
  const n2 = n * n;
  const np = 2 * ((n + 3) >> 2); // column pairs, an even number of them (the kernel takes two at a time)
  const lp = la + lb + 1;
  const Wmax = Math.max(a.W, b.W, Math.ceil((28 * lp) / 64));
  // Layout (bytes, 8-aligned): words, signs, A limbs, B limbs (n padded to 4⌈n/4⌉), products, their
  // signs, output words, scratch for padding outputs.
  const pw = 0;
  const psg = pw + 8 * n2 * Wmax;
  const pa = psg + 8 * Math.ceil(n2 / 2);
  const pb = pa + 8 * Math.ceil((n2 * la) / 2);
  const pp = pb + 8 * n * np * lb;
  const pps = pp + 8 * Math.ceil((n2 * lp) / 2);
  const po = pps + 8 * Math.ceil(n2 / 2);
  const dummy = po + 8 * n2 * Wmax;
  const { ex, buffer } = instance(dummy + 4 * lp);
  const put = (x: Words, L: number, dst: number, inter: number) => {
    new BigUint64Array(buffer, pw, n2 * x.W).set(x.words);
    new Int32Array(buffer, psg, n2).set(x.signs);
    ex.split(n, pw, psg, x.W, L, dst, inter);
  };
  put(a, la, pa, 0);
  if (n & 3) ex.zero(pb, 2 * n * np * lb);
  put(b, lb, pb, 1);
  const len = ex.prod(n, la, lb, pa, pb, pp, pps, dummy);
  return roundedBlock(ex, buffer, n, lp, pp, pps, po, len, bits, A.exp + B.exp).block;
}

/**
 * The exact results (magnitudes of lp limbs at pp, signs at pps, largest bit length len) rounded
 * as normalize rounds them (all by one shift S = len − bits when positive), as a block with their
 * words cached for the next product; `rounded`: whether normalize would have returned a new array
 * (S > 0, or the zero block).
 */
function roundedBlock(
  ex: LimbsExports,
  buffer: ArrayBuffer,
  n: number,
  lp: number,
  pp: number,
  pps: number,
  po: number,
  len: number,
  bits: number,
  exp: number,
): { block: Block; rounded: boolean } {
  const n2 = n * n;
  if (len === 0) return { block: { n, m: new Array<bigint>(n2).fill(0n), exp: 0 }, rounded: true };
  const S = Math.max(0, len - bits);
  // Words of the result: the rounded magnitudes have at most len − S + 1 bits.
  const W = Math.ceil((len - S + 1) / 64);
  const outBits = ex.round(n2, lp, pp, pps, S, W, po);
  const words = new BigUint64Array(buffer, po, n2 * W).slice();
  const signs = new Int32Array(buffer, pps, n2).slice();
  const m = new Array<bigint>(n2);
  for (let e = 0; e < n2; e++) {
    const s = signs[e];
    if (s === 0) {
      m[e] = 0n;
      continue;
    }
    const base = e * W;
    let x = words[base + W - 1];
    for (let w = W - 2; w >= 0; w--) x = (x << 64n) | words[base + w];
    m[e] = s < 0 ? -x : x;
  }
  CACHE.set(m, { W, bits: outBits, words, signs });
  return { block: { n, m, exp: exp + S }, rounded: S > 0 };
}

/** Largest number of terms and coefficient magnitude of {@link linCombLimbs} (its sums stay below 2^63). */
export const LINCOMB_MAX_TERMS = 15;
/** See {@link LINCOMB_MAX_TERMS}. */
export const LINCOMB_MAX_COEF = 2 ** 31 - 1;

/**
 * Σ c_i X_i for blocks X_i of one dimension n and one exponent `exp` (their mantissa arrays are
 * what counts) and integer coefficients |c_i| ≤ {@link LINCOMB_MAX_COEF}, rounded as
 * `normalize({ n, m: exact sum, exp }, bits)` rounds it, the same bigints; `rounded` says whether
 * normalize would have returned a new array. null when the kernel declines (no WebAssembly, more
 * than {@link LINCOMB_MAX_TERMS} terms, a larger coefficient, n > {@link LIMBS_MAX_N}).
 */
export function linCombLimbs(
  n: number,
  Xs: bigint[][],
  coefs: number[],
  exp: number,
  bits: number,
): { block: Block; rounded: boolean } | null {
  const r = Xs.length;
  if (r === 0 || r > LINCOMB_MAX_TERMS || n > LIMBS_MAX_N || !limbKernelAvailable()) return null;
  for (const c of coefs) if (!Number.isInteger(c) || Math.abs(c) > LINCOMB_MAX_COEF) return null;
  const n2 = n * n;
  const ws = Xs.map(wordsOf);
  let L = 1;
  let Wmax = 1;
  for (const w of ws) {
    L = Math.max(L, Math.ceil(w.bits / 28));
    Wmax = Math.max(Wmax, w.W);
  }
  const lp = L + 2;
  Wmax = Math.max(Wmax, Math.ceil((28 * lp) / 64));
  // Layout (bytes, 8-aligned): words, signs, the r blocks' limbs, coefficients, sums, their signs, output words.
  const pw = 0;
  const psg = pw + 8 * n2 * Wmax;
  const src = psg + 8 * Math.ceil(n2 / 2);
  const coef = src + 8 * Math.ceil((r * n2 * L) / 2);
  const pp = coef + 8 * r;
  const pps = pp + 8 * Math.ceil((n2 * lp) / 2);
  const po = pps + 8 * Math.ceil(n2 / 2);
  const { ex, buffer } = instance(po + 8 * n2 * Wmax);
  for (let i = 0; i < r; i++) {
    const x = ws[i];
    new BigUint64Array(buffer, pw, n2 * x.W).set(x.words);
    new Int32Array(buffer, psg, n2).set(x.signs);
    ex.split(n, pw, psg, x.W, L, src + 4 * i * n2 * L, 0);
  }
  const cv = new BigInt64Array(buffer, coef, r);
  for (let i = 0; i < r; i++) cv[i] = BigInt(coefs[i]);
  const len = ex.lincomb(n2, L, src, r, coef, pp, pps);
  return roundedBlock(ex, buffer, n, lp, pp, pps, po, len, bits, exp);
}

/** The magnitude held in u32 limbs base … base + t (t ≤ 2) as a double (rounded to nearest). */
function topExact(u32: Uint32Array, base: number, t: number): number {
  if (t === 0) return u32[base];
  if (t === 1) return u32[base + 1] * 2 ** 32 + u32[base];
  return u32[base + 2] * 2 ** 64 + u32[base + 1] * 2 ** 32 + u32[base];
}

/**
 * s squarings X ← X·X, each rounded as `mul(X, X, bits)` of bigfloat-matrix.ts rounds it (the same
 * mantissas and exponents bit for bit), without leaving the kernel's memory between them: only
 * the last square becomes bigints. Returns it with, for each squaring k, the shift S_k its rounding
 * made (exponent 2·exp_k + S_k; S_k > 0: it rounded) and an upper bound on log₂ of the ∞-norm of
 * the mantissas squared (X_k's, without 2^exp_k) for the error bound: each magnitude bounded from
 * its top three 32-bit limbs (+1 unit of the third for the limbs below: ≤ 2^−64 relative) in doubles,
 * each addition rounded to nearest (together ≤ 2^−51 relative), the row
 * sums n·2^−53 more, covered by a factor 1 + 2^−40 for n < 2^11 (the argument of expm.ts's
 * normUpLog2). null when the kernel declines (see {@link mulLimbs}) or a square is 0.
 */
export function squareLimbs(
  X: Block,
  count: number,
  bits: number,
): { block: Block; shifts: number[]; normsLog2: number[] } | null {
  const n = X.n;
  if (n > LIMBS_MAX_N || count < 1 || !limbKernelAvailable()) return null;
  const x0 = wordsOf(X.m);
  const Lmax = Math.max(1, Math.ceil(Math.max(x0.bits, bits + 1) / 28));
  if (n * Lmax > LIMBS_MAX_TERMS) return null;
  const n2 = n * n;
  const np = 2 * ((n + 3) >> 2);
  const lpMax = 2 * Lmax + 1;
  const Wmax = Math.max(x0.W, Math.ceil((28 * lpMax) / 64));
  const pw = 0;
  const psg = pw + 8 * n2 * Wmax;
  const pa = psg + 8 * Math.ceil(n2 / 2);
  const pb = pa + 8 * Math.ceil((n2 * Lmax) / 2);
  const pp = pb + 8 * n * np * Lmax;
  const pps = pp + 8 * Math.ceil((n2 * lpMax) / 2);
  const po = pps + 8 * Math.ceil(n2 / 2);
  const dummy = po + 8 * n2 * Wmax;
  const { ex, buffer } = instance(dummy + 4 * lpMax);
  const u8 = new Uint8Array(buffer);
  const u32 = new Uint32Array(buffer);
  new BigUint64Array(buffer, pw, n2 * x0.W).set(x0.words);
  new Int32Array(buffer, psg, n2).set(x0.signs);
  let W = x0.W;
  let xb = x0.bits;
  let exp = X.exp;
  const shifts: number[] = [];
  const normsLog2: number[] = [];
  for (let k = 0; k < count; k++) {
    // The norm bound of X_k from its words (u32 limbs 2W per entry, little-endian).
    let best = 0;
    for (let i = 0; i < n; i++) {
      let sum = 0;
      for (let j = 0; j < n; j++) {
        const base = (pw >> 2) + (i * n + j) * 2 * W;
        let t = 2 * W - 1;
        while (t > 0 && u32[base + t] === 0) t--;
        // The top three limbs, +1 unit of the third for the limbs below it (exact for t ≤ 2).
        sum +=
          t <= 2
            ? topExact(u32, base, t)
            : (u32[base + t] * 2 ** 64 + u32[base + t - 1] * 2 ** 32 + u32[base + t - 2] + 1) * 2 ** (32 * (t - 2));
      }
      if (sum > best) best = sum;
    }
    normsLog2.push(best === 0 ? -Infinity : Math.log2(best * (1 + 2 ** -40)));
    const L = Math.max(1, Math.ceil(xb / 28));
    const lp = 2 * L + 1;
    ex.split(n, pw, psg, W, L, pa, 0);
    if (n & 3) ex.zero(pb, 2 * n * np * L);
    ex.split(n, pw, psg, W, L, pb, 1);
    const len = ex.prod(n, L, L, pa, pb, pp, pps, dummy);
    if (len === 0) return null;
    const S = Math.max(0, len - bits);
    const Wn = Math.ceil((len - S + 1) / 64);
    xb = ex.round(n2, lp, pp, pps, S, Wn, po);
    u8.copyWithin(pw, po, po + 8 * n2 * Wn);
    u8.copyWithin(psg, pps, pps + 4 * n2);
    W = Wn;
    exp = 2 * exp + S;
    shifts.push(S);
  }
  const words = new BigUint64Array(buffer, pw, n2 * W).slice();
  const signs = new Int32Array(buffer, psg, n2).slice();
  const m = new Array<bigint>(n2);
  for (let e = 0; e < n2; e++) {
    const s = signs[e];
    if (s === 0) {
      m[e] = 0n;
      continue;
    }
    const base = e * W;
    let x = words[base + W - 1];
    for (let w = W - 2; w >= 0; w--) x = (x << 64n) | words[base + w];
    m[e] = s < 0 ? -x : x;
  }
  CACHE.set(m, { W, bits: xb, words, signs });
  return { block: { n, m, exp }, shifts, normsLog2 };
}
