import { describe, expect, it } from "vitest";
import { Prng } from "../../src/random/prng.js";
import { nmfSolve, nmfStep, tapField, tapSolve, tapStep, TapUndefined } from "../../src/spinglass/meanfield.js";
import { thesisSystem, type SpinSystem } from "../../src/spinglass/system.js";
import { largeDReadout } from "../../src/spinglass/readout.js";

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
