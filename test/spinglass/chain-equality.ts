/**
 * Test helper (not a test file): run the TypeScript reference and a compiled kernel (WebAssembly
 * or native) of ThesisSampler from the same seed and report where, if anywhere, the two chains
 * part. Shared by sampler.test.ts (they must never part) and the kernel tests (a broken kernel must).
 */
import { Prng } from "../../src/random/prng.js";
import { ThesisSampler, type SamplerOptions } from "../../src/spinglass/sampler.js";
import type { KernelName } from "../../src/spinglass/sampler-kernel.js";
import type { SpinSystem } from "../../src/spinglass/system.js";

/** Index of the first entry whose bits differ (Object.is: ±0 and NaN payload-insensitive), or -1. */
export function firstBitDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) return 0;
  for (let k = 0; k < a.length; k++) if (!Object.is(a[k], b[k])) return k;
  return -1;
}

/** The sampler's private per-site scalars, read for the comparison only. */
function scalars(s: ThesisSampler): Record<"mm" | "a" | "b" | "e", Float64Array> {
  return s as unknown as Record<"mm" | "a" | "b" | "e", Float64Array>;
}

/** First per-site scalar that differs bitwise between two samplers, as "name[k]", or null. */
export function firstScalarDifference(x: ThesisSampler, y: ThesisSampler): string | null {
  for (const name of ["mm", "a", "b", "e"] as const) {
    const k = firstBitDifference(scalars(x)[name], scalars(y)[name]);
    if (k >= 0) return `${name}[${k}]`;
  }
  return null;
}

/** Where two chains parted, if they did. */
export interface ChainComparison {
  /** First step (counted from 0) whose accept decision differs, or -1. */
  firstAcceptDifference: number;
  /** First entry of m, then of θ, that differs bitwise at the end, or -1. */
  mDifference: number;
  thetaDifference: number;
  /** First maintained per-site scalar (‖m_k‖², a_k, b_k, e_k) that differs bitwise, e.g. "e[5]", or null. */
  scalarDifference: string | null;
  /** The RNG states at the end differ (the streams were consumed differently). */
  rngDiffers: boolean;
  /** Acceptance rate of the reference over the compared (post-tuning) steps. */
  rate: number;
  /** Accepted counts, energies and σ at the end, JS then the compiled kernel. */
  accepted: [number, number];
  energy: [number, number];
  sigma: [number, number];
  /** The two samplers, for further checks. */
  js: ThesisSampler;
  compiled: ThesisSampler;
}

/**
 * Step the reference and the `kernel` sampler `stepwise` times one step at a time (recording every
 * accept decision), then `bulk` steps through `run` (the kernel's long loop), optionally after
 * tuning σ with `tune` steps of burn-in; then compare states, energies and RNG states bit for bit.
 */
export function compareChains(
  sys: SpinSystem,
  seed: number,
  options: Omit<SamplerOptions, "kernel">,
  { stepwise, bulk, tune = 0 }: { stepwise: number; bulk: number; tune?: number },
  kernel: Exclude<KernelName, "js"> = "wasm",
): ChainComparison {
  const rngJs = new Prng(seed);
  const rngOther = new Prng(seed);
  const js = new ThesisSampler(sys, rngJs, { ...options, kernel: "js" });
  const other = new ThesisSampler(sys, rngOther, { ...options, kernel });
  if (other.kernel !== kernel) throw new Error(`compareChains: the ${kernel} kernel is not available here`);
  if (tune > 0) {
    js.tune(tune, 0.25);
    other.tune(tune, 0.25);
  }
  const before = js.accepted;
  let firstAcceptDifference = -1;
  for (let t = 0; t < stepwise; t++) {
    const a = js.step();
    const b = other.step();
    if (a !== b && firstAcceptDifference < 0) firstAcceptDifference = t;
  }
  const accJs = js.run(bulk);
  const accOther = other.run(bulk);
  if (accJs !== accOther && firstAcceptDifference < 0) firstAcceptDifference = stepwise; // somewhere in the bulk
  return {
    firstAcceptDifference,
    mDifference: firstBitDifference(js.m, other.m),
    thetaDifference: firstBitDifference(js.theta, other.theta),
    scalarDifference: firstScalarDifference(js, other),
    rngDiffers: firstBitDifference(rngJs.getState(), rngOther.getState()) >= 0,
    rate: (js.accepted - before) / (stepwise + bulk),
    accepted: [js.accepted, other.accepted],
    energy: [js.energy(), other.energy()],
    sigma: [js.sigma, other.sigma],
    js,
    compiled: other,
  };
}
