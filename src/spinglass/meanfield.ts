/**
 * Bal's mean-field fixed points for the kinetic vector-spin glass: naive mean field (thesis eq
 * 2.24) and TAP (thesis eq 2.20 with ∂²m/∂α² from Bal 2023, "Spin-model transformers", eq 58/61/65,
 * as collected in `shared/REFERENCE-FORMULAS.md`).
 *
 * Contraction (why nMF converges for β‖J‖₂ < 2). The large-D readout is φ(θ) = g(‖θ‖) θ/‖θ‖ with
 * g(r) = βr/(1+γ(r)). Its Jacobian (see `largeDReadoutJacobian`) is symmetric with eigenvalues
 * β/(1+γ) (tangential) and g'(r) = β/(γ(1+γ)) (radial); both lie in (0, β/2] because γ ≥ 1. So
 * ‖φ(θ) − φ(θ')‖ ≤ (β/2)‖θ − θ'‖ (mean-value theorem on the convex ℝ^D). The nMF map
 * F(m)_i = φ(x_i + Σ_j J_ij m_j) then satisfies ‖F(m) − F(m')‖_F ≤ (β/2) ‖J‖₂ ‖m − m'‖_F
 * (the map m ↦ J m acts as J ⊗ I_D, whose norm is ‖J‖₂). With q = β‖J‖₂/2 < 1 it is a contraction:
 * the iteration converges geometrically from any start to the unique fixed point. The bound is
 * tight at θ = 0: for x = 0 and J = −a I with βa/2 > 1 the fixed point 0 is unstable and the
 * iteration settles on a period-2 orbit ±m*.
 *
 * @module
 */
import { localFields, rowDot, type SpinSystem } from "./system.js";
import { exactReadoutNorm, gammaLargeD, gammaOfInverse } from "./readout.js";
import { solveLinear } from "../linalg/solve.js";
import { finiteArray, float64Array, int, obj, oneOf, real, spinSystem } from "../args/check.js";

/** Which readout the fixed point uses. */
export type Readout = "large-d" | "exact";

/**
 * Apply the readout to every row of θ (N×D), in place into `out`. θ N·D finite entries (N, D
 * positive integers, N·D ≤ 2^26), β and R finite and > 0, readout "large-d" or "exact", `out` a
 * Float64Array of N·D entries; a TypeError or RangeError names the argument otherwise.
 */
export function readoutRows(
  theta: Float64Array,
  N: number,
  D: number,
  beta: number,
  R: number,
  readout: Readout,
  out?: Float64Array,
): Float64Array {
  const fn = "readoutRows";
  int(fn, "N", N, 1, 2 ** 13);
  int(fn, "D", D, 1, 2 ** 26 / N);
  finiteArray(fn, "θ", float64Array(fn, "θ", theta, N * D));
  real(fn, "β", beta, 0, Number.MAX_VALUE, { openLo: true, what: "finite and > 0" });
  real(fn, "R", R, 0, Number.MAX_VALUE, { openLo: true, what: "finite and > 0" });
  oneOf(fn, "readout", readout, ["large-d", "exact"] as const);
  if (out === undefined) out = new Float64Array(N * D);
  else float64Array(fn, "out", out, N * D);
  for (let i = 0; i < N; i++) {
    const n = Math.sqrt(rowDot(theta, i, theta, i, D));
    let f: number;
    if (readout === "large-d") f = beta / (1 + gammaLargeD(n, beta, R));
    else f = n === 0 ? 0 : exactReadoutNorm(n, beta, R, D) / n;
    for (let a = 0; a < D; a++) out[i * D + a] = f * theta[i * D + a];
  }
  return out;
}

/**
 * One nMF step. `printed: false` (intended, Bal): m_{t,i} = φ(x_i + Σ_j J_ij m_{t−1,j}).
 * `printed: true` (thesis eq 2.24 as printed): m_{t,i} = φ(x_i + Σ_j J_ij m_{t−1,i}), i.e. the
 * sum uses site i's own previous magnetization, φ(x_i + (Σ_j J_ij) m_{t−1,i}).
 */
export function nmfStep(
  sys: SpinSystem,
  m: Float64Array,
  beta: number,
  R: number,
  options: { printed?: boolean; readout?: Readout } = {},
): Float64Array {
  spinSystem("nmfStep", sys, { m });
  obj("nmfStep", "options", options);
  const { N, D, J, x } = sys;
  let theta: Float64Array;
  if (options.printed) {
    theta = new Float64Array(N * D);
    for (let i = 0; i < N; i++) {
      let rowSum = 0;
      for (let j = 0; j < N; j++) rowSum += J[i * N + j];
      for (let a = 0; a < D; a++) theta[i * D + a] = x[i * D + a] + rowSum * m[i * D + a];
    }
  } else theta = localFields(sys, m);
  return readoutRows(theta, N, D, beta, R, options.readout ?? "large-d");
}

/** Result of a fixed-point iteration. */
export interface FixedPointResult {
  /** The last iterate. */
  m: Float64Array;
  /** Iterations performed. */
  iterations: number;
  /** Whether the residual fell below the tolerance. */
  converged: boolean;
  /** Frobenius residuals ‖m_{t+1} − m_t‖ of every iteration. */
  residuals: number[];
}

function frobDiff(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let k = 0; k < a.length; k++) {
    const d = a[k] - b[k];
    s += d * d;
  }
  return Math.sqrt(s);
}

/**
 * Iterate nMF from `m0` (default 0) until ‖m_{t+1} − m_t‖_F ≤ tol or `maxIter` steps. The limit is
 * the nMF NESS m^{nMF} = lim_t m_t (thesis §2.4).
 */
export function nmfSolve(
  sys: SpinSystem,
  beta: number,
  R: number,
  options: {
    m0?: Float64Array;
    tol?: number;
    maxIter?: number;
    printed?: boolean;
    readout?: Readout;
    damping?: number;
  } = {},
): FixedPointResult {
  // Damping m ← (1 − α) m + α F(m) (α = `damping`, default 1: the plain iteration) has the same fixed points.
  const fn = "nmfSolve";
  spinSystem(fn, sys, options?.m0 === undefined ? {} : { m0: options.m0 });
  obj(fn, "options", options);
  real(fn, "β", beta, 0, Number.MAX_VALUE, { openLo: true, what: "finite and > 0" });
  real(fn, "R", R, 0, Number.MAX_VALUE, { openLo: true, what: "finite and > 0" });
  if (options.tol !== undefined) real(fn, "tol", options.tol, 0, Number.MAX_VALUE);
  if (options.maxIter !== undefined) int(fn, "maxIter", options.maxIter, 0, 1e7);
  const alpha = options.damping ?? 1;
  if (!(alpha > 0 && alpha <= 1)) throw new RangeError(`nmfSolve: damping must be in (0, 1], got ${alpha}`);
  let m: Float64Array = options.m0 ? Float64Array.from(options.m0) : new Float64Array(sys.N * sys.D);
  const tol = options.tol ?? 1e-12;
  const maxIter = options.maxIter ?? 10000;
  const residuals: number[] = [];
  if (!options.printed && (options.readout ?? "large-d") === "large-d" && maxIter >= 1) {
    // The fast loop inlines localFields and the large-D readout. One step through nmfStep (which
    // calls them through their modules) must equal the inlined one to the last bit first, so a
    // mocked or NaN-poisoned localFields/gammaLargeD (the liveness tests) still reaches nmfSolve.
    const probe = nmfStep(sys, m, beta, R, options);
    const own = new Float64Array(m.length);
    largeDStepInto(sys, m, beta, R, own, 1);
    let same = true;
    for (let k = 0; k < own.length; k++) if (!Object.is(own[k], probe[k])) same = false;
    if (same) return nmfLargeDLoop(sys, m, beta, R, alpha, tol, maxIter, residuals);
  }
  for (let t = 1; t <= maxIter; t++) {
    const next = nmfStep(sys, m, beta, R, options);
    if (alpha !== 1) for (let k = 0; k < next.length; k++) next[k] = (1 - alpha) * m[k] + alpha * next[k];
    const r = frobDiff(next, m);
    residuals.push(r);
    m = next;
    // Every readout keeps ‖m_i‖ < R, so a finite system has finite iterates: a non-finite one is a
    // broken reference (or an overflowing readout), never "did not converge".
    if (!Number.isFinite(r))
      throw new RangeError(`nmfSolve: non-finite iterate at step ${t} (β = ${beta}, residual ${r})`);
    if (r <= tol) return { m, iterations: t, converged: true, residuals };
  }
  return { m, iterations: residuals.length, converged: false, residuals };
}

/** One intended nMF step with the large-D readout into `next` (nmfStep's operations and order; `t` names the step in errors). */
function largeDStepInto(
  sys: SpinSystem,
  m: Float64Array,
  beta: number,
  R: number,
  next: Float64Array,
  t: number,
): void {
  const { N, D, J, x } = sys;
  // θ = x + J m (localFields' order: x first, then j ascending, zero couplings skipped).
  // Each entry's sum is accumulated in a local, term by term in that order (the same rounding).
  // Four components a … a+3 at a time, each in its own local: four independent chains of
  // additions, each still x first then j ascending (the same roundings), instead of one chain
  // whose every add waits for the last (2.5× at N = D = 12; low-t-zero-energy runs up to 75 000
  // steps per input). The leftover components go one at a time as before.
  for (let i = 0; i < N; i++) {
    const oi = i * D;
    const oJ = i * N;
    let a = 0;
    for (; a + 3 < D; a += 4) {
      let s0 = x[oi + a];
      let s1 = x[oi + a + 1];
      let s2 = x[oi + a + 2];
      let s3 = x[oi + a + 3];
      for (let j = 0, oj = a; j < N; j++, oj += D) {
        const c = J[oJ + j];
        if (c !== 0) {
          s0 += c * m[oj];
          s1 += c * m[oj + 1];
          s2 += c * m[oj + 2];
          s3 += c * m[oj + 3];
        }
      }
      next[oi + a] = s0;
      next[oi + a + 1] = s1;
      next[oi + a + 2] = s2;
      next[oi + a + 3] = s3;
    }
    for (; a < D; a++) {
      let acc = x[oi + a];
      for (let j = 0, oj = a; j < N; j++, oj += D) {
        const c = J[oJ + j];
        if (c !== 0) acc += c * m[oj];
      }
      next[oi + a] = acc;
    }
  }
  // m_i = β θ_i / (1 + γ(‖θ_i‖)) in place (readoutRows with gammaLargeD).
  for (let i = 0; i < N; i++) {
    const oi = i * D;
    let s = 0;
    for (let k = 0; k < D; k++) s += next[oi + k] * next[oi + k];
    const n = Math.sqrt(s);
    const z = (beta * n) / R;
    if (!Number.isFinite(z))
      throw new RangeError(`nmfSolve: β‖θ_${i}‖/R is not finite at step ${t} (β = ${beta}, ‖θ_${i}‖ = ${n}, R = ${R})`);
    const g = z < 1e150 ? Math.sqrt(1 + z * z) : z;
    const f = beta / (1 + g);
    for (let a = 0; a < D; a++) next[oi + a] = f * next[oi + a];
  }
}

/**
 * nmfSolve's loop for the intended step with the large-D readout, its arguments checked once by
 * the caller. The same floating-point operations in the same order as `nmfStep` (localFields, then
 * readoutRows with gammaLargeD), so the iterates are equal bit for bit (tested), without the
 * per-step O(N² + ND) argument checks and allocations, which were most of its time (thesis-meanfield
 * .low-t-zero-energy runs up to 75 000 steps per input). Two buffers alternate; `m` is the start.
 */
function nmfLargeDLoop(
  sys: SpinSystem,
  start: Float64Array,
  beta: number,
  R: number,
  alpha: number,
  tol: number,
  maxIter: number,
  residuals: number[],
): FixedPointResult {
  const { N, D } = sys;
  let m: Float64Array = start;
  let next: Float64Array = new Float64Array(N * D);
  for (let t = 1; t <= maxIter; t++) {
    largeDStepInto(sys, m, beta, R, next, t);
    if (alpha !== 1) for (let k = 0; k < next.length; k++) next[k] = (1 - alpha) * m[k] + alpha * next[k];
    const r = frobDiff(next, m);
    residuals.push(r);
    if (!Number.isFinite(r))
      throw new RangeError(`nmfSolve: non-finite iterate at step ${t} (β = ${beta}, residual ${r})`);
    if (r <= tol) return { m: next, iterations: t, converged: true, residuals };
    // The old iterate becomes the next buffer (`start` is nmfSolve's own copy, free to overwrite).
    const old = m;
    m = next;
    next = old;
  }
  return { m, iterations: residuals.length, converged: false, residuals };
}

/**
 * Thrown when the TAP equations leave their domain (‖m_i‖ ≥ R, where φ⁻¹ is undefined). A
 * RangeError: given as an argument, such an m is outside the functions' domain, and the message
 * names it (m0 or m1 and the row); met by an iterate, it is TAP's breakdown, which
 * {@link tapSolve} reports as `defined: false`.
 */
export class TapUndefined extends RangeError {
  constructor(message: string) {
    super(message);
    this.name = "TapUndefined";
  }
}

/** β and R finite and > 0 (TAP divides by both). */
function tapScalars(fn: string, beta: unknown, R: unknown): void {
  real(fn, "beta", beta, 0, Number.MAX_VALUE, { openLo: true, what: "finite and > 0" });
  real(fn, "R", R, 0, Number.MAX_VALUE, { openLo: true, what: "finite and > 0" });
}

/** The options of {@link tapStep}: tol finite ≥ 0, maxIter an integer in [1, 10^5], depth in [1, 64]. */
function tapStepOptions(fn: string, options: unknown): void {
  obj(fn, "options", options);
  const o = options as TapStepOptions;
  if (o.tol !== undefined) real(fn, "options.tol", o.tol, 0, Number.MAX_VALUE, { what: "finite and ≥ 0" });
  if (o.maxIter !== undefined) int(fn, "options.maxIter", o.maxIter, 1, 1e5);
  if (o.depth !== undefined) int(fn, "options.depth", o.depth, 1, 64);
}

/**
 * The TAP effective field f(m1, m0) (thesis eq 2.20 with Bal's ∂²m/∂α², REFERENCE-FORMULAS.md).
 * Also returns d2 (∂²m/∂α² at α = 0) per site. Domain: `sys` a spin system, m1 and m0
 * Float64Arrays of N·D entries, β and R finite and > 0; throws {@link TapUndefined} (a RangeError
 * naming m0 or m1) when some ‖m1_i‖ or ‖m0_i‖ ≥ R or is NaN.
 */
export function tapField(
  sys: SpinSystem,
  m1: Float64Array,
  m0: Float64Array,
  beta: number,
  R: number,
): { f: Float64Array; d2: Float64Array } {
  // Sizes only: a non-finite m1 or m0 is TAP leaving its ball, reported as TapUndefined below.
  const { N: n, D: d } = spinSystem("tapField", sys);
  float64Array("tapField", "m1", m1, n * d);
  float64Array("tapField", "m0", m0, n * d);
  tapScalars("tapField", beta, R);
  return tapFieldOf(sys, m1, m0, beta, R);
}

/** {@link tapField} on checked arguments. */
/** What tapFieldOf needs of m0 alone: its rows' squared norms and the fields x + J m0. */
interface TapM0 {
  m0n2: Float64Array;
  h0: Float64Array;
}

/**
 * The m0 part of {@link tapFieldOf}: the ball check on m0's rows (TapUndefined, as before) and
 * h0 = x + J m0. A TAP step calls the field once per Anderson iteration with one m0, so tapStepOf
 * makes this once (an O(N²D) product per iteration was a fifth of tap-bump-onsager's time).
 */
function tapM0Of(sys: SpinSystem, m0: Float64Array, R: number): TapM0 {
  const { N, D } = sys;
  const R2 = R * R;
  const m0n2 = new Float64Array(N);
  for (let j = 0; j < N; j++) {
    m0n2[j] = rowDot(m0, j, m0, j, D);
    if (!(m0n2[j] < R2))
      throw new TapUndefined(`TAP: m0 row ${j} has norm ‖m0_${j}‖ = ${Math.sqrt(m0n2[j])}, not < R = ${R}`);
  }
  // After the ball check: a NaN m0 is TAP's breakdown (TapUndefined), as it always was.
  const h0 = localFields(sys, m0); // x + J m0
  return { m0n2, h0 };
}

function tapFieldOf(
  sys: SpinSystem,
  m1: Float64Array,
  m0: Float64Array,
  beta: number,
  R: number,
  pre: TapM0 = tapM0Of(sys, m0, R),
): { f: Float64Array; d2: Float64Array } {
  const { N, D, J } = sys;
  const R2 = R * R;
  const f = new Float64Array(N * D);
  const d2 = new Float64Array(N * D);
  const v = new Float64Array(D);
  const { m0n2, h0 } = pre;
  const b2 = beta * beta;
  for (let i = 0; i < N; i++) {
    const oi = i * D;
    const m1n2 = rowDot(m1, i, m1, i, D);
    if (!(m1n2 < R2))
      throw new TapUndefined(`TAP: m1 row ${i} has norm ‖m1_${i}‖ = ${Math.sqrt(m1n2)}, not < R = ${R}`);
    const g1 = gammaOfInverse(m1n2, R);
    const g0 = gammaOfInverse(m0n2[i], R); // site i in both, as published
    const inv = (2 * R2) / (beta * (R2 - m1n2)); // φ⁻¹(m1_i) = inv · m1_i
    for (let a = 0; a < D; a++) v[a] = -inv * m1[oi + a] + h0[oi + a];
    let S = 0;
    let sumSq = 0; // Σ_j J_ij² (m1_i·m0_j)²
    let sumR = 0; // Σ_j J_ij² (R² − ‖m0_j‖²)
    const w = new Float64Array(D); // Σ_j J_ij² (m1_i·m0_j) m0_j
    for (let j = 0; j < N; j++) {
      const c2 = J[i * N + j] ** 2;
      if (c2 === 0) continue;
      S += c2;
      const dj = rowDot(m1, i, m0, j, D);
      sumSq += c2 * dj * dj;
      sumR += c2 * (R2 - m0n2[j]);
      const oj = j * D;
      for (let a = 0; a < D; a++) w[a] += c2 * dj * m0[oj + a];
    }
    let mv = 0;
    let vv = 0;
    for (let a = 0; a < D; a++) {
      mv += m1[oi + a] * v[a];
      vv += v[a] * v[a];
    }
    const A = ((b2 * (1 + 3 * g1)) / (R2 * R2 * g1 ** 3)) * (mv * mv + (S * m1n2) / (1 + g0) - sumSq / (R2 * g0));
    const B = (b2 / (R2 * (g1 * g1 + g1))) * (vv + sumR);
    const C = (2 * b2) / (R2 * (g1 * g1 + g1));
    let md = 0;
    for (let a = 0; a < D; a++) {
      const val = (A - B) * m1[oi + a] - C * (mv * v[a] + (S * m1[oi + a]) / (1 + g0) - w[a] / (R2 * g0));
      d2[oi + a] = val;
      md += m1[oi + a] * val;
    }
    const denom = (R2 * g1) / (1 + g1) - m1n2; // = (R² − ‖m1‖²)/2 > 0 inside the ball
    const pre = (1 + g1) / (2 * beta);
    for (let a = 0; a < D; a++) f[oi + a] = h0[oi + a] + pre * (d2[oi + a] + (md / denom) * m1[oi + a]);
  }
  return { f, d2 };
}

/** Options of {@link tapStep}. */
export interface TapStepOptions {
  /** Tolerance on the Frobenius norm of m1 − φ(f(m1, m0)); published 1e-3. */
  tol?: number;
  /** Maximum Anderson iterations; published 100. */
  maxIter?: number;
  /** Anderson depth (default 5). */
  depth?: number;
}

/**
 * One TAP time step: solve m1 = φ(f(m1, m0)) (large-D readout) by Anderson acceleration started at
 * φ(x + J m0), as published. Returns the iterate and whether the residual met the tolerance. Throws
 * {@link TapUndefined} when m0 or an iterate leaves the ball ‖m_i‖ < R. Domain: `sys` a spin
 * system, m0 N·D finite numbers, β and R finite and > 0, options.tol finite ≥ 0, options.maxIter an
 * integer in [1, 10^5], options.depth an integer in [1, 64].
 */
export function tapStep(
  sys: SpinSystem,
  m0: Float64Array,
  beta: number,
  R: number,
  options: TapStepOptions = {},
): { m: Float64Array; converged: boolean; residual: number; iterations: number } {
  spinSystem("tapStep", sys, { m0 });
  tapScalars("tapStep", beta, R);
  tapStepOptions("tapStep", options);
  return tapStepOf(sys, m0, beta, R, options);
}

/** {@link tapStep} on checked arguments. */
function tapStepOf(
  sys: SpinSystem,
  m0: Float64Array,
  beta: number,
  R: number,
  options: TapStepOptions,
): { m: Float64Array; converged: boolean; residual: number; iterations: number } {
  const { N, D } = sys;
  const tol = options.tol ?? 1e-3;
  const maxIter = options.maxIter ?? 100;
  const depth = options.depth ?? 5;
  // m0's part of the field made at the first call (where tapFieldOf made it, so the same error
  // comes first) and kept for the others: m0 is fixed during the step.
  let pre: TapM0 | undefined;
  const G = (m: Float64Array) => {
    pre ??= tapM0Of(sys, m0, R);
    return readoutRows(tapFieldOf(sys, m, m0, beta, R, pre).f, N, D, beta, R, "large-d");
  };
  let xk = readoutRows(localFields(sys, m0), N, D, beta, R, "large-d");
  const Xs: Float64Array[] = [];
  const Fs: Float64Array[] = [];
  let residual = Infinity;
  for (let k = 0; k < maxIter; k++) {
    const gk = G(xk);
    const fk = gk.map((g, idx) => g - xk[idx]);
    residual = Math.sqrt(fk.reduce((s, t) => s + t * t, 0));
    if (!Number.isFinite(residual)) throw new TapUndefined("TAP: residual is not finite");
    if (residual <= tol) return { m: xk, converged: true, residual, iterations: k };
    Xs.push(gk);
    Fs.push(fk);
    if (Xs.length > depth + 1) {
      Xs.shift();
      Fs.shift();
    }
    const mk = Fs.length - 1;
    if (mk === 0) {
      xk = gk;
      continue;
    }
    // Minimize ‖f_k − Σ γ_l (f_{l+1} − f_l)‖ over γ (normal equations with a small ridge).
    const dF: Float64Array[] = [];
    const dG: Float64Array[] = [];
    for (let l = 0; l < mk; l++) {
      dF.push(Fs[l + 1].map((t, idx) => t - Fs[l][idx]));
      dG.push(Xs[l + 1].map((t, idx) => t - Xs[l][idx]));
    }
    const A = new Float64Array(mk * mk);
    const b = new Float64Array(mk);
    for (let p = 0; p < mk; p++) {
      for (let q = 0; q < mk; q++) {
        let s = 0;
        for (let idx = 0; idx < fk.length; idx++) s += dF[p][idx] * dF[q][idx];
        A[p * mk + q] = s;
      }
      let s = 0;
      for (let idx = 0; idx < fk.length; idx++) s += dF[p][idx] * fk[idx];
      b[p] = s;
    }
    let trace = 0;
    for (let p = 0; p < mk; p++) trace += A[p * mk + p];
    for (let p = 0; p < mk; p++) A[p * mk + p] += 1e-10 * trace + 1e-300;
    const gamma = solveLinear(A, b, mk);
    // solveLinear throws rather than return a non-finite solution; if one came back anyway, it is a
    // broken solver, not TAP leaving its ball (which a NaN iterate would otherwise be read as).
    for (const g of gamma) if (!Number.isFinite(g)) throw new Error(`Anderson mixing: non-finite coefficient ${g}`);
    const next = Float64Array.from(gk);
    for (let l = 0; l < mk; l++) for (let idx = 0; idx < next.length; idx++) next[idx] -= gamma[l] * dG[l][idx];
    xk = next;
  }
  return { m: xk, converged: residual <= tol, residual, iterations: maxIter };
}

/** Result of iterating TAP steps in time. */
export interface TapResult {
  /** The last defined iterate (the NESS estimate when `defined` and `settled`). */
  m: Float64Array;
  /** False when an iterate left the domain ‖m_i‖ < R (φ⁻¹ undefined): TAP broke down. */
  defined: boolean;
  /** Whether successive time steps changed by less than `tol` (Frobenius). */
  settled: boolean;
  /** Time steps performed. */
  steps: number;
  /** How many time steps' inner solves met the Anderson tolerance. */
  solvedSteps: number;
  /** Why it stopped, when it broke down. */
  reason?: string;
}

/**
 * Iterate TAP steps m_t = TAP(m_{t−1}) from m_0 = φ(x) (nMF with m = 0) until it settles or breaks
 * down. Domain: `sys` a spin system, β and R finite and > 0, options.m0 (if given) N·D finite
 * numbers, options.steps an integer in [1, 10^5], options.settleTol finite ≥ 0, and the options of
 * {@link tapStep}.
 */
export function tapSolve(
  sys: SpinSystem,
  beta: number,
  R: number,
  options: TapStepOptions & { steps?: number; settleTol?: number; m0?: Float64Array } = {},
): TapResult {
  const fn = "tapSolve";
  obj(fn, "options", options);
  spinSystem(fn, sys, options.m0 === undefined ? {} : { "options.m0": options.m0 });
  tapScalars(fn, beta, R);
  tapStepOptions(fn, options);
  if (options.steps !== undefined) int(fn, "options.steps", options.steps, 1, 1e5);
  if (options.settleTol !== undefined)
    real(fn, "options.settleTol", options.settleTol, 0, Number.MAX_VALUE, { what: "finite and ≥ 0" });
  const { N, D } = sys;
  let m = options.m0 ? Float64Array.from(options.m0) : readoutRows(Float64Array.from(sys.x), N, D, beta, R, "large-d");
  const steps = options.steps ?? 50;
  const settleTol = options.settleTol ?? 1e-3;
  let solvedSteps = 0;
  for (let t = 1; t <= steps; t++) {
    let res: ReturnType<typeof tapStep>;
    try {
      res = tapStepOf(sys, m, beta, R, options);
    } catch (e) {
      if (e instanceof TapUndefined)
        return { m, defined: false, settled: false, steps: t, solvedSteps, reason: e.message };
      throw e;
    }
    if (res.converged) solvedSteps++;
    const change = frobDiff(res.m, m);
    m = res.m;
    if (res.converged && change <= settleTol) return { m, defined: true, settled: true, steps: t, solvedSteps };
  }
  return { m, defined: true, settled: false, steps, solvedSteps };
}
