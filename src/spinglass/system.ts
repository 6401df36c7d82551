/**
 * A vector-spin system: N spins in ℝ^D, couplings J (N×N, row-major, J[i·N + j] = J_ij) and fields
 * x (N×D, row-major, x[i·D + a] = x_i^a). States are N×D row-major `Float64Array`s.
 *
 * @module
 */
import type { Prng } from "../random/prng.js";
import { finite, finiteArray, float64Array, int, obj, prngLike, real, spinSystem } from "../args/check.js";

/** Couplings and fields of a vector-spin model. */
export interface SpinSystem {
  /** Number of spins (tokens). */
  readonly N: number;
  /** Dimension of each spin. */
  readonly D: number;
  /** Couplings, row-major N×N: J[i*N + j] = J_ij (asymmetric in general, diagonal kept). */
  readonly J: Float64Array;
  /** Fields, row-major N×D. */
  readonly x: Float64Array;
}

/**
 * Throw a TypeError or RangeError (naming `sys`, its field, or the state) unless N and D are
 * positive integers with N·D ≤ 2^26 and N² ≤ 2^26, J and x are Float64Arrays of the sizes they
 * imply with finite entries, and every state has N·D finite entries.
 */
export function checkSystem(sys: SpinSystem, ...states: Float64Array[]): void {
  spinSystem("checkSystem", sys, Object.fromEntries(states.map((s, k) => [`state ${k} (s)`, s])));
}

/** The radius the thesis uses for D-dimensional spins: R = √(D/2 − 1) (so R² = ν = D/2 − 1). */
export function thesisRadius(D: number): number {
  finite("thesisRadius", "D", D);
  if (!(D > 2)) throw new RangeError(`R = √(D/2 − 1) needs D > 2, got ${D}`);
  return Math.sqrt(D / 2 - 1);
}

/** Euclidean dot product of row i of a and row j of b (both with row length D). */
export function rowDot(a: Float64Array, i: number, b: Float64Array, j: number, D: number): number {
  // Called in O(N²) loops by the references: only the cheap checks that keep it in bounds.
  if (!(a instanceof Float64Array)) throw new TypeError(`rowDot: a must be a Float64Array, got ${typeof a}`);
  if (!(b instanceof Float64Array)) throw new TypeError(`rowDot: b must be a Float64Array, got ${typeof b}`);
  if (!Number.isInteger(D) || D < 1) throw new RangeError(`rowDot: D must be a positive integer, got ${D}`);
  if (!Number.isInteger(i) || i < 0 || (i + 1) * D > a.length)
    throw new RangeError(`rowDot: i must be a row of a (0 ≤ i < ${a.length / D}), got ${i}`);
  if (!Number.isInteger(j) || j < 0 || (j + 1) * D > b.length)
    throw new RangeError(`rowDot: j must be a row of b (0 ≤ j < ${b.length / D}), got ${j}`);
  let s = 0;
  const oa = i * D;
  const ob = j * D;
  for (let k = 0; k < D; k++) s += a[oa + k] * b[ob + k];
  return s;
}

/**
 * θ = x + J s (row i: x_i + Σ_j J_ij s_j), the local field of every site. `sys` and `s` as
 * {@link checkSystem} requires; `out`, if given, a Float64Array of N·D entries.
 */
export function localFields(sys: SpinSystem, s: Float64Array, out?: Float64Array): Float64Array {
  spinSystem("localFields", sys, { s });
  if (out === undefined) out = new Float64Array(sys.N * sys.D);
  else float64Array("localFields", "out", out, sys.N * sys.D);
  const { N, D, J, x } = sys;
  for (let i = 0; i < N; i++) {
    const oi = i * D;
    for (let a = 0; a < D; a++) out[oi + a] = x[oi + a];
    for (let j = 0; j < N; j++) {
      const c = J[i * N + j];
      if (c === 0) continue;
      const oj = j * D;
      for (let a = 0; a < D; a++) out[oi + a] += c * s[oj + a];
    }
  }
  return out;
}

/** Options of {@link thesisSystem}. */
export interface ThesisSystemOptions {
  N?: number;
  D?: number;
  /** Coupling scale: J_ij ~ N(0, J²/N). Default 1. */
  couplingScale?: number;
  /** Field norm: every x_i has norm exactly `fieldNorm` (default R = √(D/2 − 1)). */
  fieldNorm?: number;
  /** Symmetrize J ← (J + Jᵀ)/2 (the thesis' symmetric runs). */
  symmetric?: boolean;
}

/**
 * The thesis' published set-up: x_i = h·g_i/‖g_i‖ with g_i ~ N(0, I_D) (every field of norm h,
 * default h = R), J_ij ~ N(0, J²/N) asymmetric with the diagonal kept.
 *
 * Domain: N an integer in [1, 2^13], D an integer in [1, 2^13] with N·D ≤ 2^26 (D > 2 unless
 * fieldNorm is given), couplingScale finite, fieldNorm finite and ≥ 0; a TypeError or RangeError
 * names the option otherwise.
 */
export function thesisSystem(rng: Prng, opts: ThesisSystemOptions = {}): SpinSystem {
  const fn = "thesisSystem";
  prngLike(fn, "rng", rng);
  obj(fn, "opts", opts);
  const N = int(fn, "N", opts.N ?? 64, 1, 2 ** 13);
  const D = int(fn, "D", opts.D ?? 32, 1, 2 ** 13);
  if (N * D > 2 ** 26) throw new RangeError(`${fn}: N·D must be at most 2^26, got N = ${N}, D = ${D}`);
  const h = opts.fieldNorm === undefined ? thesisRadius(D) : real(fn, "fieldNorm", opts.fieldNorm, 0, Number.MAX_VALUE);
  const scale = finite(fn, "couplingScale", opts.couplingScale ?? 1) / Math.sqrt(N);
  const x = new Float64Array(N * D);
  for (let i = 0; i < N; i++) {
    let n2 = 0;
    for (let a = 0; a < D; a++) {
      const g = rng.normal();
      x[i * D + a] = g;
      n2 += g * g;
    }
    const f = h / Math.sqrt(n2);
    for (let a = 0; a < D; a++) x[i * D + a] *= f;
  }
  const J = new Float64Array(N * N);
  for (let k = 0; k < N * N; k++) J[k] = scale * rng.normal();
  if (opts.symmetric) {
    for (let i = 0; i < N; i++)
      for (let j = i + 1; j < N; j++) {
        const e = (J[i * N + j] + J[j * N + i]) / 2;
        J[i * N + j] = e;
        J[j * N + i] = e;
      }
  }
  return { N, D, J, x };
}

/** The thesis' start state: every spin (1, …, 1)/√D. */
export function thesisStart(N: number, D: number): Float64Array {
  int("thesisStart", "N", N, 1, 2 ** 13);
  int("thesisStart", "D", D, 1, 2 ** 26 / N);
  return new Float64Array(N * D).fill(1 / Math.sqrt(D));
}

/** Alignment 𝒜(a, b) = (1/N) Σ_i a_i·b_i / (‖a_i‖‖b_i‖) (thesis eq 3.6). A zero row gives NaN. */
export function alignment(a: Float64Array, b: Float64Array, N: number, D: number): number {
  states("alignment", a, b, N, D);
  let s = 0;
  for (let i = 0; i < N; i++) {
    const ab = rowDot(a, i, b, i, D);
    const aa = rowDot(a, i, a, i, D);
    const bb = rowDot(b, i, b, i, D);
    s += ab / Math.sqrt(aa * bb);
  }
  return s / N;
}

/** Replica overlap q_ab = (1/N) Σ_i a_i·b_i, unnormalized (thesis eq 2.8; diagonal ≈ R² at low T). */
export function overlap(a: Float64Array, b: Float64Array, N: number, D: number): number {
  states("overlap", a, b, N, D);
  let s = 0;
  for (let i = 0; i < N; i++) s += rowDot(a, i, b, i, D);
  return s / N;
}

/** N and D positive integers (N·D ≤ 2^26), a and b Float64Arrays of N·D finite entries. */
function states(fn: string, a: unknown, b: unknown, N: number, D: number): void {
  int(fn, "N", N, 1, 2 ** 13);
  int(fn, "D", D, 1, 2 ** 26 / N);
  finiteArray(fn, "a", float64Array(fn, "a", a, N * D));
  finiteArray(fn, "b", float64Array(fn, "b", b, N * D));
}

/**
 * Largest singular value ‖J‖₂ of an N×N row-major matrix, by power iteration on JᵀJ: J N² finite
 * entries, N an integer in [1, 2^13], iterations an integer in [1, 10^5] (each costs 2N²).
 */
export function operatorNorm(J: Float64Array, N: number, iterations = 500): number {
  int("operatorNorm", "N", N, 1, 2 ** 13);
  finiteArray("operatorNorm", "J", J, { length: N * N });
  int("operatorNorm", "iterations", iterations, 1, 1e5);
  let v = new Float64Array(N).fill(1 / Math.sqrt(N));
  let sigma = 0;
  const w = new Float64Array(N);
  for (let it = 0; it < iterations; it++) {
    w.fill(0);
    for (let i = 0; i < N; i++) {
      let s = 0;
      for (let j = 0; j < N; j++) s += J[i * N + j] * v[j];
      for (let j = 0; j < N; j++) w[j] += J[i * N + j] * s;
    }
    let n = 0;
    for (let j = 0; j < N; j++) n += w[j] * w[j];
    n = Math.sqrt(n);
    if (n === 0) return 0;
    const next = Math.sqrt(n);
    v = w.map((t) => t / n);
    if (Math.abs(next - sigma) <= 1e-14 * next) return next;
    sigma = next;
  }
  return sigma;
}
