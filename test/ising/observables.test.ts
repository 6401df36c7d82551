import { describe, expect, it } from "vitest";
import {
  enumerateIsing,
  isingChain,
  isingModel,
  thermoFromEnumeration,
  thermoFromStates,
} from "../../src/ising/index.js";

// Issue 11 §6: every field of Thermo against closed forms of systems small enough to sum by hand.
describe("thermoFromStates against closed forms", () => {
  it("one spin in a field h: ln(2 cosh βh), U = −h tanh βh, C = (βh)² sech² βh, S, ⟨m⟩ = tanh βh, χ, U₄ = 2/3", () => {
    for (const [beta, h] of [
      [0.7, 0.4],
      [1.9, -1.3],
    ]) {
      const t = thermoFromStates([-h, h], [1, -1], 1, beta);
      const th = Math.tanh(beta * h);
      const lnZ = Math.log(2 * Math.cosh(beta * h));
      expect(t.beta).toBe(beta);
      expect(t.logZ).toBeCloseTo(lnZ, 14);
      expect(t.U).toBeCloseTo(-h * th, 14);
      expect(t.C).toBeCloseTo((beta * h) ** 2 * (1 - th * th), 14);
      expect(t.S).toBeCloseTo(lnZ - beta * h * th, 14);
      expect(t.F).toBeCloseTo(-lnZ / beta, 14);
      expect(t.m).toBeCloseTo(th, 14);
      expect(t.absM).toBe(1);
      expect(t.m2).toBeCloseTo(1, 15);
      expect(t.m4).toBeCloseTo(1, 15);
      expect(t.chi).toBeCloseTo(beta * (1 - th * th), 14);
      expect(t.binder).toBeCloseTo(2 / 3, 15);
    }
  });

  it("two coupled spins (J, no field): ⟨m²⟩ = ⟨|m|⟩ = ⟨m⁴⟩ = e^{βJ}/(2 cosh βJ), ⟨m⟩ = 0, U = −J tanh βJ", () => {
    const [J, beta] = [0.9, 1.2];
    const en = enumerateIsing(isingModel(2, [[0, 1, J]]));
    const t = thermoFromEnumeration(en, beta);
    const p = Math.exp(beta * J) / (2 * Math.cosh(beta * J)); // probability of the two aligned states
    expect(t.logZ).toBeCloseTo(Math.log(4 * Math.cosh(beta * J)), 14);
    expect(t.U).toBeCloseTo(-J * Math.tanh(beta * J), 14);
    expect(t.C).toBeCloseTo((beta * J) ** 2 / Math.cosh(beta * J) ** 2, 14);
    expect(t.m).toBeCloseTo(0, 15);
    expect(t.absM).toBeCloseTo(p, 14);
    expect(t.m2).toBeCloseTo(p, 14);
    expect(t.m4).toBeCloseTo(p, 14);
    expect(t.chi).toBeCloseTo(beta * 2 * p, 13);
    expect(t.binder).toBeCloseTo(1 - 1 / (3 * p), 13);
    // Entropy of the four-state distribution by hand: −2p/2 ln(p/2) − 2(1−p)/2 ln((1−p)/2).
    expect(t.S).toBeCloseTo(-p * Math.log(p / 2) - (1 - p) * Math.log((1 - p) / 2), 13);
  });

  it("a multiplicity g counts a state g times (the same as listing it g times)", () => {
    const E = [-3, -1, 0.5, 2];
    const M = [4, 2, 0, -2];
    const g = [2, 5, 1, 3];
    const Erep: number[] = [];
    const Mrep: number[] = [];
    E.forEach((e, k) => {
      for (let r = 0; r < g[k]; r++) {
        Erep.push(e);
        Mrep.push(M[k]);
      }
    });
    const a = thermoFromStates(E, M, 4, 0.6, g);
    const b = thermoFromStates(Erep, Mrep, 4, 0.6);
    for (const key of ["logZ", "U", "C", "S", "F", "m", "absM", "m2", "m4", "chi", "binder"] as const)
      expect(a[key]).toBeCloseTo(b[key], 13);
    // And a multiplicity of 1 everywhere changes nothing.
    expect(thermoFromStates(E, M, 4, 0.6, [1, 1, 1, 1]).S).toBeCloseTo(thermoFromStates(E, M, 4, 0.6).S, 15);
  });

  it("shifts by the lowest energy, so energies of 10⁴ at β = 1 do not overflow", () => {
    const t = thermoFromStates([1e4, 1e4 + 1, 1e4 + 5], [1, 1, 1], 1, 1);
    const z = 1 + Math.exp(-1) + Math.exp(-5);
    expect(t.logZ).toBeCloseTo(-1e4 + Math.log(z), 10);
    expect(t.U).toBeCloseTo(1e4 + (Math.exp(-1) + 5 * Math.exp(-5)) / z, 10);
    // The minimum may sit anywhere in the list (here last; −1e4 would overflow e^{−β E} unshifted).
    const u = thermoFromStates([-1e3, -1e3 - 2], [0, 2], 2, 1);
    expect(u.logZ).toBeCloseTo(1e3 + 2 + Math.log(1 + Math.exp(-2)), 10);
    expect(u.m).toBeCloseTo(1 / (1 + Math.exp(-2)), 14);
    // Shifting by another state's energy would overflow: e^{1000}.
    const v = thermoFromStates([-1000, 0], [1, -1], 1, 1);
    expect(v.logZ).toBeCloseTo(1000, 10);
    expect(v.m).toBeCloseTo(1, 14);
  });

  it("the enumerated ring agrees with its fluctuation-dissipation derivatives (U = −∂lnZ/∂β, C = β²∂²lnZ/∂β²)", () => {
    const en = enumerateIsing(isingChain(8, { J: 1, h: 0.3 }));
    const b = 0.5;
    const d = 1e-4;
    const f = (x: number) => thermoFromEnumeration(en, x).logZ;
    const t = thermoFromEnumeration(en, b);
    expect(t.U).toBeCloseTo(-(f(b + d) - f(b - d)) / (2 * d), 6);
    expect(t.C).toBeCloseTo((b * b * (f(b + d) - 2 * f(b) + f(b - d))) / (d * d), 4);
    // S = βU + ln Z (thesis eq 2.5) holds for the directly computed S.
    expect(t.S).toBeCloseTo(b * t.U + t.logZ, 12);
  });

  it("refuses bad arguments naming them", () => {
    expect(() => thermoFromStates([0], [0], 1, 0)).toThrow(/β must be positive and finite, got 0/);
    expect(() => thermoFromStates([0], [0], 1, Number.POSITIVE_INFINITY)).toThrow(/β must be positive and finite/);
    expect(() => thermoFromStates([0], [0], 1, Number.NaN)).toThrow(/β must be positive and finite/);
    expect(() => thermoFromStates([0, 1], [0], 1, 1)).toThrow(/thermoFromStates: magnetization/);
    expect(() => thermoFromStates([], [], 1, 1)).toThrow(/thermoFromStates: energy/);
    expect(() => thermoFromStates([0, 1], [0, 0], 1, 1, [1])).toThrow(/thermoFromStates: multiplicity/);
    expect(() => thermoFromStates([0], [0], 0, 1)).toThrow(/thermoFromStates: N must be an integer/);
    expect(() => thermoFromEnumeration(null as never, 1)).toThrow(/thermoFromEnumeration: en/);
    const en = enumerateIsing(isingChain(3));
    expect(() => thermoFromEnumeration({ ...en, n: 0 }, 1)).toThrow(/thermoFromEnumeration: en\.n/);
    expect(() => thermoFromEnumeration({ ...en, magnetization: new Int16Array(3) }, 1)).toThrow(
      /thermoFromEnumeration: en\.magnetization/,
    );
    expect(() => thermoFromEnumeration({ ...en, energy: new Float64Array(0) }, 1)).toThrow(
      /thermoFromEnumeration: en\.energy/,
    );
  });
});
