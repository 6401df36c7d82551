/**
 * Monte-Carlo updates of the square-lattice Ising torus (J = 1, field h) on typed arrays.
 *
 * - {@link metropolisSweep}: N single-spin Metropolis attempts at uniformly random sites, with the
 *   acceptance min(1, e^{−βΔE}) looked up in a table (ΔE = 2 s_i (Σ_nb s_j + h) takes 5 values
 *   per spin sign), so the inner loop is integer arithmetic plus one uniform draw.
 * - {@link checkerboardSweep}: the two sublattices in turn (each site's neighbours are on the other
 *   sublattice, so a sublattice update is a product of independent single-site updates), with
 *   Metropolis acceptance min(1, e^{−βΔE}) or heat-bath acceptance 1/(1 + e^{βΔE}). With Metropolis
 *   acceptance the sweep is *not* ergodic: in a state where every local field vanishes (ΔE = 0
 *   everywhere, e.g. row stripes ++++/−−−−) every flip is accepted with probability 1, the sweep maps
 *   σ to −σ and back, and the chain never leaves {σ, −σ} (36 such states on the 4×4 torus). Heat-bath
 *   acceptance is < 1 at ΔE = 0 and has no such trap. See {@link checkerboardDeterministicImage}.
 * - {@link wolffStep}: one Wolff cluster (h = 0), bonds added with probability 1 − e^{−2β}.
 *
 * Spins are an Int8Array of ±1, site (x, y) ↦ y·L + x.
 *
 * @module
 */
import { finite, int, obj, oneOf, prngLike, show } from "../args/check.js";
import type { Prng } from "../random/prng.js";

/** A torus state: L, the spins, and precomputed neighbour indices. */
export interface TorusState {
  readonly L: number;
  readonly spins: Int8Array;
  /** Neighbours of site i at 4i .. 4i+3 (right, left, down, up). */
  readonly nb: Int32Array;
}

/** The largest torus side: 2^11 (N = 2^22 sites, a 64 MB neighbour table). */
const MAX_TORUS_SIDE = 2 ** 11;

/** States whose neighbour table and spins were checked (the sweeps keep spins ±1 and never touch nb). */
const checkedStates = new WeakSet<object>();

/**
 * `st` must be a {@link TorusState}: L an integer in [2, 2^11], spins an Int8Array of L² entries ±1,
 * nb an Int32Array of 4L² site indices in [0, L²). The shapes are checked on every call (O(1)); the
 * entries (O(L²)) the first time a state is seen, since the sweeps keep them valid: a state whose
 * spins the caller overwrites with other values afterwards is outside the domain unchecked.
 * Internal (the mcmc index does not re-export it).
 *
 * @internal
 */
export function torusStateArg(fn: string, name: string, st: unknown): TorusState {
  obj(fn, name, st);
  const { L, spins, nb } = st as TorusState;
  int(fn, `${name}.L`, L, 2, MAX_TORUS_SIDE);
  const N = L * L;
  if (!(spins instanceof Int8Array) || spins.length !== N)
    throw new TypeError(`${fn}: ${name}.spins must be an Int8Array of L² = ${N} spins, got ${show(spins)}`);
  if (!(nb instanceof Int32Array) || nb.length !== 4 * N)
    throw new TypeError(`${fn}: ${name}.nb must be an Int32Array of 4L² = ${4 * N} indices, got ${show(nb)}`);
  if (checkedStates.has(st as object)) return st as TorusState;
  for (let i = 0; i < N; i++)
    if (spins[i] !== 1 && spins[i] !== -1)
      throw new RangeError(`${fn}: ${name}.spins[${i}] must be +1 or -1, got ${spins[i]}`);
  for (let k = 0; k < 4 * N; k++)
    if (!(nb[k] >= 0 && nb[k] < N))
      throw new RangeError(`${fn}: ${name}.nb[${k}] must be a site in [0, ${N}), got ${nb[k]}`);
  checkedStates.add(st as object);
  return st as TorusState;
}

/**
 * An L×L torus with all spins up (or random, given a generator). Domain: L an integer in [2, 2^11]
 * (4 million sites); `rng` a Prng when given.
 */
export function torusState(L: number, rng?: Prng): TorusState {
  int("torusState", "L", L, 2, MAX_TORUS_SIDE);
  if (rng !== undefined) prngLike("torusState", "rng", rng);
  const N = L * L;
  const spins = new Int8Array(N).fill(1);
  if (rng) for (let i = 0; i < N; i++) spins[i] = rng.nextUint32() & 1 ? 1 : -1;
  const nb = new Int32Array(4 * N);
  for (let y = 0; y < L; y++)
    for (let x = 0; x < L; x++) {
      const i = y * L + x;
      nb[4 * i] = y * L + ((x + 1) % L);
      nb[4 * i + 1] = y * L + ((x + L - 1) % L);
      nb[4 * i + 2] = ((y + 1) % L) * L + x;
      nb[4 * i + 3] = ((y + L - 1) % L) * L + x;
    }
  return { L, spins, nb };
}

/**
 * Metropolis acceptance table indexed by (s_i + 1)/2 · 5 + (Σ_nb + 4)/2: min(1, e^{−β·2 s_i(Σ_nb + h)}).
 * The compiled kernels take this table from here, so their acceptance probabilities are Math.exp's.
 * Domain: β and h finite (an overflowing exponent gives the limits 0 or 1, never NaN).
 */
export function metropolisAcceptance(beta: number, h: number): Float64Array {
  finite("metropolisAcceptance", "beta", beta);
  finite("metropolisAcceptance", "h", h);
  return acceptanceOf(beta, h);
}

function acceptanceOf(beta: number, h: number): Float64Array {
  const t = new Float64Array(10);
  for (let a = 0; a < 2; a++)
    for (let k = 0; k < 5; k++) {
      const s = 2 * a - 1;
      const nbSum = 2 * k - 4;
      t[a * 5 + k] = Math.min(1, Math.exp(-beta * 2 * s * (nbSum + h)));
    }
  return t;
}

/**
 * The acceptance tables of recent (rule, β, h), shared read-only by the sweeps: a chain calls a sweep
 * thousands of times at one β, and rebuilding the table (ten Math.exp) each time cost more than a
 * small lattice's sweep. The entries are the tables' own values, so the chains are unchanged.
 */
const tableCache = new Map<string, Float64Array>();
const TABLE_CACHE_SIZE = 64;
let lastTable: { acceptance: Acceptance; beta: number; h: number; table: Float64Array } | undefined;
function acceptanceTable(acceptance: Acceptance, beta: number, h: number): Float64Array {
  // The same arguments as the previous call (a scan of all 2^{L²} configurations at one β): that
  // call's table, without formatting β into a key (which was most of checkerboard-ergodic's time).
  const last = lastTable;
  if (last && last.acceptance === acceptance && Object.is(last.beta, beta) && Object.is(last.h, h)) return last.table;
  lastTable = { acceptance, beta, h, table: cachedTable(acceptance, beta, h) };
  return lastTable.table;
}

function cachedTable(acceptance: Acceptance, beta: number, h: number): Float64Array {
  // Object.is tells −0 from 0 (String does not), so every float64 argument has its own key.
  const key = `${acceptance}:${beta}:${Object.is(h, -0) ? "-0" : h}`;
  let t = tableCache.get(key);
  if (!t) {
    t = acceptance === "metropolis" ? acceptanceOf(beta, h) : heatBathTable(beta, h);
    if (tableCache.size >= TABLE_CACHE_SIZE) tableCache.clear();
    tableCache.set(key, t);
  }
  return t;
}

/** The arguments of a sweep: st a torus state, β and h finite, rng a Prng. */
function sweepArgs(fn: string, st: unknown, beta: unknown, rng: unknown, h: unknown): void {
  torusStateArg(fn, "st", st);
  finite(fn, "beta", beta);
  prngLike(fn, "rng", rng);
  finite(fn, "h", h);
}

/**
 * One sweep: L² Metropolis attempts at uniformly random sites. Returns the number accepted. Domain:
 * `st` a torus state (see `torusState`), β and h finite, `rng` a Prng.
 */
export function metropolisSweep(st: TorusState, beta: number, rng: Prng, h = 0): number {
  sweepArgs("metropolisSweep", st, beta, rng, h);
  return sweepOf(st, beta, rng, h);
}

/** {@link metropolisSweep} on checked arguments (internal: for metropolisRun's loop). @internal */
export function sweepOf(st: TorusState, beta: number, rng: Prng, h: number): number {
  const { spins, nb } = st;
  const N = spins.length;
  const acc = acceptanceTable("metropolis", beta, h);
  let accepted = 0;
  for (let t = 0; t < N; t++) {
    // ⌊u·N / 2^32⌋ is exact in float64 (u·N < 2^53) and its bias is below N / 2^32.
    const i = Math.floor((rng.nextUint32() * N) / 4294967296);
    const s = spins[i];
    const sum = spins[nb[4 * i]] + spins[nb[4 * i + 1]] + spins[nb[4 * i + 2]] + spins[nb[4 * i + 3]];
    const p = acc[((s + 1) >> 1) * 5 + ((sum + 4) >> 1)];
    if (p >= 1 || rng.next() < p) {
      spins[i] = -s;
      accepted++;
    }
  }
  return accepted;
}

/** The acceptance rule of a single-site update. */
export type Acceptance = "metropolis" | "heat-bath";

/** Heat-bath (Glauber) table: 1 / (1 + e^{β·2 s_i(Σ_nb + h)}), same indexing as the Metropolis table. */
function heatBathTable(beta: number, h: number): Float64Array {
  const t = new Float64Array(10);
  for (let a = 0; a < 2; a++)
    for (let k = 0; k < 5; k++) t[a * 5 + k] = 1 / (1 + Math.exp(beta * 2 * (2 * a - 1) * (2 * k - 4 + h)));
  return t;
}

/**
 * One checkerboard sweep: every site of sublattice (x + y) even, then odd, in order, with Metropolis
 * (default) or heat-bath acceptance. Returns the number of flips. Domain: `st` a torus state with
 * even L, β and h finite, `rng` a Prng, `acceptance` "metropolis" or "heat-bath".
 */
export function checkerboardSweep(
  st: TorusState,
  beta: number,
  rng: Prng,
  h = 0,
  acceptance: Acceptance = "metropolis",
): number {
  sweepArgs("checkerboardSweep", st, beta, rng, h);
  oneOf("checkerboardSweep", "acceptance", acceptance, ["metropolis", "heat-bath"]);
  if (st.L % 2 !== 0) throw new RangeError(`checkerboardSweep: st.L must be even (two sublattices), got ${st.L}`);
  return checkerboardOf(st, beta, rng, h, acceptance);
}

/** {@link checkerboardSweep} on checked arguments (internal: for loops that checked once). @internal */
export function checkerboardOf(st: TorusState, beta: number, rng: Prng, h: number, acceptance: Acceptance): number {
  const { L, spins, nb } = st;
  const acc = acceptanceTable(acceptance, beta, h);
  let accepted = 0;
  for (let parity = 0; parity < 2; parity++)
    for (let y = 0; y < L; y++)
      for (let x = (y + parity) & 1; x < L; x += 2) {
        const i = y * L + x;
        const s = spins[i];
        const sum = spins[nb[4 * i]] + spins[nb[4 * i + 1]] + spins[nb[4 * i + 2]] + spins[nb[4 * i + 3]];
        const p = acc[((s + 1) >> 1) * 5 + ((sum + 4) >> 1)];
        if (p >= 1 || rng.next() < p) {
          spins[i] = -s;
          accepted++;
        }
      }
  return accepted;
}

/** The lattice {@link checkerboardDeterministicImage} works on, one per L. */
const imageScratch = new Map<number, TorusState>();

/**
 * The image of a torus configuration (bit i set ⇔ s_i = −1) under one checkerboard sweep, if the sweep
 * is deterministic from it (every update along the way has acceptance 0 or 1), else `null`. A state
 * whose image's image is itself is a closed orbit the chain never leaves. Domain: L 2 or 4 (even,
 * L² ≤ 30), `config` an integer in [0, 2^{L²}), β and h finite, `acceptance` "metropolis" or
 * "heat-bath" (all O(1) checks: callers scan all 2^{L²} configurations).
 */
export function checkerboardDeterministicImage(
  config: number,
  L: number,
  beta: number,
  acceptance: Acceptance = "metropolis",
  h = 0,
): number | null {
  const fn = "checkerboardDeterministicImage";
  int(fn, "L", L, 2, 4);
  if (L % 2 !== 0) throw new RangeError(`${fn}: L must be even and L² ≤ 30, got ${L}`);
  int(fn, "config", config, 0, 2 ** (L * L) - 1);
  finite(fn, "beta", beta);
  oneOf(fn, "acceptance", acceptance, ["metropolis", "heat-bath"]);
  finite(fn, "h", h);
  // One lattice per L, overwritten from `config` on every call (the callers scan all 2^{L²}
  // configurations: building a neighbour table each time was most of the work).
  let st = imageScratch.get(L);
  if (!st) imageScratch.set(L, (st = torusState(L)));
  for (let i = 0; i < L * L; i++) st.spins[i] = (config >>> i) & 1 ? -1 : 1;
  const acc = acceptanceTable(acceptance, beta, h);
  for (let parity = 0; parity < 2; parity++)
    for (let y = 0; y < L; y++)
      for (let x = (y + parity) & 1; x < L; x += 2) {
        const i = y * L + x;
        const s = st.spins[i];
        const sum =
          st.spins[st.nb[4 * i]] + st.spins[st.nb[4 * i + 1]] + st.spins[st.nb[4 * i + 2]] + st.spins[st.nb[4 * i + 3]];
        const p = acc[((s + 1) >> 1) * 5 + ((sum + 4) >> 1)];
        if (p > 0 && p < 1) return null;
        if (p === 1) st.spins[i] = -s;
      }
  let out = 0;
  for (let i = 0; i < L * L; i++) if (st.spins[i] < 0) out |= 1 << i;
  return out;
}

/**
 * One Wolff cluster flip (h = 0). Returns the cluster size. Domain: `st` a torus state, β finite,
 * `rng` a Prng, `stack` (scratch, optional) an Int32Array of at least L² entries.
 */
export function wolffStep(st: TorusState, beta: number, rng: Prng, stack?: Int32Array): number {
  sweepArgs("wolffStep", st, beta, rng, 0);
  const { spins } = st;
  const N = spins.length;
  if (stack !== undefined && (!(stack instanceof Int32Array) || stack.length < N))
    throw new TypeError(`wolffStep: stack must be an Int32Array of at least L² = ${N} entries, got ${show(stack)}`);
  return wolffOf(st, beta, rng, stack);
}

/** {@link wolffStep} on checked arguments (internal: for loops that checked once). @internal */
export function wolffOf(st: TorusState, beta: number, rng: Prng, stack?: Int32Array): number {
  const { spins, nb } = st;
  const N = spins.length;
  const padd = 1 - Math.exp(-2 * beta);
  const stk = stack ?? new Int32Array(N);
  const seed = rng.int(N);
  const s0 = spins[seed];
  spins[seed] = -s0;
  let top = 0;
  stk[top++] = seed;
  let size = 1;
  while (top > 0) {
    const i = stk[--top];
    for (let k = 0; k < 4; k++) {
      const j = nb[4 * i + k];
      if (spins[j] === s0 && rng.next() < padd) {
        spins[j] = -s0;
        stk[top++] = j;
        size++;
      }
    }
  }
  return size;
}

/** Energy H = −Σ_{⟨ij⟩} s_i s_j − hΣ s_i and magnetization Σ s_i of a torus state (h finite). */
export function torusEnergy(st: TorusState, h = 0): { E: number; M: number } {
  torusStateArg("torusEnergy", "st", st);
  finite("torusEnergy", "h", h);
  return energyOf(st, h);
}

/** {@link torusEnergy} on checked arguments (internal: for loops that checked once). @internal */
export function energyOf(st: TorusState, h: number): { E: number; M: number } {
  const { spins, nb } = st;
  let E = 0,
    M = 0;
  for (let i = 0; i < spins.length; i++) {
    E -= spins[i] * (spins[nb[4 * i]] + spins[nb[4 * i + 2]]);
    M += spins[i];
  }
  return { E: E - h * M, M };
}
