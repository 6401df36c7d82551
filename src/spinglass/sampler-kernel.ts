/**
 * What `ThesisSampler` needs of a compiled kernel of its step: arrays it shares with the sampler
 * (state, fields, per-site scalars, time-average accumulators, the RNG state) and the run loop.
 * Two implement it, the same chain bit for bit as the TypeScript reference: the WebAssembly SIMD
 * kernel (`kernel.ts`, `kernel.wat`) and the native one (`kernel-native.ts`, `kernel-native.c`).
 *
 * @module
 */
import { show } from "../args/check.js";

/** Which implementation runs a sampler's steps: native code, WebAssembly SIMD, or TypeScript. */
export type KernelName = "native" | "wasm" | "js";

const KERNEL_ORDER: readonly KernelName[] = ["native", "wasm", "js"];

/**
 * The kernels behind a piece of evidence, as one value for `ctx.record("kernel", …)`: the distinct
 * names among `used` (each sampler's `ThesisSampler.kernel`, or `metropolisRun`'s result's
 * `kernel`) in the order native, wasm, js, joined by "+": "native" when every chain ran natively,
 * "native+js" when some fell back. Throws a RangeError on an unknown name or when nothing ran.
 */
export function kernelEvidence(used: Iterable<KernelName>): string {
  if (
    typeof (used as { [Symbol.iterator]?: unknown } | null)?.[Symbol.iterator] !== "function" ||
    typeof used === "string"
  )
    throw new TypeError(`kernelEvidence: used must be an iterable of kernel names, got ${show(used)}`);
  const seen = new Set<KernelName>();
  for (const k of used) {
    if (!KERNEL_ORDER.includes(k))
      throw new RangeError(`kernelEvidence: used holds an unknown kernel ${show(k)} (not "native", "wasm" or "js")`);
    seen.add(k);
  }
  if (seen.size === 0) throw new RangeError("kernelEvidence: used is empty (no kernel ran)");
  return KERNEL_ORDER.filter((k) => seen.has(k)).join("+");
}

/** A compiled sampler step, bound to one sampler's arrays. */
export interface SamplerKernel {
  /** Which kernel this is. */
  readonly name: Exclude<KernelName, "js">;
  /**
   * The most steps to ask of one {@link SamplerKernel.run} (the WebAssembly kernel is kept to short
   * calls: V8 replaces its baseline code by optimized code only at a call boundary).
   */
  readonly chunk: number;
  /** State m, N×D. */
  readonly m: Float64Array;
  /** Local fields θ, N×D. */
  readonly theta: Float64Array;
  /** Time-average accumulator, N×D. */
  readonly sum: Float64Array;
  /** Jᵀ, N×N (filled by the sampler). */
  readonly Jt: Float64Array;
  /** Per-site ‖m_k‖². */
  readonly mm: Float64Array;
  /** Per-site a_k = m_k·θ_k. */
  readonly a: Float64Array;
  /** Per-site b_k = ‖θ_k‖². */
  readonly b: Float64Array;
  /** Per-site energies e_k. */
  readonly e: Float64Array;
  /** Step of each site's last change, for the time averages. */
  readonly lastChange: Float64Array;
  /** xoshiro128** state words: copy a Prng's state in before {@link SamplerKernel.run}, and out after. */
  readonly rng: Uint32Array;
  /**
   * Up to `n` (< 2³¹) steps of the sampler's chain; stops early right after the acceptance that
   * brings `acceptLeft` to 0. `steps` and `measureFrom` are the sampler's counters before the call.
   * Returns the steps taken; {@link SamplerKernel.lastAccepted} then gives the moves accepted.
   */
  run(
    n: number,
    beta: number,
    sigma: number,
    R: number,
    steps: number,
    measureFrom: number,
    acceptLeft: number,
  ): number;
  /** Moves accepted by the last {@link SamplerKernel.run}. */
  lastAccepted(): number;
  /**
   * `ThesisSampler.steinMean` of the current state with radius `R` into `out` (N×D), bit for bit
   * the TypeScript's values; absent when the kernel does not have it (the TypeScript then runs).
   */
  steinMean?(R: number, out: Float64Array): void;
}

/** Byte offsets of a compiled kernel's arrays in its memory (names as in {@link kernelViews}). */
export interface KernelOffsets {
  m: number;
  theta: number;
  sum: number;
  jt: number;
  mm: number;
  a: number;
  b: number;
  e: number;
  lc: number;
  rng: number;
}

/** The arrays a {@link SamplerKernel} shares with its sampler, as views of `buffer` at offsets `at`. */
export function kernelViews(
  buffer: ArrayBuffer,
  at: KernelOffsets,
  N: number,
  D: number,
): Pick<SamplerKernel, "m" | "theta" | "sum" | "Jt" | "mm" | "a" | "b" | "e" | "lastChange" | "rng"> {
  const f64 = (offset: number, n: number) => new Float64Array(buffer, offset, n);
  return {
    m: f64(at.m, N * D),
    theta: f64(at.theta, N * D),
    sum: f64(at.sum, N * D),
    Jt: f64(at.jt, N * N),
    mm: f64(at.mm, N),
    a: f64(at.a, N),
    b: f64(at.b, N),
    e: f64(at.e, N),
    lastChange: f64(at.lc, N),
    rng: new Uint32Array(buffer, at.rng, 4),
  };
}
