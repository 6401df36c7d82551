/**
 * The WebAssembly SIMD kernel of `ThesisSampler` (source `kernel.wat`, compiled into
 * `kernel-wasm.ts` by `npm run build:wasm`): loading, feature detection, and typed views of its
 * memory.
 *
 * Each sampler gets its own instance and memory. The memory is made here at its final size and never
 * grown, so the `Float64Array` views made here stay attached for the sampler's lifetime (the
 * sampler's public `m` and `theta` are such views), and no ArrayBuffer is ever detached: V8 makes
 * every typed-array access in optimized JS slower, process-wide, once one has been.
 *
 * @module
 */
import { KERNEL_WASM_BASE64 } from "./kernel-wasm.js";
import { zigguratTables } from "./gauss.js";
import { kernelViews, type SamplerKernel } from "./sampler-kernel.js";

// The TypeScript libs this project compiles against (ES2023, @types/node 20) do not declare
// WebAssembly; these are the few members used, and their absence at run time means "no kernel".
interface WasmGlobal {
  value: number;
}
interface KernelExports {
  init(N: number, D: number): number;
  run(
    n: number,
    beta: number,
    sigma: number,
    R: number,
    steps: number,
    measureFrom: number,
    acceptLeft: number,
  ): number;
  accepted: WasmGlobal;
  m: WasmGlobal;
  theta: WasmGlobal;
  sum: WasmGlobal;
  jt: WasmGlobal;
  mm: WasmGlobal;
  a: WasmGlobal;
  b: WasmGlobal;
  e: WasmGlobal;
  lc: WasmGlobal;
}
interface WasmApi {
  validate(bytes: Uint8Array): boolean;
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: unknown };
  Memory: new (descriptor: { initial: number }) => { buffer: ArrayBuffer };
}

// Fixed addresses of kernel.wat's layout (see its header comment).
const RNG_ADDR = 0;
const RZIG_ADDR = 16;
const KN_ADDR = 32;
const WN_ADDR = 544;
const FN_ADDR = 1568;

let compiled: object | null | undefined;

/** The compiled module, or null if this engine lacks WebAssembly or its SIMD (compiled once, lazily). */
function kernelModule(): object | null {
  if (compiled !== undefined) return compiled;
  compiled = null;
  const wasm = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
  if (!wasm) return null;
  try {
    const bytes = Uint8Array.from(atob(KERNEL_WASM_BASE64), (ch) => ch.charCodeAt(0));
    // validate() is false when the engine lacks a feature the kernel uses (128-bit SIMD).
    // Synchronous compilation keeps the sampler's constructor synchronous. Browsers may refuse it on
    // the main thread for large modules (Chrome's limit was long 4 kB; this one is 3 kB); a refusal
    // throws, and then the JS kernel is used.
    if (wasm.validate(bytes)) compiled = new wasm.Module(bytes);
  } catch {
    compiled = null;
  }
  return compiled;
}

/** Whether the WebAssembly SIMD kernel can run here (WebAssembly with 128-bit SIMD). */
export function wasmKernelAvailable(): boolean {
  return kernelModule() !== null;
}

/**
 * A kernel instance for N sites of D dimensions, or null when the kernel cannot be used: D not a
 * multiple of 4 (its loops take four components at a time, like the JS reference's fast branch),
 * or no WebAssembly SIMD in this engine.
 */
export function createWasmKernel(N: number, D: number): SamplerKernel | null {
  if (D % 4 !== 0 || !(N >= 1) || !(D >= 4)) return null;
  // An upper bound of the bytes kernel.wat's layout takes (2592 fixed, 2 δ buffers, m, θ, sums,
  // Jᵀ, 10 per-site regions, each rounded up to 16 bytes); init() checks that it fits.
  const bytes = (3 * N * D + N * N + 12 * N + 2 * D) * 8 + 8192;
  // The kernel computes its layout in 32-bit integers; keep far from overflow (and from memory
  // that cannot be had): above 1 GiB of state the JS kernel is used.
  if (bytes > 2 ** 30) return null;
  const module = kernelModule();
  if (module === null) return null;
  const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;
  const memory = new wasm.Memory({ initial: Math.ceil(bytes / 65536) });
  const x = new wasm.Instance(module, { js: { exp: Math.exp, log: Math.log, memory } }).exports as KernelExports;
  if (x.init(N, D) < 0) return null;
  const buf = memory.buffer;
  const { kn, wn, fn, r } = zigguratTables();
  new Int32Array(buf, KN_ADDR, 128).set(kn);
  new Float64Array(buf, WN_ADDR, 128).set(wn);
  new Float64Array(buf, FN_ADDR, 128).set(fn);
  new Float64Array(buf, RZIG_ADDR, 1)[0] = r;
  return {
    name: "wasm",
    // Short calls: V8 compiles wasm first with its baseline compiler (Liftoff, ~3× slower here)
    // and switches to optimized code only at a call boundary, so one long call would stay slow.
    chunk: 4096,
    ...kernelViews(
      buf,
      {
        m: x.m.value,
        theta: x.theta.value,
        sum: x.sum.value,
        jt: x.jt.value,
        mm: x.mm.value,
        a: x.a.value,
        b: x.b.value,
        e: x.e.value,
        lc: x.lc.value,
        rng: RNG_ADDR,
      },
      N,
      D,
    ),
    run: x.run,
    lastAccepted: () => x.accepted.value,
  };
}
