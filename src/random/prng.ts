/**
 * A seeded, splittable pseudo-random generator for Monte-Carlo references.
 *
 * xoshiro128** (Blackman & Vigna) on four 32-bit words: fast with JavaScript's 32-bit integer
 * arithmetic (`Math.imul`, `>>>`), period 2^128 − 1, and good enough statistically for Metropolis
 * and cluster updates. Seeds are expanded with splitmix32 so that nearby seeds give unrelated
 * streams. {@link Prng.split} derives an independent child stream from the parent's seed and a
 * stream index, so replicas and chains are reproducible from one seed without sharing state.
 *
 * @module
 */

function splitmix32(state: { s: number }): number {
  state.s = (state.s + 0x9e3779b9) | 0;
  let z = state.s;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** Hash a list of 32-bit integers into one (for deriving child seeds). */
function mix(...words: number[]): number {
  const st = { s: 0x2545f491 };
  let h = 0;
  for (const w of words) {
    st.s = (st.s ^ (w | 0)) | 0;
    h = (h ^ splitmix32(st)) >>> 0;
  }
  return h;
}

/** A seeded xoshiro128** generator. */
export class Prng {
  private readonly state = new Uint32Array(4);
  private spare = 0;
  private hasSpare = false;
  /** The seed this stream was made from (for reports and replay). */
  readonly seed: number;

  /** @param seed - any integer; it is reduced to 32 bits. */
  constructor(seed: number) {
    if (!Number.isFinite(seed)) throw new RangeError(`Prng seed must be a finite number, got ${seed}`);
    this.seed = seed >>> 0;
    const st = { s: this.seed };
    for (let i = 0; i < 4; i++) this.state[i] = splitmix32(st);
    if ((this.state[0] | this.state[1] | this.state[2] | this.state[3]) === 0) this.state[0] = 1;
  }

  /** An independent child stream, determined by this stream's seed and `index` (a finite number, reduced to 32 bits). */
  split(index: number): Prng {
    if (typeof index !== "number" || !Number.isFinite(index))
      throw new RangeError(`Prng.split: index must be a finite number, got ${String(index)}`);
    return new Prng(mix(this.seed, index, 0x6a09e667));
  }

  /**
   * Copy the four xoshiro128** state words into `out`, so that another engine (a compiled sampler
   * kernel) can continue exactly this stream and hand it back with {@link Prng.setState}.
   */
  getState(out: Uint32Array = new Uint32Array(4)): Uint32Array {
    out.set(this.state);
    return out;
  }

  /** Continue from state words saved by {@link Prng.getState} (the all-zero state is a fixed point of xoshiro and is refused). */
  setState(words: ArrayLike<number>): void {
    if (typeof words !== "object" || words === null || typeof words.length !== "number")
      throw new TypeError(`Prng.setState: words must be 4 state words (Uint32Array or numbers), got ${String(words)}`);
    if (words.length !== 4) throw new RangeError(`Prng.setState: words must be 4 state words, got ${words.length}`);
    for (let i = 0; i < 4; i++)
      if (!Number.isInteger(words[i]) || words[i] < 0 || words[i] > 0xffffffff)
        throw new RangeError(`Prng.setState: words[${i}] must be an integer in [0, 2^32), got ${words[i]}`);
    if ((words[0] | words[1] | words[2] | words[3]) >>> 0 === 0)
      throw new RangeError("Prng.setState: the all-zero state is invalid");
    for (let i = 0; i < 4; i++) this.state[i] = words[i];
  }

  /** A uniform 32-bit unsigned integer. */
  nextUint32(): number {
    const s = this.state;
    const result = Math.imul(rotl(Math.imul(s[1], 5), 7), 9) >>> 0;
    const t = s[1] << 9;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 11);
    return result;
  }

  /** A uniform double in [0, 1) with 53 random bits. */
  next(): number {
    const hi = this.nextUint32() >>> 5; // 27 bits
    const lo = this.nextUint32() >>> 6; // 26 bits
    return (hi * 67108864 + lo) / 9007199254740992;
  }

  /** A uniform integer in [0, n). */
  int(n: number): number {
    if (!(n >= 1) || !Number.isInteger(n) || n > 0x100000000)
      throw new RangeError(`Prng.int: n must be an integer in [1, 2^32], got ${String(n)}`);
    return Math.floor(this.next() * n);
  }

  /** A standard normal deviate (Marsaglia's polar method, the spare value cached). */
  normal(): number {
    if (this.hasSpare) {
      this.hasSpare = false;
      return this.spare;
    }
    let u: number;
    let v: number;
    let s: number;
    do {
      u = 2 * this.next() - 1;
      v = 2 * this.next() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const f = Math.sqrt((-2 * Math.log(s)) / s);
    this.spare = v * f;
    this.hasSpare = true;
    return u * f;
  }

  /** Fill `out` with standard normal deviates and return it. */
  fillNormal(out: Float64Array): Float64Array {
    if (!(out instanceof Float64Array))
      throw new TypeError(`Prng.fillNormal: out must be a Float64Array, got ${String(out)}`);
    for (let i = 0; i < out.length; i++) out[i] = this.normal();
    return out;
  }
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}

/** Derive a 32-bit seed from a string (a claim id) and a base seed, stably across runs. */
export function seedFor(base: number, label: string): number {
  if (typeof base !== "number" || !Number.isFinite(base))
    throw new RangeError(`seedFor: base must be a finite number, got ${String(base)}`);
  if (typeof label !== "string") throw new TypeError(`seedFor: label must be a string, got ${typeof label}`);
  const words = [base];
  for (let i = 0; i < label.length; i++) words.push(label.charCodeAt(i));
  return mix(...words);
}
