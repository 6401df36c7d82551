/**
 * The WebAssembly kernel of random-site Metropolis on the Ising torus (source `metropolis.wat`,
 * compiled into `metropolis-wasm-bytes.ts` by `npm run build:wasm`): where no C compiler built the
 * native kernel, it runs the same chain, bit for bit, faster than the TypeScript.
 *
 * The loop is the native kernel's (see `metropolis-native.c` for why each step gives the
 * reference's decisions); here JS prepares what the C does at the start of a call: the integer
 * acceptance thresholds, the per-site keys, and the check that the neighbour table is symmetric.
 * The memory is made once at its final size for the largest lattice seen and never grown (growing
 * would detach views); a larger lattice gets a new instance.
 *
 * @module
 */
import { METROPOLIS_WASM_BASE64 } from "./metropolis-wasm-bytes.js";

// The TypeScript libs this project compiles against do not declare WebAssembly (as in
// src/spinglass/kernel.ts); these are the members used, and their absence means "no kernel".
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: unknown };
  Memory: new (descriptor: { initial: number }) => { buffer: ArrayBuffer };
}
interface MetropolisExports {
  run(N: number, n: number, needMask: number, sp: number, kc: number, nb: number): number;
}

/** Where the thresholds of a key go: TH at 16 + 4k, TL at 128 + 4k (metropolis.wat's layout). */
const TH_ADDR = 16;
const TL_ADDR = 128;
const SPINS_ADDR = 256;
/** Attempts per call of the module's run (a few milliseconds). */
const CHUNK = 2 ** 18;

/**
 * The per-key acceptance of a Metropolis table (`metropolisAcceptance`'s 10 entries, index
 * (s+1)/2·5 + (Σ+4)/2) by key 8s + Σ + 12: bit k of `needMask` is set when the move needs a uniform
 * (p < 1, or p NaN), and then it is accepted iff the uniform's 53-bit integer k53 < T = ⌈p·2^53⌉
 * (0 for p ≤ 0 or NaN), split as T = TH·2^26 + TL. Exact in doubles: p·2^53 is a power-of-two
 * scaling, and T < 2^53.
 */
export function metropolisThresholds(table: Float64Array): { needMask: number; TH: Uint32Array; TL: Uint32Array } {
  if (table.length !== 10) throw new RangeError(`metropolisThresholds: need 10 entries, got ${table.length}`);
  let needMask = 0;
  const TH = new Uint32Array(25);
  const TL = new Uint32Array(25);
  for (let a = 0; a < 2; a++)
    for (let k = 0; k < 5; k++) {
      const p = table[a * 5 + k];
      if (p >= 1) continue;
      const key = 8 * (2 * a - 1) + (2 * k - 4) + 12;
      needMask |= 1 << key;
      const T = p > 0 ? Math.ceil(p * 2 ** 53) : 0;
      TH[key] = Math.floor(T / 2 ** 26);
      TL[key] = T - TH[key] * 2 ** 26;
    }
  return { needMask: needMask >>> 0, TH, TL };
}

/**
 * Whether `nb` (4 entries a site, `N` sites) lists neighbours in [0, N), never the site itself, and
 * symmetrically with multiplicity (j lists i as often as i lists j), as the kernels' key updates need.
 */
export function symmetricNeighbours(nb: Int32Array, N: number): boolean {
  if (nb.length !== 4 * N) return false;
  for (let i = 0; i < N; i++)
    for (let k = 0; k < 4; k++) {
      const j = nb[4 * i + k];
      if (!(j >= 0 && j < N) || j === i) return false;
      let there = 0;
      let back = 0;
      for (let l = 0; l < 4; l++) {
        if (nb[4 * i + l] === j) there++;
        if (nb[4 * j + l] === i) back++;
      }
      if (there !== back) return false;
    }
  return true;
}

let compiled: object | null | undefined;
let instance: { exports: MetropolisExports; buffer: ArrayBuffer; sites: number } | null = null;

function wasmApi(): WasmApi | null {
  return ((globalThis as unknown as { WebAssembly?: WasmApi }).WebAssembly ?? null) as WasmApi | null;
}

/** Whether this engine runs the WebAssembly Ising kernel (the module is compiled once, lazily). */
export function metropolisWasmAvailable(): boolean {
  if (compiled === undefined) {
    const api = wasmApi();
    try {
      compiled = api ? new api.Module(Uint8Array.from(atob(METROPOLIS_WASM_BASE64), (ch) => ch.charCodeAt(0))) : null;
    } catch {
      compiled = null;
    }
  }
  return compiled !== null;
}

/** Byte addresses of the keys and the neighbours for N sites, and the memory's size. */
function layout(N: number): { kc: number; nb: number; bytes: number } {
  const kc = SPINS_ADDR + ((N + 15) & ~15);
  const nb = kc + ((N + 15) & ~15);
  return { kc, nb, bytes: nb + 16 * N };
}

/**
 * `n` attempts of the reference's chain on `spins` (±1) with neighbour table `nb` and acceptance
 * table `table`, continuing and updating the xoshiro128** state `rng`; returns the flips, or −1
 * having changed nothing when `nb` is not symmetric or the engine has no WebAssembly (the
 * TypeScript then runs). A spin that is not ±1 is a RangeError, as in the native kernel.
 */
export function metropolisWasmRun(
  spins: Int8Array,
  nb: Int32Array,
  table: Float64Array,
  rng: Uint32Array,
  n: number,
): number {
  const N = spins.length;
  if (!metropolisWasmAvailable() || !symmetricNeighbours(nb, N)) return -1;
  if (!(Number.isInteger(n) && n >= 0 && n < 2 ** 53))
    throw new RangeError(`metropolisWasmRun: n must be an integer in [0, 2^53), got ${n}`);
  const L = layout(N);
  if (instance === null || instance.sites < N) {
    const api = wasmApi() as WasmApi;
    const memory = new api.Memory({ initial: Math.ceil(L.bytes / 65536) });
    const inst = new api.Instance(compiled as object, { js: { memory } });
    instance = { exports: inst.exports as MetropolisExports, buffer: memory.buffer, sites: N };
  }
  const { exports, buffer } = instance;
  const u8 = new Uint8Array(buffer);
  const i8 = new Int8Array(buffer);
  const u32 = new Uint32Array(buffer);
  const { needMask, TH, TL } = metropolisThresholds(table);
  u32.set(rng, 0);
  u32.set(TH, TH_ADDR / 4);
  u32.set(TL, TL_ADDR / 4);
  i8.set(spins, SPINS_ADDR);
  new Int32Array(buffer, L.nb, 4 * N).set(nb);
  for (let i = 0; i < N; i++) {
    const s = spins[i];
    if (s !== 1 && s !== -1) throw new RangeError(`metropolisWasmRun: every spin must be +1 or -1, spin ${i} is ${s}`);
    const q = 4 * i;
    u8[L.kc + i] = 8 * s + spins[nb[q]] + spins[nb[q + 1]] + spins[nb[q + 2]] + spins[nb[q + 3]] + 12;
  }
  // In chunks: V8 swaps its baseline code of a function for the optimized one only between calls,
  // so one long first call would run entirely on the baseline. The state stays in the memory.
  let flips = 0;
  for (let left = n; left > 0; left -= Math.min(left, CHUNK))
    flips += exports.run(N, Math.min(left, CHUNK), needMask, SPINS_ADDR, L.kc, L.nb);
  spins.set(i8.subarray(SPINS_ADDR, SPINS_ADDR + N));
  rng.set(u32.subarray(0, 4));
  return flips;
}
