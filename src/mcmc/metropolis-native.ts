/**
 * The native kernel of random-site Metropolis on the Ising torus (source `metropolis-native.c`,
 * built into `build/ising-kernel.node` by `scripts/build-native.ts` at install, beside the thesis
 * sampler's): loading and the freshness check.
 *
 * The kernel is optional: without a C compiler or Node's headers it is not built and
 * `metropolisRun` runs the WebAssembly kernel (`metropolis.wat`, the same chain, slower);
 * {@link isingKernelStatus} says why it is missing. A build whose embedded hash (source, compiler,
 * compiler version, flags) is not the current one's is refused.
 *
 * @module
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadBuiltAddon, type NativeBuildConfig } from "../native/build-identity.js";

/** The C source of the kernel. */
export const ISING_KERNEL_SOURCE = fileURLToPath(new URL("./metropolis-native.c", import.meta.url));
/** Where the build puts the compiled addon. */
export const ISING_KERNEL_BINARY = fileURLToPath(new URL("../../build/ising-kernel.node", import.meta.url));

/** What the addon exports (see metropolis-native.c). */
export interface IsingNativeExports {
  /** The build's hash (source, compiler, compiler version, flags). */
  buildHash: string;
  /** The compiler command that built it. */
  buildCompiler: string;
  /**
   * `n` attempts on `spins` with neighbour table `nb` and acceptance table `table` (the 10 entries of
   * `metropolisAcceptance`), continuing and updating the xoshiro128** state `rng`; returns the flips,
   * or −1 having changed nothing when `nb` is not symmetric (the TypeScript then runs).
   */
  run(spins: Int8Array, nb: Int32Array, table: Float64Array, rng: Uint32Array, n: number): number;
}

/**
 * Load the addon at `binary` and check that it was built from `source` with `config` (default: the
 * compiler that built it, as it is now, and the current flags); returns the module, or null and why not.
 */
export function loadIsingAddon(
  binary: string,
  source: string,
  config?: NativeBuildConfig | null,
): { module: IsingNativeExports | null; reason: string } {
  return loadBuiltAddon<IsingNativeExports>(binary, source, config);
}

let loaded: { module: IsingNativeExports | null; reason: string } | undefined;

/** The loaded, fresh kernel, or null (loaded once per process; see {@link isingKernelStatus}). */
export function isingNativeModule(): IsingNativeExports | null {
  loaded ??= loadIsingAddon(ISING_KERNEL_BINARY, readFileSync(ISING_KERNEL_SOURCE, "utf8"));
  return loaded.module;
}

/** Whether the native Ising kernel can run here and, if not, why. */
export function isingKernelStatus(): { available: boolean; reason: string } {
  const available = isingNativeModule() !== null;
  return { available, reason: loaded?.reason ?? "" };
}
