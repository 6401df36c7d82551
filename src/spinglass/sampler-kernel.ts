/**
 * What `ThesisSampler` needs of a compiled kernel of its step: arrays it shares with the sampler
 * (state, fields, per-site scalars, time-average accumulators, the RNG state) and the run loop.
 * Two implement it, the same chain bit for bit as the TypeScript reference: the WebAssembly SIMD
 * kernel (`kernel.ts`, `kernel.wat`) and the native one (`kernel-native.ts`, `kernel-native.c`).
 *
 * @module
 */

/** Which implementation runs a sampler's steps: native code, WebAssembly SIMD, or TypeScript. */
export type KernelName = "native" | "wasm" | "js";

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
  run(n: number, beta: number, sigma: number, R: number, steps: number, measureFrom: number, acceptLeft: number): number;
  /** Moves accepted by the last {@link SamplerKernel.run}. */
  lastAccepted(): number;
  /**
   * `ThesisSampler.steinMean` of the current state with radius `R` into `out` (N×D), bit for bit
   * the TypeScript's values; absent when the kernel does not have it (the TypeScript then runs).
   */
  steinMean?(R: number, out: Float64Array): void;
}
