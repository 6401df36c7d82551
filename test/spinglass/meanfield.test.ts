import { describe, expect, it, vi } from "vitest";

// gammaLargeD as the mean-field code sees it, replaceable per test (identity unless `broken.gamma`
// is set): nmfSolve's inlined fast loop must give way to the module road when the readout it
// copies is not the one in force (the liveness and NaN-poisoning checks rely on it).
// `calls` counts gammaLargeD's calls through the module (the inlined loop makes none).
const broken = vi.hoisted(() => ({ gamma: undefined as undefined | ((g: number) => number), calls: 0 }));
vi.mock("../../src/spinglass/readout.js", async (importOriginal) => {
  const m = await importOriginal<typeof import("../../src/spinglass/readout.js")>();
  return {
    ...m,
    gammaLargeD: (n: number, b: number, r: number) => {
      broken.calls++;
      const g = m.gammaLargeD(n, b, r);
      return broken.gamma ? broken.gamma(g) : g;
    },
  };
});
import { Prng } from "../../src/random/prng.js";
import {
  nmfSolve,
  nmfStep,
  readoutRows,
  tapField,
  tapSolve,
  tapStep,
  TapUndefined,
} from "../../src/spinglass/meanfield.js";
import { localFields, thesisSystem, type SpinSystem } from "../../src/spinglass/system.js";
import {
  gammaOfInverse,
  largeDReadout,
  largeDReadoutInverse,
  largeDReadoutJacobian,
} from "../../src/spinglass/readout.js";
import { solveLinear } from "../../src/linalg/solve.js";

describe("nMF and TAP", () => {
  const sys = thesisSystem(new Prng(4), { N: 6, D: 8 });
  const R = Math.sqrt(3);
  it("for J = 0 nMF is one readout of the field", () => {
    const s0: SpinSystem = { ...sys, J: new Float64Array(36) };
    const res = nmfSolve(s0, 0.7, R);
    const direct = largeDReadout(sys.x.subarray(0, 8), 0.7, R);
    for (let a = 0; a < 8; a++) expect(res.m[a]).toBeCloseTo(direct[a], 14);
  });
  it("the printed eq 2.24 equals the intended one when J is diagonal (Σ_j J_ij m_i = J_ii m_i)", () => {
    const diag: SpinSystem = { ...sys, J: new Float64Array(36).map((_, k) => (k % 7 === 0 ? 0.3 : 0)) };
    const m = new Float64Array(48).map((_, k) => Math.sin(k));
    const a = nmfStep(diag, m, 1, R, { printed: true });
    const b = nmfStep(diag, m, 1, R);
    for (let k = 0; k < 48; k++) expect(a[k]).toBeCloseTo(b[k], 14);
  });
  it("nmfSolve's fast large-D loop equals iterating nmfStep bit for bit (plain and damped, converged or not)", () => {
    const cases: [SpinSystem, number, number | undefined, number][] = [
      [sys, 0.5, undefined, 200],
      [sys, 1e3, undefined, 300],
      [sys, 1e3, 0.3, 300],
      [{ ...sys, J: new Float64Array(36).map((_, k) => (k % 5 === 0 ? 0 : sys.J[k])) }, 4, 0.05, 150],
    ];
    for (const [s, beta, damping, maxIter] of cases) {
      const m0 = new Float64Array(48).map((_, k) => 0.1 * Math.cos(k));
      const fast = nmfSolve(s, beta, R, { m0, damping, maxIter, tol: 1e-12 });
      let m: Float64Array = Float64Array.from(m0);
      const residuals: number[] = [];
      let converged = false;
      for (let t = 0; t < maxIter && !converged; t++) {
        const next = nmfStep(s, m, beta, R);
        if (damping !== undefined) for (let k = 0; k < 48; k++) next[k] = (1 - damping) * m[k] + damping * next[k];
        let d = 0;
        for (let k = 0; k < 48; k++) d += (next[k] - m[k]) ** 2;
        residuals.push(Math.sqrt(d));
        converged = Math.sqrt(d) <= 1e-12;
        m = next;
      }
      expect(fast.converged).toBe(converged);
      expect(fast.residuals).toEqual(residuals);
      expect(Array.from(fast.m)).toEqual(Array.from(m));
      expect(Array.from(m0)).toEqual(Array.from(new Float64Array(48).map((_, k) => 0.1 * Math.cos(k))));
    }
  });
  it("nmfSolve's loop equals iterating nmfStep bit for bit when D is not a multiple of 4 (the four-component passes and the leftovers)", () => {
    for (const [N, D] of [
      [5, 7],
      [3, 5],
      [4, 3],
      [7, 6],
    ]) {
      const s = thesisSystem(new Prng(10 * N + D), { N, D });
      const Rd = Math.sqrt(D / 2 - 1 + 0.5);
      const m0 = new Float64Array(N * D).map((_, k) => 0.1 * Math.sin(k + 1));
      const maxIter = 120;
      const fast = nmfSolve(s, 2, Rd, { m0, maxIter, tol: 1e-12 });
      let m: Float64Array = Float64Array.from(m0);
      const residuals: number[] = [];
      for (let t = 0; t < maxIter; t++) {
        const next = nmfStep(s, m, 2, Rd);
        let d = 0;
        for (let k = 0; k < N * D; k++) d += (next[k] - m[k]) ** 2;
        residuals.push(Math.sqrt(d));
        m = next;
        if (Math.sqrt(d) <= 1e-12) break;
      }
      expect(fast.residuals).toEqual(residuals);
      expect(Array.from(fast.m)).toEqual(Array.from(m));
    }
  });
  it("damping keeps the fixed point", () => {
    const a = nmfSolve(sys, 0.5, R).m;
    const b = nmfSolve(sys, 0.5, R, { damping: 0.4 }).m;
    for (let k = 0; k < a.length; k++) expect(b[k]).toBeCloseTo(a[k], 10);
  });
  it("with J = 0 the TAP field is the nMF field (every J-dependent term vanishes except through v)", () => {
    const s0: SpinSystem = { ...sys, J: new Float64Array(36) };
    const m0 = nmfSolve(s0, 0.5, R).m;
    const { f } = tapField(s0, m0, m0, 0.5, R);
    // At the nMF fixed point φ⁻¹(m) = x, so v = 0 and the second-order term vanishes.
    for (let k = 0; k < f.length; k++) expect(f[k]).toBeCloseTo(s0.x[k], 9);
  });
  it("TAP settles at high temperature and throws TapUndefined outside the ball", () => {
    expect(tapSolve(sys, 0.1, R).settled).toBe(true);
    const big = new Float64Array(48).fill(1);
    expect(() => tapField(sys, big, big, 1, R)).toThrow(TapUndefined);
  });
});

describe("TAP: domain (issue 15)", () => {
  const sys = thesisSystem(new Prng(2), { N: 4, D: 3 });
  const m = new Float64Array(12).fill(0.1);
  it("names beta, R, m0, sys and the options instead of crashing or blaming the ball", () => {
    expect(() => tapField(sys, m, m, -1, 1)).toThrow(/tapField: beta must be finite and > 0, got -1/);
    expect(() => tapStep(sys, m, 0.2, Number.NaN)).toThrow(/tapStep: R must be finite/);
    expect(() => tapStep(sys, new Float64Array(2), 0.2, 1)).toThrow(/tapStep: m0 must have length 12/);
    expect(() => tapStep(sys, m, 0.2, 1, { tol: Number.POSITIVE_INFINITY })).toThrow(/options\.tol must be finite/);
    expect(() => tapSolve(5 as unknown as SpinSystem, 0.2, 1)).toThrow(/tapSolve: sys must be a SpinSystem/);
    expect(() => tapSolve(sys, 0.2, 1, { steps: 1e9 })).toThrow(/options\.steps must be an integer in \[1, 100000\]/);
    expect(() => tapStep(sys, m, 0.2, 1, { maxIter: 0 })).toThrow(
      /options\.maxIter must be an integer in \[1, 100000\]/,
    );
  });
  it("an m0 outside the ball is a TapUndefined, which is a RangeError naming m0; tapSolve still reports breakdown", () => {
    const big = new Float64Array(12).fill(1);
    let err: unknown;
    try {
      tapStep(sys, big, 0.2, 1);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(TapUndefined);
    expect(err).toBeInstanceOf(RangeError);
    expect(String((err as Error).message)).toMatch(/TAP: m0 row 0 has norm/);
    const r = tapSolve(sys, 0.2, 1, { m0: big });
    expect([r.defined, r.steps]).toEqual([false, 1]);
  });
  it("takes the limits: maxIter 10^5 and depth 64 run (and converge fast at high temperature)", () => {
    const r = tapStep(sys, m, 0.1, 1, { maxIter: 1e5, depth: 64, tol: 1e-12 });
    expect(r.converged).toBe(true);
    expect(() => tapStep(sys, m, 0.1, 1, { depth: 65 })).toThrow(/options\.depth must be an integer in \[1, 64\]/);
  });
});

// Second roads for the mean-field references (issue 11 §6): the readout from its Bessel closed
// form, TAP's correction from an explicit linear solve, and ∂²m/∂α² from finite differences of φ.
describe("nMF and TAP against second roads", () => {
  const N = 3;
  const D = 4;
  const R = Math.sqrt(D / 2); // R² = D/2: the large-D covariance I/2 at m = 0 then has the sphere's trace R².
  const beta = 0.8;
  const sys = thesisSystem(new Prng(7), { N, D });
  const rng = new Prng(9);
  const m1 = new Float64Array(N * D).map(() => 0.3 * rng.normal());
  const m0 = new Float64Array(N * D).map(() => 0.3 * rng.normal());
  const row = (v: Float64Array, i: number) => v.slice(i * D, (i + 1) * D);
  const phi = (t: ArrayLike<number>) => largeDReadout(t, beta, R);

  /** D²φ(θ)[Σ] = Σ_kl Σ_kl ∂²φ/∂θ_k∂θ_l by central differences (error O(h²) ≈ 1e-7 here). */
  const secondDerivative = (theta: Float64Array, S: Float64Array): Float64Array => {
    const h = 1e-3;
    const out = new Float64Array(D);
    const at = (dk: number, k: number, dl: number, l: number) => {
      const t = Float64Array.from(theta);
      t[k] += dk * h;
      t[l] += dl * h;
      return phi(t);
    };
    for (let k = 0; k < D; k++)
      for (let l = 0; l < D; l++) {
        const pp = at(1, k, 1, l);
        const pm = at(1, k, -1, l);
        const mp = at(-1, k, 1, l);
        const mm = at(-1, k, -1, l);
        for (let a = 0; a < D; a++) out[a] += (S[k * D + l] * (pp[a] - pm[a] - mp[a] + mm[a])) / (4 * h * h);
      }
    return out;
  };
  const outer = (u: ArrayLike<number>, c = 1) => {
    const S = new Float64Array(D * D);
    for (let k = 0; k < D; k++) for (let l = 0; l < D; l++) S[k * D + l] = c * u[k] * u[l];
    return S;
  };
  const expectNear = (got: ArrayLike<number>, want: ArrayLike<number>, rel: number, what: string) => {
    const scale = Math.max(...Array.from(want, Math.abs));
    for (let a = 0; a < want.length; a++) expect(Math.abs(got[a] - want[a]), `${what}[${a}]`).toBeLessThan(rel * scale);
  };

  it("tapField's correction is ½ (∂φ/∂θ)⁻¹ d2 at θ = φ⁻¹(m1) (Sherman–Morrison vs Gaussian elimination)", () => {
    const { f, d2 } = tapField(sys, m1, m0, beta, R);
    const h0 = localFields(sys, m0);
    for (let i = 0; i < N; i++) {
      const jac = largeDReadoutJacobian(largeDReadoutInverse(row(m1, i), beta, R), beta, R);
      const x = solveLinear(jac, row(d2, i), D);
      expectNear(
        row(f, i).map((v, a) => v - h0[i * D + a]),
        x.map((v) => v / 2),
        1e-12,
        `f−h0 row ${i}`,
      );
    }
  });
  it("with J = 0, d2 is φ's second derivative along v = x − φ⁻¹(m1) (m(α) = φ(θ1 + α v))", () => {
    const s0: SpinSystem = { ...sys, J: new Float64Array(N * N) };
    const { d2 } = tapField(s0, m1, m0, beta, R);
    for (let i = 0; i < N; i++) {
      const t1 = largeDReadoutInverse(row(m1, i), beta, R);
      const v = t1.map((t, a) => s0.x[i * D + a] - t);
      expectNear(row(d2, i), secondDerivative(t1, outer(v)), 1e-5, `d2 row ${i}`);
    }
  });
  it("with J ≠ 0, d2 adds Σ_j J_ij² D²φ[C_j]: C_j the large-D covariance of spin j, trace R² − ‖m0_j‖²", () => {
    // C_j = I/(1+γ0) − m0_j m0_jᵀ/(R² γ0) with γ0 = γ(φ⁻¹(m0_i)) of site i (as published), whose
    // trace is replaced by the sphere's E‖s‖² − ‖m‖² = R² − ‖m0_j‖² along a direction e ⊥ m1_i
    // (D²φ[e eᵀ] only moves the trace term there). h0 = x + J m0 enters through v.
    const { d2 } = tapField(sys, m1, m0, beta, R);
    const h0 = localFields(sys, m0);
    for (let i = 0; i < N; i++) {
      const mi = row(m1, i);
      const t1 = largeDReadoutInverse(mi, beta, R);
      const v = t1.map((t, a) => h0[i * D + a] - t);
      const m0i = row(m0, i);
      const g0 = gammaOfInverse(
        m0i.reduce((s, t) => s + t * t, 0),
        R,
      );
      // e ⊥ m1_i: Gram–Schmidt of the first axis.
      const mn2 = mi.reduce((s, t) => s + t * t, 0);
      const e = Float64Array.from({ length: D }, (_, a) => (a === 0 ? 1 : 0) - (mi[0] * mi[a]) / mn2);
      const en = Math.hypot(...e);
      for (let a = 0; a < D; a++) e[a] /= en;
      const S = outer(v);
      for (let j = 0; j < N; j++) {
        const c2 = sys.J[i * N + j] ** 2;
        const mj = row(m0, j);
        const mj2 = mj.reduce((s, t) => s + t * t, 0);
        const trC = D / (1 + g0) - mj2 / (R * R * g0);
        const C = outer(mj, -1 / (R * R * g0));
        for (let a = 0; a < D; a++) C[a * D + a] += 1 / (1 + g0);
        const E = outer(e, R * R - mj2 - trC);
        for (let k = 0; k < D * D; k++) S[k] += c2 * (C[k] + E[k]);
      }
      expectNear(row(d2, i), secondDerivative(t1, S), 1e-5, `d2 row ${i}`);
    }
  });
  it("readoutRows: 'exact' is R·(coth κ − 1/κ)·θ/‖θ‖ for D = 3 (κ = βR‖θ‖), 'large-d' is βθ/(1+γ); a zero row stays 0", () => {
    const theta = Float64Array.from([0.3, -0.4, 1.2, 0, 0, 0, 2, 1, -2]);
    const ex = readoutRows(theta, 3, 3, 1.3, 2, "exact");
    const ld = readoutRows(theta, 3, 3, 1.3, 2, "large-d");
    for (let i = 0; i < 3; i++) {
      const t = theta.slice(3 * i, 3 * i + 3);
      const n = Math.hypot(...t);
      const k = 1.3 * 2 * n;
      const ld2 = largeDReadout(t, 1.3, 2);
      for (let a = 0; a < 3; a++) {
        const want = n === 0 ? 0 : (2 * (1 / Math.tanh(k) - 1 / k) * t[a]) / n;
        expect(Math.abs(ex[3 * i + a] - want), `exact row ${i}`).toBeLessThan(1e-14);
        expect(Math.abs(ld[3 * i + a] - ld2[a]), `large-d row ${i}`).toBeLessThan(1e-15);
      }
    }
    const out = new Float64Array(9);
    expect(readoutRows(theta, 3, 3, 1.3, 2, "exact", out)).toBe(out);
    expect(() => readoutRows(theta, 3, 3, 1.3, 2, "exact", new Float64Array(8))).toThrow(
      /readoutRows: out must have length 9/,
    );
    expect(() => readoutRows(theta, 3, 3, 1.3, 2, "bessel" as never)).toThrow(/readoutRows: readout must be one of/);
    expect(() => readoutRows(theta, 3, 3, 0, 2, "exact")).toThrow("readoutRows: β must be finite and > 0, got 0");
    expect(() => readoutRows(theta, 3, 3, 1, -2, "exact")).toThrow("readoutRows: R must be finite and > 0, got -2");
  });
  it("the printed eq 2.24 uses site i's own magnetization: θ_i = x_i + (Σ_j J_ij) m_i", () => {
    const m = new Float64Array(N * D).map((_, k) => 0.2 * Math.sin(k + 1));
    const got = nmfStep(sys, m, beta, R, { printed: true });
    for (let i = 0; i < N; i++) {
      let rs = 0;
      for (let j = 0; j < N; j++) rs += sys.J[i * N + j];
      const t = row(sys.x, i).map((v, a) => v + rs * m[i * D + a]);
      expectNear(row(got, i), phi(t), 1e-14, `row ${i}`);
    }
  });
  it("nmfSolve's other loop (printed / exact readout, damped) ends at a fixed point of its own step", () => {
    for (const options of [{ printed: true }, { readout: "exact" as const }, { printed: true, damping: 0.5 }]) {
      const res = nmfSolve(sys, beta, R, { ...options, tol: 1e-13 });
      expect(res.converged, JSON.stringify(options)).toBe(true);
      expect(res.residuals.length).toBe(res.iterations);
      expect(res.residuals[res.iterations - 1]).toBeLessThanOrEqual(1e-13);
      const again = nmfStep(sys, res.m, beta, R, options);
      expectNear(again, res.m, 1e-12, JSON.stringify(options));
    }
  });
  it("nmfSolve stops at maxIter unconverged, reporting every residual; maxIter 0 returns the start", () => {
    for (const printed of [false, true]) {
      const res = nmfSolve(sys, beta, R, { maxIter: 3, printed });
      expect([res.converged, res.iterations, res.residuals.length]).toEqual([false, 3, 3]);
      let m: Float64Array = new Float64Array(N * D);
      for (let t = 0; t < 3; t++) m = nmfStep(sys, m, beta, R, { printed });
      expect(Array.from(res.m)).toEqual(Array.from(m));
    }
    const start = new Float64Array(N * D).fill(0.1);
    const none = nmfSolve(sys, beta, R, { maxIter: 0, m0: start });
    expect([none.converged, none.iterations, none.residuals.length]).toEqual([false, 0, 0]);
    expect(Array.from(none.m)).toEqual(Array.from(start));
    expect(none.m).not.toBe(start);
  });
  it("nmfSolve names its arguments", () => {
    expect(() => nmfSolve(sys, 0, R)).toThrow("nmfSolve: β must be finite and > 0, got 0");
    expect(() => nmfSolve(sys, 1, Number.NaN)).toThrow("nmfSolve: R must be finite, got NaN");
    expect(() => nmfSolve(sys, 1, -1)).toThrow("nmfSolve: R must be finite and > 0, got -1");
    expect(() => nmfSolve(sys, 1, R, { tol: -1 })).toThrow(/^nmfSolve: tol must be in/);
    expect(() => nmfSolve(sys, 1, R, { maxIter: 1.5 })).toThrow(
      /^nmfSolve: maxIter must be an integer in \[0, 10000000\]/,
    );
    expect(() => nmfSolve(sys, 1, R, { m0: new Float64Array(2) })).toThrow(/^nmfSolve: m0 must have length 12/);
    expect(() => nmfSolve(sys, 1, R, null as never)).toThrow(/^nmfSolve: options must be an object/);
    for (const damping of [0, 1.5, Number.NaN])
      expect(() => nmfSolve(sys, 1, R, { damping })).toThrow(`nmfSolve: damping must be in (0, 1], got ${damping}`);
    expect(nmfSolve(sys, 1, R, { damping: 1 }).converged).toBe(true);
  });
  it("a settled TAP solution is a fixed point of the TAP map; each step meets its Anderson tolerance", () => {
    const res = tapSolve(sys, 0.3, R, { tol: 1e-10, settleTol: 1e-9, steps: 200 });
    expect([res.defined, res.settled]).toEqual([true, true]);
    expect(res.solvedSteps).toBe(res.steps);
    const step = tapStep(sys, res.m, 0.3, R, { tol: 1e-10 });
    expect(step.converged).toBe(true);
    expectNear(step.m, res.m, 1e-8, "TAP(m) − m");
    // The returned iterate solves m1 = φ(f(m1, m0)) to the tolerance, recomputed here.
    const fixed = readoutRows(tapField(sys, step.m, res.m, 0.3, R).f, N, D, 0.3, R, "large-d");
    let r = 0;
    for (let k = 0; k < fixed.length; k++) r += (fixed[k] - step.m[k]) ** 2;
    expect(Math.sqrt(r)).toBeLessThanOrEqual(1e-10);
    expect(step.residual).toBeLessThanOrEqual(1e-10);
  });
  it("tapStep: Anderson depth 1 and 5 reach the same root; a 1-iteration budget reports no convergence", () => {
    const a = tapStep(sys, m0, 0.3, R, { tol: 1e-11, depth: 1 });
    const b = tapStep(sys, m0, 0.3, R, { tol: 1e-11, depth: 5 });
    expect([a.converged, b.converged]).toEqual([true, true]);
    expectNear(a.m, b.m, 1e-9, "depth 1 vs 5");
    const one = tapStep(sys, m0, 0.3, R, { tol: 1e-11, maxIter: 1 });
    expect([one.converged, one.iterations]).toEqual([false, 1]);
    expect(one.residual).toBeGreaterThan(1e-11);
    // One iteration from φ(x + J m0) is one readout of the TAP field there.
    const start = readoutRows(localFields(sys, m0), N, D, 0.3, R, "large-d");
    expectNear(one.m, readoutRows(tapField(sys, start, m0, 0.3, R).f, N, D, 0.3, R, "large-d"), 1e-15, "one step");
  });
});

describe("nmfSolve follows the readout in force, not its inlined copy", () => {
  const sys = thesisSystem(new Prng(3), { N: 4, D: 3 });
  const R = Math.sqrt(1.5);
  it("a readout returning NaN is an error at step 1, never 'did not converge'", () => {
    broken.gamma = () => Number.NaN;
    try {
      expect(() => nmfSolve(sys, 0.5, R)).toThrow(RangeError);
      expect(() => nmfSolve(sys, 0.5, R)).toThrow(/^nmfSolve: non-finite iterate at step 1 \(β = 0\.5, residual NaN\)/);
    } finally {
      broken.gamma = undefined;
    }
  });
  it("a changed (finite) readout moves the fixed point to the changed map's", () => {
    const plain = nmfSolve(sys, 0.5, R);
    broken.gamma = (g) => 1.5 * g;
    try {
      const res = nmfSolve(sys, 0.5, R);
      expect(res.converged).toBe(true);
      const again = nmfStep(sys, res.m, 0.5, R);
      for (let k = 0; k < again.length; k++) expect(Math.abs(again[k] - res.m[k])).toBeLessThan(1e-11);
      let moved = 0;
      for (let k = 0; k < res.m.length; k++) moved = Math.max(moved, Math.abs(res.m[k] - plain.m[k]));
      expect(moved).toBeGreaterThan(1e-3);
    } finally {
      broken.gamma = undefined;
    }
  });
});

describe("TAP: breakdown, budgets and option messages", () => {
  const sys = thesisSystem(new Prng(2), { N: 4, D: 3 });
  const m = new Float64Array(12).fill(0.1);
  it("tapField names the row of m1 or m0 that leaves the ball, as a TapUndefined", () => {
    const out = Float64Array.from(m);
    out[3] = 2; // row 1 of m1: ‖m1_1‖ = √(4 + 0.02)
    let err: unknown;
    try {
      tapField(sys, out, m, 0.2, 1);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(TapUndefined);
    expect((err as Error).name).toBe("TapUndefined");
    expect((err as Error).message).toBe(`TAP: m1 row 1 has norm ‖m1_1‖ = ${Math.sqrt(4.02)}, not < R = 1`);
    expect(() => tapField(sys, m, out, 0.2, 1)).toThrow(
      `TAP: m0 row 1 has norm ‖m0_1‖ = ${Math.sqrt(4.02)}, not < R = 1`,
    );
    // On the sphere itself (‖m‖ = R) φ⁻¹ is undefined too.
    const edge = new Float64Array(12);
    edge[0] = 1;
    expect(() => tapField(sys, edge, m, 0.2, 1)).toThrow(/^TAP: m1 row 0 has norm ‖m1_0‖ = 1, not < R = 1/);
  });
  it("tapSolve stops after `steps` unsettled, counting the solved steps; a start m0 is used as given", () => {
    const r = tapSolve(sys, 0.2, 1, { steps: 1, settleTol: 0 });
    expect([r.defined, r.settled, r.steps, r.solvedSteps]).toEqual([true, false, 1, 1]);
    // One step from φ(x) is tapStep from φ(x).
    const start = readoutRows(Float64Array.from(sys.x), 4, 3, 0.2, 1, "large-d");
    expect(Array.from(r.m)).toEqual(Array.from(tapStep(sys, start, 0.2, 1).m));
    const fromM = tapSolve(sys, 0.2, 1, { steps: 1, m0: m });
    expect(Array.from(fromM.m)).toEqual(Array.from(tapStep(sys, m, 0.2, 1).m));
    // Inner solves limited to one Anderson iteration at a tight tolerance: none is solved.
    const unsolved = tapSolve(sys, 0.2, 1, { steps: 3, maxIter: 1, tol: 1e-14 });
    expect([unsolved.settled, unsolved.steps, unsolved.solvedSteps]).toEqual([false, 3, 0]);
  });
  it("tapSolve and tapStep name their options", () => {
    expect(() => tapSolve(sys, 0.2, 1, null as never)).toThrow(/^tapSolve: options must be an object/);
    expect(() => tapSolve(sys, 0.2, 1, { settleTol: -1 })).toThrow(
      /^tapSolve: options\.settleTol must be finite and ≥ 0, got -1/,
    );
    expect(() => tapSolve(sys, 0.2, 1, { m0: new Float64Array(3) })).toThrow(
      /^tapSolve: options\.m0 must have length 12/,
    );
    expect(() => tapSolve(sys, 0, 1)).toThrow(/^tapSolve: beta must be finite and > 0, got 0/);
    expect(() => tapStep(sys, m, 0.2, 1, { tol: -1 })).toThrow(/^tapStep: options\.tol must be finite and ≥ 0, got -1/);
    expect(() => tapStep(sys, m, 0.2, 1, { depth: 0 })).toThrow(
      /^tapStep: options\.depth must be an integer in \[1, 64\]/,
    );
    expect(() => tapStep(sys, m, 0.2, 1, null as never)).toThrow(/^tapStep: options must be an object/);
    expect(() => tapField(sys, new Float64Array(2), m, 0.2, 1)).toThrow(/^tapField: m1 must have length 12/);
    expect(() => tapField(sys, m, new Float64Array(2), 0.2, 1)).toThrow(/^tapField: m0 must have length 12/);
    expect(() => tapField(sys, m, m, 0.2, 0)).toThrow(/^tapField: R must be finite and > 0, got 0/);
  });
});

describe("nmfSolve's two roads, their stopping rule and the argument names", () => {
  const N = 6;
  const R = Math.sqrt(2);
  it("the inlined loop runs after one probe step: the module readout is called N times (once per row), however many steps follow", () => {
    for (const D of [8, 7, 5, 3])
      for (const options of [{}, { damping: 0.3 }, { readout: "large-d" as const }]) {
        const sys = thesisSystem(new Prng(20 + D), { N, D });
        broken.calls = 0;
        const res = nmfSolve(sys, 0.8, R, { ...options, tol: 1e-13 });
        const what = `D = ${D}, ${JSON.stringify(options)}`;
        expect(res.converged, what).toBe(true);
        expect(res.iterations, what).toBeGreaterThan(5);
        expect(broken.calls, what).toBe(N);
        // The module road (printed eq 2.24) reads out every row at every step.
        broken.calls = 0;
        const printed = nmfSolve(sys, 0.8, R, { ...options, printed: true, tol: 1e-13 });
        expect(broken.calls, what).toBe(N * printed.iterations);
      }
  });

  it("the module road damps: one step is (1 − α) m0 + α F(m0), its residual α‖F(m0) − m0‖", () => {
    const D = 3;
    const sys = thesisSystem(new Prng(31), { N, D });
    const m0 = new Float64Array(N * D).map((_, k) => 0.2 * Math.sin(k + 1));
    for (const options of [{ printed: true }, { readout: "exact" as const }]) {
      const F = nmfStep(sys, m0, 0.9, R, options);
      const res = nmfSolve(sys, 0.9, R, { ...options, m0, damping: 0.25, maxIter: 1 });
      let d2 = 0;
      for (let k = 0; k < F.length; k++) {
        expect(res.m[k]).toBeCloseTo(0.75 * m0[k] + 0.25 * F[k], 15);
        d2 += (F[k] - m0[k]) ** 2;
      }
      expect(res.residuals[0]).toBeCloseTo(0.25 * Math.sqrt(d2), 14);
    }
  });

  it("stops when the residual reaches tol exactly (tol 0): with J = 0 the second step repeats the first", () => {
    // F(m) = φ(x) for every m when J = 0, so m_2 = m_1 bit for bit and the residual is exactly 0.
    const D = 5;
    const sys0: SpinSystem = { ...thesisSystem(new Prng(32), { N, D }), J: new Float64Array(N * N) };
    for (const options of [{}, { printed: true }, { readout: "exact" as const }]) {
      const res = nmfSolve(sys0, 0.9, R, { ...options, tol: 0, maxIter: 10 });
      expect([res.converged, res.iterations, res.residuals[1]], JSON.stringify(options)).toEqual([true, 2, 0]);
    }
  });

  it("readoutRows, nmfStep, nmfSolve and tapField name the argument at fault", () => {
    const D = 3;
    const sys = thesisSystem(new Prng(33), { N, D });
    const theta = new Float64Array(N * D).fill(0.1);
    expect(() => readoutRows(theta, 0, D, 1, R, "large-d")).toThrow(
      /^readoutRows: N must be an integer in \[1, 8192\]/,
    );
    // N · D ≤ 2^26: at N = 2^13, D may be at most 2^13.
    expect(() => readoutRows(theta, 2 ** 13, 2 ** 13 + 1, 1, R, "large-d")).toThrow(
      /^readoutRows: D must be an integer in \[1, 8192\]/,
    );
    expect(() => readoutRows(new Float64Array(3), N, D, 1, R, "large-d")).toThrow(
      /^readoutRows: θ must have length 18/,
    );
    const bad = Float64Array.from(theta);
    bad[1] = Number.NaN;
    expect(() => readoutRows(bad, N, D, 1, R, "large-d")).toThrow(/^readoutRows: θ\[1\] must be finite/);
    expect(() => readoutRows(theta, N, D, 1, 0, "large-d")).toThrow("readoutRows: R must be finite and > 0, got 0");
    expect(() => readoutRows(theta, N, D, 0, R, "large-d")).toThrow("readoutRows: β must be finite and > 0, got 0");
    expect(() => nmfStep(sys, new Float64Array(3), 1, R)).toThrow(/^nmfStep: m must have length 18/);
    expect(() => nmfStep(sys, theta, 1, R, null as never)).toThrow(/^nmfStep: options must be an object/);
    expect(() => nmfSolve(sys, 1, 0)).toThrow("nmfSolve: R must be finite and > 0, got 0");
    expect(() => tapField({ ...sys, x: new Float64Array(1) }, theta, theta, 1, R)).toThrow(/^tapField: /);
  });

  it("tapField's ball is ‖m0_j‖ < R: a row on the sphere is outside, a row of norm 1.5 inside R = 2", () => {
    const D = 3;
    const sys = thesisSystem(new Prng(34), { N: 2, D });
    const m1 = new Float64Array(2 * D).fill(0.1);
    expect(() => tapField(sys, m1, Float64Array.from([0, 0, 0, 1, 0, 0]), 0.5, 1)).toThrow(/m0 row 1/);
    const inside = Float64Array.from([0, 0, 0, 0, 1.5, 0]);
    expect(() => tapField(sys, m1, inside, 0.5, 2)).not.toThrow();
  });
});

describe("tapStep's Anderson acceleration against the plain iteration m ← φ(f(m, m0))", () => {
  it("reaches the plain iteration's root in under a quarter of its steps (depth 1, 2, 5 and the default)", () => {
    const N = 6;
    const D = 4;
    const beta = 1.5;
    const sys = thesisSystem(new Prng(5), { N, D });
    const R = Math.sqrt(D / 2 - 1);
    const m0 = nmfStep(sys, new Float64Array(N * D), beta, R);
    const tol = 1e-10;
    // The second road: the unaccelerated fixed-point iteration from tapStep's published start φ(x + J m0).
    let x = nmfStep(sys, m0, beta, R);
    let plain = -1;
    for (let k = 0; k < 5000 && plain < 0; k++) {
      const g = readoutRows(tapField(sys, x, m0, beta, R).f, N, D, beta, R, "large-d");
      let r = 0;
      for (let i = 0; i < g.length; i++) r += (g[i] - x[i]) ** 2;
      if (Math.sqrt(r) <= tol) plain = k;
      else x = g;
    }
    expect(plain).toBeGreaterThan(100); // slow enough for acceleration to show
    for (const depth of [1, 2, 5, undefined]) {
      const res = tapStep(sys, m0, beta, R, { tol, maxIter: 5000, ...(depth === undefined ? {} : { depth }) });
      expect(res.converged, `depth ${depth}`).toBe(true);
      expect(res.iterations, `depth ${depth}`).toBeLessThan(plain / 4);
      for (let k = 0; k < x.length; k++) expect(Math.abs(res.m[k] - x[k]), `depth ${depth}`).toBeLessThan(1e-8);
    }
  });
});
