import { describe, expect, it } from "vitest";
import { Prng } from "../../src/random/prng.js";
import { nmfSolve, nmfStep, tapField, tapSolve, TapUndefined } from "../../src/spinglass/meanfield.js";
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
