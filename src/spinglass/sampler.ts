/**
 * Metropolis–Hastings samplers of the loss-based Hamiltonian the thesis simulated (§3.2, and its
 * published code): H(m) = ½ Σ_i ‖m_i − R θ̂_i‖², θ = x + J m, spins unconstrained in ℝ^D, accepted
 * with probability min(1, e^{−βΔH}); proposals move one uniformly chosen site, m_i += σ ξ,
 * ξ ~ N(0, I_D).
 *
 * {@link ThesisSampler} keeps per-site scalars so that one step costs O(N·D):
 *   ‖m_k‖², a_k = m_k·θ_k, b_k = ‖θ_k‖², e_k = ½‖m_k‖² − R a_k/√b_k + ½R².
 * A move δ at site i changes θ_k by J_ki δ for every k, so with p_k = m_k·δ and q_k = θ_k·δ:
 *   k ≠ i: a_k' = a_k + J_ki p_k,            b_k' = b_k + 2J_ki q_k + J_ki²‖δ‖²;
 *   k = i: ‖m_i'‖² = ‖m_i‖² + 2p_i + ‖δ‖²,    a_i' = a_i + J_ii p_i + q_i + J_ii‖δ‖²,  b_i' as above.
 * On acceptance θ_k += J_ki δ (the published code recomputes θ in full for both states: O(N²D)).
 * {@link publishedStepReference} is that full recomputation, kept to check that the incremental
 * chain is the same chain.
 *
 * The step exists three times: in TypeScript (the reference, {@link ThesisSampler.step}'s own loops),
 * as a WebAssembly SIMD kernel (`kernel.wat`) and as a native kernel (`kernel-native.c`, built at
 * install when a C compiler is there), each running the whole loop, RNG and ziggurat included. At the
 * thesis' size the WebAssembly kernel is about 4–5× and the native one about 10× faster than
 * TypeScript (bench/thesis-sampler.ts: 7.7, 1.7 and 0.74 µs a step at β = 1). All three are the same chain bit for bit (same draws, same
 * operations in the same order, so the same accept decisions and states); `SamplerOptions.kernel`
 * chooses, default the fastest that can run (D a multiple of 4 for either compiled kernel).
 *
 * @module
 */
import type { Prng } from "../random/prng.js";
import { finite, finiteFloat64Array, float64Array, int, obj, prngLike, real } from "../args/check.js";
import { checkSystem, localFields, rowDot, thesisRadius, thesisStart, type SpinSystem } from "./system.js";
import { lossHamiltonian } from "./energy.js";
import { zigguratNormal } from "./gauss.js";
import { createWasmKernel } from "./kernel.js";
import { createNativeKernel } from "./kernel-native.js";
import type { KernelName, SamplerKernel } from "./sampler-kernel.js";

/** The most steps one call of run or tune takes (refused past it instead of running for weeks). */
const MAX_RUN = 2 ** 40;

/** The thesis' proposal standard deviation σ = 1/(N√D) (≈ 0.00276 for N = 64, D = 32). */
export function thesisSigma(N: number, D: number): number {
  int("thesisSigma", "N", N, 1, 2 ** 26);
  int("thesisSigma", "D", D, 1, 2 ** 26);
  return 1 / (N * Math.sqrt(D));
}

/** Options of a {@link ThesisSampler}. */
export interface SamplerOptions {
  beta: number;
  /** Radius in the target, default √(D/2 − 1). */
  R?: number;
  /** Proposal standard deviation per component (default 1/(N√D), the thesis'). */
  sigma?: number;
  /** Start state (default: every spin (1,…,1)/√D, the thesis'). */
  start?: Float64Array;
  /** Recompute θ and the scalars from scratch every this many accepted moves (rounding control). */
  refreshEvery?: number;
  /**
   * Which implementation of the step runs (the chain is the same either way): "native", the native
   * kernel (default), "wasm", the WebAssembly SIMD kernel, or "js", the TypeScript reference. Each
   * falls back to the next when it cannot run: "native" when it was not built (see
   * `nativeKernelStatus`), either compiled kernel when D is not a multiple of 4, "wasm" when the
   * engine lacks WebAssembly SIMD. {@link ThesisSampler.kernel} says which one runs.
   */
  kernel?: KernelName;
}

/** A Metropolis–Hastings chain for H(m) = ½Σ‖m_i − Rθ̂_i‖² with O(N·D) incremental steps. */
export class ThesisSampler {
  readonly N: number;
  readonly D: number;
  readonly beta: number;
  readonly R: number;
  /** Proposal standard deviation (may be changed between steps, e.g. by tuning in burn-in). */
  sigma: number;
  /** Current state, N×D. */
  readonly m: Float64Array;
  /** Current local fields θ = x + J m. */
  readonly theta: Float64Array;
  /** Steps taken and moves accepted. */
  steps = 0;
  accepted = 0;
  /**
   * The implementation running the steps (see {@link SamplerOptions.kernel}), fixed at construction:
   * every step of this sampler runs on it. Evidence from the sampler names it:
   * `ctx.record("kernel", sampler.kernel)`, or `kernelEvidence(samplers.map((s) => s.kernel))` for several.
   */
  readonly kernel: KernelName;
  /** The compiled kernel unless {@link ThesisSampler.kernel} is "js"; its arrays are m, θ, Jᵀ, the scalars and the time-average sums. */
  private readonly compiled: SamplerKernel | null;
  private readonly Jt: Float64Array;
  private readonly sys: SpinSystem;
  private readonly mm: Float64Array;
  private readonly a: Float64Array;
  private readonly b: Float64Array;
  private readonly e: Float64Array;
  private readonly p: Float64Array;
  private readonly q: Float64Array;
  private readonly aNew: Float64Array;
  private readonly bNew: Float64Array;
  private readonly eNew: Float64Array;
  private readonly delta: Float64Array;
  private readonly rng: Prng;
  private readonly refreshEvery: number;
  private sinceRefresh = 0;
  // Time averages: sum over steps of m, accumulated lazily per site.
  private readonly sum: Float64Array;
  private readonly lastChange: Float64Array;
  private measureFrom = Infinity;

  /**
   * @param sys - the couplings and fields: finite, of the sizes N and D imply (see checkSystem).
   * @param rng - the random stream (a Prng).
   * @param options - β finite and > 0; R finite and ≥ 0; σ finite and > 0; start N·D finite
   *   entries; refreshEvery an integer in [1, 2^31); kernel "native", "wasm" or "js". A TypeError
   *   or RangeError names the argument otherwise (a NaN would freeze the chain or make it NaN).
   */
  constructor(sys: SpinSystem, rng: Prng, options: SamplerOptions) {
    const fn = "ThesisSampler";
    checkSystem(sys);
    prngLike(fn, "rng", rng);
    obj(fn, "options", options);
    const { N, D } = sys;
    if (!(finite(fn, "β", options.beta) > 0))
      throw new RangeError(`ThesisSampler: β must be finite and > 0, got ${options.beta}`);
    if (options.R !== undefined) real(fn, "R", options.R, 0, Number.MAX_VALUE);
    if (options.sigma !== undefined) real(fn, "σ", options.sigma, 0, Number.MAX_VALUE, { openLo: true });
    if (options.refreshEvery !== undefined) int(fn, "refreshEvery", options.refreshEvery, 1, 0x7fffffff);
    if (options.start !== undefined) finiteFloat64Array(fn, "start", options.start, N * D);
    this.N = N;
    this.D = D;
    this.sys = sys;
    this.beta = options.beta;
    // The defaults are checked like given values: a NaN radius or width would freeze the chain (every
    // move rejected) rather than fail.
    this.R = real(fn, "R", options.R ?? thesisRadius(D), 0, Number.MAX_VALUE);
    this.sigma = real(fn, "σ", options.sigma ?? thesisSigma(N, D), 0, Number.MAX_VALUE, { openLo: true });
    this.rng = rng;
    this.refreshEvery = options.refreshEvery ?? 200_000;
    const choice = options.kernel ?? "native";
    if (choice !== "native" && choice !== "wasm" && choice !== "js")
      throw new RangeError(`ThesisSampler: kernel must be "native", "wasm" or "js", got ${String(choice)}`);
    this.compiled =
      choice === "js" ? null : ((choice === "native" ? createNativeKernel(N, D) : null) ?? createWasmKernel(N, D));
    this.kernel = this.compiled ? this.compiled.name : "js";
    // With a compiled kernel the arrays it reads and writes are its own (views of its memory for
    // WebAssembly), so the code below (refresh, energy, time averages, the Stein mean) serves every
    // kernel unchanged.
    const w = this.compiled;
    this.m = w ? w.m : new Float64Array(N * D);
    this.m.set(options.start ?? thesisStart(N, D));
    this.theta = w ? w.theta : new Float64Array(N * D);
    this.Jt = w ? w.Jt : new Float64Array(N * N);
    for (let i = 0; i < N; i++) for (let k = 0; k < N; k++) this.Jt[i * N + k] = sys.J[k * N + i];
    this.mm = w ? w.mm : new Float64Array(N);
    this.a = w ? w.a : new Float64Array(N);
    this.b = w ? w.b : new Float64Array(N);
    this.e = w ? w.e : new Float64Array(N);
    this.p = new Float64Array(N);
    this.q = new Float64Array(N);
    this.aNew = new Float64Array(N);
    this.bNew = new Float64Array(N);
    this.eNew = new Float64Array(N);
    this.delta = new Float64Array(D);
    this.sum = w ? w.sum : new Float64Array(N * D);
    this.lastChange = w ? w.lastChange : new Float64Array(N);
    this.refresh();
  }

  /** Recompute θ and the per-site scalars from the state (removes accumulated rounding). */
  refresh(): void {
    const { N, D, R } = this;
    localFields(this.sys, this.m, this.theta);
    for (let k = 0; k < N; k++) {
      this.mm[k] = rowDot(this.m, k, this.m, k, D);
      this.a[k] = rowDot(this.m, k, this.theta, k, D);
      this.b[k] = rowDot(this.theta, k, this.theta, k, D);
      this.e[k] = 0.5 * this.mm[k] - (R * this.a[k]) / Math.sqrt(this.b[k]) + 0.5 * R * R;
      // A non-finite site energy (θ_k = 0, or a broken field) would make every later acceptance test false.
      if (!Number.isFinite(this.e[k]))
        throw new RangeError(`ThesisSampler: site ${k} has energy ${this.e[k]} (θ_k·θ_k = ${this.b[k]})`);
    }
    this.sinceRefresh = 0;
  }

  /** H(m) = Σ_k e_k from the maintained scalars. */
  energy(): number {
    let s = 0;
    for (let k = 0; k < this.N; k++) s += this.e[k];
    return s;
  }

  /** One MH step; returns whether the move was accepted. */
  step(): boolean {
    if (this.compiled) return this.runCompiled(1) === 1;
    const { N, D, R, m, theta, Jt, p, q, a, b, e, aNew, bNew, eNew, delta, rng, mm } = this;
    const i = Math.floor(rng.next() * N);
    const sigma = this.sigma;
    let dd = 0;
    for (let c = 0; c < D; c++) {
      const v = sigma * zigguratNormal(rng);
      delta[c] = v;
      dd += v * v;
    }
    if ((D & 3) === 0) {
      // Four independent accumulators: the dot products are the O(N·D) bulk of a step.
      for (let k = 0; k < N; k++) {
        const o = k * D;
        let p0 = 0,
          p1 = 0,
          p2 = 0,
          p3 = 0,
          q0 = 0,
          q1 = 0,
          q2 = 0,
          q3 = 0;
        for (let c = 0; c < D; c += 4) {
          const oc = o + c;
          const d0 = delta[c],
            d1 = delta[c + 1],
            d2 = delta[c + 2],
            d3 = delta[c + 3];
          p0 += m[oc] * d0;
          p1 += m[oc + 1] * d1;
          p2 += m[oc + 2] * d2;
          p3 += m[oc + 3] * d3;
          q0 += theta[oc] * d0;
          q1 += theta[oc + 1] * d1;
          q2 += theta[oc + 2] * d2;
          q3 += theta[oc + 3] * d3;
        }
        p[k] = p0 + p1 + (p2 + p3);
        q[k] = q0 + q1 + (q2 + q3);
      }
    } else {
      for (let k = 0; k < N; k++) {
        const o = k * D;
        let pk = 0;
        let qk = 0;
        for (let c = 0; c < D; c++) {
          const dc = delta[c];
          pk += m[o + c] * dc;
          qk += theta[o + c] * dc;
        }
        p[k] = pk;
        q[k] = qk;
      }
    }
    const col = i * N;
    const halfR2 = 0.5 * R * R;
    let dH = 0;
    for (let k = 0; k < N; k++) {
      const jk = Jt[col + k];
      let ak = a[k] + jk * p[k];
      const bk = b[k] + 2 * jk * q[k] + jk * jk * dd;
      let mmk = mm[k];
      if (k === i) {
        mmk += 2 * p[k] + dd;
        ak += q[k] + jk * dd;
      }
      aNew[k] = ak;
      bNew[k] = bk;
      const ek = 0.5 * mmk - (R * ak) / Math.sqrt(bk) + halfR2;
      eNew[k] = ek;
      dH += ek - e[k];
    }
    this.steps++;
    const accept = dH <= 0 || rng.next() < Math.exp(-this.beta * dH);
    if (!accept) return false;
    this.accepted++;
    const oi = i * D;
    if (this.steps > this.measureFrom) {
      const w = this.steps - 1 - this.lastChange[i];
      for (let c = 0; c < D; c++) this.sum[oi + c] += w * m[oi + c];
      this.lastChange[i] = this.steps - 1;
    }
    for (let c = 0; c < D; c++) m[oi + c] += delta[c];
    this.mm[i] += 2 * p[i] + dd;
    if ((D & 3) === 0) {
      for (let k = 0; k < N; k++) {
        const jk = Jt[col + k];
        const o = k * D;
        for (let c = 0; c < D; c += 4) {
          const oc = o + c;
          theta[oc] += jk * delta[c];
          theta[oc + 1] += jk * delta[c + 1];
          theta[oc + 2] += jk * delta[c + 2];
          theta[oc + 3] += jk * delta[c + 3];
        }
      }
    } else {
      for (let k = 0; k < N; k++) {
        const jk = Jt[col + k];
        const o = k * D;
        for (let c = 0; c < D; c++) theta[o + c] += jk * delta[c];
      }
    }
    a.set(aNew);
    b.set(bNew);
    e.set(eNew);
    if (++this.sinceRefresh >= this.refreshEvery) this.refresh();
    return true;
  }

  /**
   * Run `n` steps (⌈n⌉ for a fractional n); returns the number accepted. n must be in [0, 2^40]
   * (2^40 steps are about 9 days with the native kernel; run longer chains in several calls) and
   * keep the step count exact (steps + n ≤ 2^53); σ (which may have been changed) must be
   * finite and > 0. A RangeError or TypeError names the argument otherwise: `run(Infinity)` is
   * refused instead of running forever.
   */
  run(n: number): number {
    finite("ThesisSampler.run", "n", n);
    if (!(n >= 0 && n <= MAX_RUN && this.steps + n <= 2 ** 53))
      throw new RangeError(
        `ThesisSampler.run: n must be in [0, 2^40] with steps + n ≤ 2^53, got n = ${n} after ${this.steps} steps`,
      );
    if (!(finite("ThesisSampler.run", "σ", this.sigma) > 0))
      throw new RangeError(`ThesisSampler.run: σ must be finite and > 0, got ${this.sigma}`);
    if (this.compiled) return this.runCompiled(n);
    let acc = 0;
    for (let t = 0; t < n; t++) if (this.step()) acc++;
    return acc;
  }

  /**
   * `n` steps in the compiled kernel. The Prng's state goes into the kernel and comes back
   * afterwards, so the stream continues in JS exactly where the kernel left it. The kernel returns
   * early when a refresh is due (it counts acceptances down from `refreshEvery`), and the refresh
   * runs here in JS, on the same arrays, as in the reference.
   */
  private runCompiled(n: number): number {
    const w = this.compiled as SamplerKernel;
    let left = n > 0 ? Math.ceil(n) : 0; // the JS loop `for (t = 0; t < n; t++)` takes ⌈n⌉ steps
    let acc = 0;
    this.rng.getState(w.rng);
    while (left > 0) {
      const chunk = Math.min(left, w.chunk);
      const acceptLeft = Math.max(-1, Math.min(this.refreshEvery - this.sinceRefresh, 0x7fffffff));
      const done = w.run(chunk, this.beta, this.sigma, this.R, this.steps, this.measureFrom, acceptLeft);
      const a = w.lastAccepted();
      this.steps += done;
      this.accepted += a;
      this.sinceRefresh += a;
      acc += a;
      left -= done;
      // As in the reference, a refresh follows only an acceptance.
      if (a > 0 && this.sinceRefresh >= this.refreshEvery) this.refresh();
    }
    this.rng.setState(w.rng);
    return acc;
  }

  /** Start accumulating the time average of m from the current step on. */
  startMeasuring(): void {
    this.measureFrom = this.steps;
    this.sum.fill(0);
    this.lastChange.fill(this.steps);
  }

  /** The time average (1/τ) Σ_t m_t over the steps since {@link startMeasuring}. */
  timeAverage(): Float64Array {
    const { N, D } = this;
    const tau = this.steps - this.measureFrom;
    if (!(tau > 0)) throw new RangeError("timeAverage: no steps measured (call startMeasuring, then run)");
    const out = new Float64Array(N * D);
    for (let i = 0; i < N; i++) {
      const w = this.steps - this.lastChange[i];
      for (let c = 0; c < D; c++) out[i * D + c] = (this.sum[i * D + c] + w * this.m[i * D + c]) / tau;
    }
    return out;
  }

  /**
   * A zero-mean-corrected (Stein) estimator of the equilibrium mean, evaluated at the current state:
   * g_i = R θ̂_i + R Σ_k J_ki P⊥_k m_k / ‖θ_k‖, P⊥_k = I − θ̂_k θ̂_kᵀ.
   *
   * Derivation: for p ∝ e^{−βH}, E[∇H] = 0 (integrate ∇e^{−βH}). With u_k = Rθ̂_k,
   * ∂u_k/∂m_i = R J_ki P⊥_k/‖θ_k‖ (symmetric), so ∇_i H = m_i − u_i − Σ_k R J_ki P⊥_k (m_k − u_k)/‖θ_k‖, and
   * P⊥_k u_k = 0 gives E[m_i] = E[g_i]. g is bounded by R(1 + Σ_k |J_ki| ‖m_k‖/‖θ_k‖), whereas m_i itself
   * fluctuates by √(D/β): at high temperature the time average of g has far less variance than that of m.
   * Costs O(N²D) (at N = 64, D = 32 about 330 µs here, 28 µs in the native kernel); call it every N steps or so.
   *
   * @param out - where to write it: a Float64Array of exactly N·D entries (a TypeError or RangeError
   *   naming `out` otherwise, whichever kernel runs).
   */
  steinMean(out: Float64Array = new Float64Array(this.N * this.D)): Float64Array {
    float64Array("ThesisSampler.steinMean", "out", out, this.N * this.D);
    if (this.compiled?.steinMean) {
      // The native kernel computes the same values (same operations, same order), ~12× faster.
      this.compiled.steinMean(this.R, out);
      return out;
    }
    const { N, D, R, m, theta } = this;
    const v = new Float64Array(N * D);
    for (let k = 0; k < N; k++) {
      const o = k * D;
      const tn = Math.sqrt(this.b[k]);
      const proj = this.a[k] / this.b[k]; // (m_k·θ_k)/‖θ_k‖²
      for (let c = 0; c < D; c++) {
        v[o + c] = (R * (m[o + c] - proj * theta[o + c])) / tn;
        out[o + c] = (R * theta[o + c]) / tn;
      }
    }
    const J = this.sys.J;
    for (let k = 0; k < N; k++) {
      const ok = k * D;
      for (let i = 0; i < N; i++) {
        const jki = J[k * N + i];
        if (jki === 0) continue;
        const oi = i * D;
        for (let c = 0; c < D; c++) out[oi + c] += jki * v[ok + c];
      }
    }
    return out;
  }

  /**
   * Tune σ during burn-in towards an acceptance rate (Robbins–Monro on log σ), then keep it fixed.
   * steps: a number in [0, 2^40]; targetAcceptance in (0, 1); batch (steps between updates of σ)
   * an integer in [1, 2^20].
   */
  tune(steps: number, targetAcceptance = 0.25, batch = 200): void {
    real("ThesisSampler.tune", "steps", steps, 0, MAX_RUN);
    real("ThesisSampler.tune", "targetAcceptance", targetAcceptance, 0, 1, { openLo: true, openHi: true });
    int("ThesisSampler.tune", "batch", batch, 1, 2 ** 20);
    let logSigma = Math.log(this.sigma);
    for (let done = 0, n = 1; done < steps; done += batch, n++) {
      const acc = this.run(batch) / batch;
      logSigma += (acc - targetAcceptance) * (2 / Math.sqrt(n));
      this.sigma = Math.exp(logSigma);
    }
  }
}

/**
 * The published step, recomputing θ and H in full for the current and the proposed state
 * (O(N²D)); draws from `rng` in the same order as {@link ThesisSampler.step}, so from equal seeds
 * the two chains coincide. Mutates `m`; returns whether the move was accepted.
 */
export function publishedStepReference(
  sys: SpinSystem,
  m: Float64Array,
  rng: Prng,
  beta: number,
  sigma: number,
  R: number,
): boolean {
  const fn = "publishedStepReference";
  checkSystem(sys);
  finiteFloat64Array(fn, "m", m, sys.N * sys.D);
  prngLike(fn, "rng", rng);
  real(fn, "β", beta, 0, Number.MAX_VALUE, { openLo: true });
  real(fn, "σ", sigma, 0, Number.MAX_VALUE, { openLo: true });
  real(fn, "R", R, 0, Number.MAX_VALUE);
  const { N, D } = sys;
  const i = Math.floor(rng.next() * N);
  const y = Float64Array.from(m);
  for (let c = 0; c < D; c++) y[i * D + c] += sigma * zigguratNormal(rng);
  const dH = lossHamiltonian(sys, y, y, R) - lossHamiltonian(sys, m, m, R);
  const accept = dH <= 0 || rng.next() < Math.exp(-beta * dH);
  if (accept) m.set(y);
  return accept;
}

/** Steps for a random walk of the thesis' sampler (all moves accepted, the β → 0 limit) to move each site an RMS distance ℓ: n = ℓ² N / (D σ²) = ℓ² N³ for σ = 1/(N√D). */
export function stepsToDiffuse(distance: number, N: number, D: number, sigma?: number): number {
  real("stepsToDiffuse", "distance", distance, 0, Number.MAX_VALUE);
  int("stepsToDiffuse", "N", N, 1, 2 ** 26);
  int("stepsToDiffuse", "D", D, 1, 2 ** 26);
  if (sigma === undefined) sigma = thesisSigma(N, D);
  real("stepsToDiffuse", "σ", sigma, 0, Number.MAX_VALUE, { openLo: true });
  return (distance * distance * N) / (D * sigma * sigma);
}
