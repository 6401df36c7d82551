/**
 * Many random-site Metropolis sweeps of the Ising torus in one call, on the fastest kernel that can
 * run: the native one (`metropolis-native.c`, built at install when a C compiler is there), the
 * WebAssembly one (`metropolis.wat`), or the TypeScript reference ({@link metropolisSweep}). All
 * three are the same chain bit for bit: the same RNG
 * outputs in the same order, the same sites, the same accept decisions, so the same states, flip
 * counts and RNG state afterwards (test/mcmc/metropolis-run.test.ts compares them). A result says
 * which kernel produced it.
 *
 * @module
 */
import type { Prng } from "../random/prng.js";
import { finite, int, obj, prngLike } from "../args/check.js";
import { metropolisAcceptance, sweepOf, torusStateArg, type TorusState } from "./metropolis.js";
import { isingNativeModule } from "./metropolis-native.js";
import { metropolisWasmRun } from "./metropolis-wasm.js";

/** Which implementation ran the sweeps: the native kernel, the WebAssembly kernel or the TypeScript reference. */
export type IsingKernelName = "native" | "wasm" | "js";

/** Options of {@link metropolisRun}. */
export interface MetropolisRunOptions {
  /** External field h (default 0). */
  h?: number;
  /**
   * "native" (default), "wasm" or "js" (the reference); each falls back to the next when it cannot
   * run (native: not built or stale, see `isingKernelStatus`; wasm: no WebAssembly in the engine).
   */
  kernel?: IsingKernelName;
}

/** What {@link metropolisRun} did. */
export interface MetropolisRunResult {
  /** Flips accepted over all the sweeps. */
  accepted: number;
  /** The kernel that ran them. */
  kernel: IsingKernelName;
}

// The compiled kernels' site choice ⌊u·N/2^32⌋ equals the JS float expression while u·N < 2^53.
const MAX_SITES = 2 ** 21;
/** The most single-spin attempts of one run, sweeps · L²: 2^40 (hours even natively; past it, refused). */
const MAX_FLIPS = 2 ** 40;

/**
 * `sweeps` calls of {@link metropolisSweep}`(st, beta, rng, h)`: the same final state and RNG state,
 * and the flips summed. A compiled kernel runs when the lattice has at most 2^21 sites and its
 * neighbour table is symmetric (torusState's is); otherwise the TypeScript does. Call it with many
 * sweeps: each compiled call first builds an O(N) cache (and the WebAssembly one copies the lattice in
 * and out).
 */
export function metropolisRun(
  st: TorusState,
  beta: number,
  rng: Prng,
  sweeps: number,
  options: MetropolisRunOptions = {},
): MetropolisRunResult {
  const fn = "metropolisRun";
  torusStateArg(fn, "st", st);
  finite(fn, "beta", beta);
  prngLike(fn, "rng", rng);
  obj(fn, "options", options);
  const { h = 0, kernel = "native" } = options;
  finite(fn, "options.h", h);
  if (kernel !== "native" && kernel !== "wasm" && kernel !== "js")
    throw new RangeError(`metropolisRun: kernel must be "native", "wasm" or "js", got ${String(kernel)}`);
  const N = st.spins.length;
  int(fn, "sweeps", sweeps, 0, Math.floor(MAX_FLIPS / N));
  if (kernel !== "js" && N <= MAX_SITES && sweeps * N < 2 ** 53) {
    const table = metropolisAcceptance(beta, h);
    const words = rng.getState();
    const mod = kernel === "native" ? isingNativeModule() : null;
    if (mod) {
      const flips = mod.run(st.spins, st.nb, table, words, sweeps * N);
      if (flips >= 0) {
        rng.setState(words);
        return { accepted: flips, kernel: "native" };
      }
    }
    const flips = metropolisWasmRun(st.spins, st.nb, table, words, sweeps * N);
    if (flips >= 0) {
      rng.setState(words);
      return { accepted: flips, kernel: "wasm" };
    }
  }
  let accepted = 0;
  for (let s = 0; s < sweeps; s++) accepted += sweepOf(st, beta, rng, h);
  return { accepted, kernel: "js" };
}
