/**
 * The native kernel of `ThesisSampler` (source `kernel-native.c`, built into
 * `build/thesis-kernel.node` by `scripts/build-native.ts` when `npm ci` installs the project):
 * loading, the freshness check, and binding one sampler's arrays to it.
 *
 * The kernel is optional. Without a C compiler or Node's headers it is not built, and the sampler
 * runs the WebAssembly kernel instead (the same chain, about 2.3× slower at the thesis' size);
 * {@link nativeKernelStatus} says why it is missing. A build made from another version of the
 * source, or with another compiler, compiler version or flags, is refused (its embedded hash,
 * `src/native/build-identity.ts`, differs from the current one), so an edited kernel is never run
 * stale: rebuild with `npm run build:native`.
 *
 * @module
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadBuiltAddon, type NativeBuildConfig } from "../native/build-identity.js";
import { zigguratTables } from "./gauss.js";
import { kernelViews, type KernelOffsets, type SamplerKernel } from "./sampler-kernel.js";

/** The C source of the kernel. */
export const NATIVE_KERNEL_SOURCE = fileURLToPath(new URL("./kernel-native.c", import.meta.url));
/** Where the build puts the compiled addon. */
export const NATIVE_KERNEL_BINARY = fileURLToPath(new URL("../../build/thesis-kernel.node", import.meta.url));

/** Byte offsets of one sampler's arena (kernel-native.c's layoutFor). */
interface Layout extends KernelOffsets {
  bytes: number;
  acc: number;
  kn: number;
  wn: number;
  fn: number;
  g: number;
}

/** What the addon exports (see kernel-native.c's Node-API glue). */
export interface NativeExports {
  /** The build's hash (`nativeBuildHash` of its source, compiler, compiler version and flags). */
  buildHash: string;
  /** The compiler command that built it. */
  buildCompiler: string;
  layout(N: number, D: number): Layout;
  alloc(bytes: number): ArrayBuffer;
  run(arena: ArrayBuffer, params: Float64Array, exp: (x: number) => number, log: (x: number) => number): number;
  stein(arena: ArrayBuffer, params: Float64Array): void;
}

/**
 * Load the addon at `binary` and check that it was built from `source` with `config` (by default:
 * the compiler that built it, as it is now, and the current flags; its embedded hash); returns the
 * module, or null and why not.
 */
export function loadNativeAddon(
  binary: string,
  source: string,
  config?: NativeBuildConfig | null,
): { module: NativeExports | null; reason: string } {
  return loadBuiltAddon<NativeExports>(binary, source, config);
}

let loaded: { module: NativeExports | null; reason: string } | undefined;

function nativeModule(): NativeExports | null {
  loaded ??= loadNativeAddon(NATIVE_KERNEL_BINARY, readFileSync(NATIVE_KERNEL_SOURCE, "utf8"));
  return loaded.module;
}

/** Whether the native kernel can run here and, if not, why. */
export function nativeKernelStatus(): { available: boolean; reason: string } {
  const available = nativeModule() !== null;
  return { available, reason: loaded?.reason ?? "" };
}

/**
 * A native kernel bound to fresh arrays for N sites of D dimensions, or null when it cannot be
 * used: D not a multiple of 4 (its loops take four components at a time, like the JS reference's
 * fast branch), or no fresh build (see {@link nativeKernelStatus}).
 */
export function createNativeKernel(N: number, D: number): SamplerKernel | null {
  if (D % 4 !== 0 || !(N >= 1) || !(D >= 4) || N * D > 2 ** 26) return null;
  const mod = nativeModule();
  return mod === null ? null : tryBindNativeKernel(mod, N, D);
}

/**
 * {@link bindNativeKernel}, or null when it throws (e.g. a runtime that refuses external
 * ArrayBuffers, as V8's sandbox does); the kernel is then reported unavailable, with the reason,
 * and samplers run WebAssembly.
 */
export function tryBindNativeKernel(mod: NativeExports, N: number, D: number): SamplerKernel | null {
  try {
    return bindNativeKernel(mod, N, D);
  } catch (err) {
    loaded = { module: null, reason: `cannot run here: ${(err as Error).message}` };
    return null;
  }
}

/** A kernel of the loaded addon `mod` with a fresh arena for N sites of D dimensions (D a multiple of 4). */
export function bindNativeKernel(mod: NativeExports, N: number, D: number): SamplerKernel {
  // The kernel lays out and allocates the arena (aligned, and placed to avoid 4K aliasing between
  // m and θ); the arrays here are views of it.
  const L = mod.layout(N, D);
  const arena = mod.alloc(L.bytes);
  const f64 = (offset: number, n: number) => new Float64Array(arena, offset, n);
  const { kn, wn, fn, r } = zigguratTables();
  new Int32Array(arena, L.kn, 128).set(kn);
  f64(L.wn, 128).set(wn);
  f64(L.fn, 128).set(fn);
  const accepted = f64(L.acc, 1);
  const g = f64(L.g, N * D);
  const params = new Float64Array(10);
  return {
    name: "native",
    chunk: 2 ** 30,
    ...kernelViews(arena, L, N, D),
    run(n, beta, sigma, R, steps, measureFrom, acceptLeft) {
      params[0] = N;
      params[1] = D;
      params[2] = n;
      params[3] = beta;
      params[4] = sigma;
      params[5] = R;
      params[6] = r;
      params[7] = steps;
      params[8] = measureFrom;
      params[9] = acceptLeft;
      return mod.run(arena, params, Math.exp, Math.log);
    },
    lastAccepted: () => accepted[0],
    steinMean(R, out) {
      params[0] = N;
      params[1] = D;
      params[5] = R;
      mod.stein(arena, params);
      out.set(g);
    },
  };
}
