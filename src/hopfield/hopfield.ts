/**
 * Hopfield networks (blog 004): classical binary networks under asynchronous and synchronous
 * sign dynamics, and the modern (dense) Hopfield network whose update is attention.
 *
 * Classical: state s ∈ {−1, +1}^N, weights W (N×N, row-major), thresholds θ, energy
 * E(s) = −½ sᵀWs − θᵀs. Update of unit i: s_i ← sign(Σ_j W_ij s_j + θ_i) (ties keep s_i).
 * With W symmetric and W_ii ≥ 0, an asynchronous flip changes E by −|2 h_i| − 2W_ii ≤ 0 (strictly
 * negative for a real flip once ties keep the state), so asynchronous dynamics reach a fixed point.
 * Synchronous dynamics with symmetric W reach a fixed point or a 2-cycle (Goles–Olivos); with
 * asymmetric W, longer cycles occur.
 *
 * Modern: patterns X (d × P, column p is pattern p), E(ξ) = −β^{−1} ln Σ_p e^{β x_pᵀξ} + ½ ξᵀξ
 * (+ constants), update ξ ← X softmax(β Xᵀξ). The update is the concave–convex procedure on E, so
 * E never increases (Ramsauer et al. 2020, Theorem 1).
 *
 * @module
 */
import { finite, finiteArray, int, obj, real, show } from "../args/check.js";

/** Local field h_i = Σ_j W_ij s_j + θ_i. */
function localField(W: ArrayLike<number>, theta: ArrayLike<number>, s: ArrayLike<number>, i: number): number {
  const N = s.length;
  let h = theta[i];
  for (let j = 0; j < N; j++) h += W[i * N + j] * s[j];
  return h;
}

/** A state of 1 to 2^12 finite entries, θ of as many, W N×N, all finite; errors name the argument. */
function checkDims(
  W: ArrayLike<number>,
  theta: ArrayLike<number>,
  s: ArrayLike<number>,
  fn = "hopfield",
  sName = "s",
): void {
  finiteArray(fn, sName, s, { minLength: 1, maxLength: 2 ** 12 });
  const N = s.length;
  finiteArray(fn, "θ", theta, { length: N, lengthOf: sName });
  finiteArray(fn, "W", W, { length: N * N, lengthOf: sName });
}

/** Patterns: a non-empty array of rows of one length `d` (d ≥ 1), finite. */
function checkPatterns(fn: string, patterns: unknown, d?: number): number {
  if (!Array.isArray(patterns)) throw new TypeError(`${fn}: patterns must be an array of rows, got ${show(patterns)}`);
  if (patterns.length === 0) throw new RangeError(`${fn}: patterns must hold at least one pattern, got none`);
  const len = d ?? (patterns[0] as ArrayLike<number>)?.length;
  for (const [k, p] of patterns.entries())
    finiteArray(fn, `patterns[${k}]`, p, { length: len, minLength: 1, maxLength: 2 ** 13 });
  return len;
}

/** E(s) = −½ sᵀWs − θᵀs. */
export function hopfieldEnergy(W: ArrayLike<number>, theta: ArrayLike<number>, s: ArrayLike<number>): number {
  checkDims(W, theta, s, "hopfieldEnergy");
  return hopfieldEnergyOf(W, theta, s);
}

/**
 * {@link hopfieldEnergy} on checked arguments: the dynamics below check W and θ once per run and
 * then take an energy after every sweep, where re-checking W's N² entries cost as much as the
 * energy itself (issue 14: the hopfield family's largest single cost under --thorough). Exported
 * for loops over many states that checked W and θ once (attractorBasins, metastableStops). @internal
 */
export function hopfieldEnergyOf(W: ArrayLike<number>, theta: ArrayLike<number>, s: ArrayLike<number>): number {
  const N = s.length;
  let e = 0;
  for (let i = 0; i < N; i++) {
    let r = 0;
    for (let j = 0; j < N; j++) r += W[i * N + j] * s[j];
    e -= 0.5 * s[i] * r + theta[i] * s[i];
  }
  return e;
}

/** How a run of the dynamics ended. */
export interface HopfieldRun {
  /** `fixed`: a fixed point; `cycle`: a state repeated with period `period` > 1; `budget`: neither within the step budget. */
  outcome: "fixed" | "cycle" | "budget";
  period: number;
  state: Int8Array;
  steps: number;
  /** Energies after each sweep (asynchronous) or step (synchronous). */
  energies: number[];
}

/**
 * Asynchronous dynamics: sweeps over units in the given order (default 0..N−1), each unit updated
 * in place; stops when a whole sweep changes nothing, or when a state at a sweep boundary repeats
 * (a cycle), or after `maxSweeps`.
 */
export function runAsynchronous(
  W: ArrayLike<number>,
  theta: ArrayLike<number>,
  s0: ArrayLike<number>,
  options: { order?: number[]; maxSweeps?: number } = {},
): HopfieldRun {
  const fn = "runAsynchronous";
  checkDims(W, theta, s0, fn, "s0");
  obj(fn, "options", options);
  const N = s0.length;
  if (options.maxSweeps !== undefined) int(fn, "maxSweeps", options.maxSweeps, 0, 1e7);
  if (options.order !== undefined) {
    finiteArray(fn, "order", options.order, { minLength: 1, maxLength: 16 * N });
    for (const [k, i] of options.order.entries()) int(fn, `order[${k}]`, i, 0, N - 1);
  }
  return runAsynchronousOf(W, theta, s0, options.order, options.maxSweeps);
}

/**
 * {@link runAsynchronous} on checked arguments (W, θ and s0 finite, of sizes N², N, N; `order` unit
 * indices), for loops over many starts that checked W and θ once: re-checking W's N² entries per
 * start cost more than short runs themselves (attractorBasins runs one from each of 2^N states). @internal
 */
export function runAsynchronousOf(
  W: ArrayLike<number>,
  theta: ArrayLike<number>,
  s0: ArrayLike<number>,
  orderOpt?: number[],
  maxSweepsOpt?: number,
): HopfieldRun {
  const N = s0.length;
  const order = orderOpt ?? Array.from({ length: N }, (_, i) => i);
  const maxSweeps = maxSweepsOpt ?? 10 * N + 100;
  const s = Int8Array.from(s0);
  const seen = new Map<string, number>();
  const energies: number[] = [hopfieldEnergyOf(W, theta, s)];
  for (let sweep = 0; sweep < maxSweeps; sweep++) {
    const key = s.join(",");
    const prior = seen.get(key);
    if (prior !== undefined) return { outcome: "cycle", period: sweep - prior, state: s, steps: sweep, energies };
    seen.set(key, sweep);
    let changed = false;
    for (const i of order) {
      const h = localField(W, theta, s, i);
      const next = h > 0 ? 1 : h < 0 ? -1 : s[i];
      if (next !== s[i]) {
        s[i] = next;
        changed = true;
      }
    }
    energies.push(hopfieldEnergyOf(W, theta, s));
    if (!changed) return { outcome: "fixed", period: 1, state: s, steps: sweep + 1, energies };
  }
  return { outcome: "budget", period: 0, state: s, steps: maxSweeps, energies };
}

/** Synchronous dynamics s ← sign(Ws + θ) (ties keep s_i), until a fixed point or a cycle. */
export function runSynchronous(
  W: ArrayLike<number>,
  theta: ArrayLike<number>,
  s0: ArrayLike<number>,
  options: { maxSteps?: number } = {},
): HopfieldRun {
  checkDims(W, theta, s0, "runSynchronous", "s0");
  obj("runSynchronous", "options", options);
  if (options.maxSteps !== undefined) int("runSynchronous", "maxSteps", options.maxSteps, 0, 1e7);
  const N = s0.length;
  const maxSteps = options.maxSteps ?? 2 ** Math.min(N, 16) + 2;
  let s = Int8Array.from(s0);
  const seen = new Map<string, number>();
  const energies: number[] = [hopfieldEnergyOf(W, theta, s)];
  for (let t = 0; t < maxSteps; t++) {
    const key = s.join(",");
    const prior = seen.get(key);
    if (prior !== undefined) {
      const period = t - prior;
      return { outcome: period === 1 ? "fixed" : "cycle", period, state: s, steps: t, energies };
    }
    seen.set(key, t);
    const next = new Int8Array(N);
    for (let i = 0; i < N; i++) {
      const h = localField(W, theta, s, i);
      next[i] = h > 0 ? 1 : h < 0 ? -1 : s[i];
    }
    s = next;
    energies.push(hopfieldEnergyOf(W, theta, s));
  }
  return { outcome: "budget", period: 0, state: s, steps: maxSteps, energies };
}

/** Hebbian weights W = (1/N) Σ_μ ξ^μ ξ^μᵀ with zero diagonal, for patterns given as ±1 rows. */
export function hebbianWeights(patterns: ArrayLike<number>[]): Float64Array {
  checkPatterns("hebbianWeights", patterns);
  const N = patterns[0].length;
  const W = new Float64Array(N * N);
  for (const p of patterns) {
    if (p.length !== N) throw new RangeError("hebbianWeights: patterns of different lengths");
    for (let i = 0; i < N; i++) for (let j = 0; j < N; j++) if (i !== j) W[i * N + j] += (p[i] * p[j]) / N;
  }
  return W;
}

/** Modern Hopfield energy E(ξ) = −β^{−1} ln Σ_p exp(β x_pᵀξ) + ½ ξᵀξ, patterns as rows x_p ∈ ℝ^d. */
export function modernHopfieldEnergy(patterns: ArrayLike<number>[], xi: ArrayLike<number>, beta: number): number {
  const fn = "modernHopfieldEnergy";
  finiteArray(fn, "ξ", xi, { minLength: 1 });
  checkPatterns(fn, patterns, xi.length);
  real(fn, "β", beta, 0, Number.MAX_VALUE, { openLo: true, what: "finite and > 0" });
  const scores = patterns.map((x) => {
    if (x.length !== xi.length) throw new RangeError("modernHopfieldEnergy: dimension mismatch");
    let s = 0;
    for (let a = 0; a < xi.length; a++) s += x[a] * xi[a];
    return beta * s;
  });
  const top = Math.max(...scores);
  if (!Number.isFinite(top)) throw new RangeError(`${fn}: β·xᵀξ overflows float64 (β = ${beta})`);
  let z = 0;
  for (const s of scores) z += Math.exp(s - top);
  let q = 0;
  for (let a = 0; a < xi.length; a++) q += xi[a] * xi[a];
  return -(top + Math.log(z)) / beta + 0.5 * q;
}

/** One modern Hopfield (attention) update ξ ← X softmax(β Xᵀ ξ). */
export function modernHopfieldUpdate(patterns: ArrayLike<number>[], xi: ArrayLike<number>, beta: number): Float64Array {
  const fn = "modernHopfieldUpdate";
  finiteArray(fn, "ξ", xi, { minLength: 1 });
  checkPatterns(fn, patterns, xi.length);
  finite(fn, "β", beta);
  const d = xi.length;
  const scores = patterns.map((x) => {
    let s = 0;
    for (let a = 0; a < d; a++) s += x[a] * xi[a];
    return beta * s;
  });
  const top = Math.max(...scores);
  if (!Number.isFinite(top)) throw new RangeError(`${fn}: β·xᵀξ overflows float64 (β = ${beta})`);
  const w = scores.map((s) => Math.exp(s - top));
  const z = w.reduce((a, b) => a + b, 0);
  const out = new Float64Array(d);
  patterns.forEach((x, p) => {
    for (let a = 0; a < d; a++) out[a] += (w[p] / z) * x[a];
  });
  return out;
}
