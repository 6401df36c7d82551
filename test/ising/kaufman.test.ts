import { Decimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  densityOfStates,
  energyHistogram,
  isingTorusLogZ,
  kaufmanLogZ,
  kaufmanThermo,
  onsagerMinusBetaF,
  rowTransferLogZ,
  squareLattice,
} from "../../src/ising/index.js";

describe("Kaufman's finite torus", () => {
  it("agrees with the enumerated 4×4 density of states to 35 digits on both sides of T_c", () => {
    const hist = energyHistogram(densityOfStates(squareLattice(4, 4)));
    const D = Decimal.clone({ precision: 60 });
    for (const beta of ["0.2", "0.4406", "0.9"]) {
      let z = new D(0);
      for (const [E, g] of hist) z = z.plus(D.exp(new D(beta).times(-E)).times(g));
      const diff = kaufmanLogZ(4, 4, beta, 45).minus(D.ln(z)).abs();
      expect(diff.lt("1e-35")).toBe(true);
    }
  });
  it("agrees with the row transfer matrix on a rectangular 3×5 torus", () => {
    expect(
      kaufmanLogZ(3, 5, "0.37", 40)
        .minus(rowTransferLogZ(3, 5, "0.37", { digits: 40 }))
        .abs()
        .lt("1e-35"),
    ).toBe(true);
  });
  it("tends to N ln 2 at high temperature and to 2N β + ln 2 at low temperature (L = 8)", () => {
    expect(kaufmanLogZ(8, 8, 1e-6, 30).toNumber()).toBeCloseTo(64 * Math.LN2, 6);
    expect(kaufmanLogZ(8, 8, 5, 30).toNumber()).toBeCloseTo(128 * 5 + Math.LN2, 6);
  });
  it("exposes isingTorusLogZ with String() giving the digits", () => {
    const v = isingTorusLogZ(4, 0.4, { digits: 30 });
    expect(String(v).replace(/[-.]/g, "").length).toBeGreaterThanOrEqual(29);
    expect(() => isingTorusLogZ(1, 0.4)).toThrow(RangeError);
    expect(() => isingTorusLogZ(4, -1)).toThrow(RangeError);
  });
  it("gives U and C by differentiation that match the energy histogram", () => {
    const hist = energyHistogram(densityOfStates(squareLattice(4, 4)));
    const beta = 0.35;
    let z = 0,
      e1 = 0,
      e2 = 0;
    for (const [E, g] of hist) {
      const w = g * Math.exp(-beta * E);
      z += w;
      e1 += w * E;
      e2 += w * E * E;
    }
    const t = kaufmanThermo(4, 4, beta);
    expect(t.U).toBeCloseTo(e1 / z, 9);
    expect(t.C).toBeCloseTo(beta * beta * (e2 / z - (e1 / z) ** 2), 8);
  });

  it("holds at the edges of its stated domain (β = 10⁶ and 10⁻¹⁰⁰, L = 4096)", () => {
    const D = Decimal.clone({ precision: 60 });
    // β = 10⁶: only the two ground states count (the next states are e^{−8·10⁶} below): 2Nβ + ln 2.
    expect(String(isingTorusLogZ(4, 1e6))).toBe(String(new D(32e6).plus(D.ln(2)).toSD(40)));
    // β = 10⁻¹⁰⁰: N ln 2 + Nβ² + …, the correction far below 40 digits.
    expect(String(isingTorusLogZ(4, "1e-100"))).toBe(String(D.ln(2).times(16).toSD(40)));
    // L = 4096 at β = 0.3 (short correlation length): ln Z / N is Onsager's −βf to double accuracy.
    const perSpin = isingTorusLogZ(4096, 0.3, { digits: 20 }).toNumber() / 4096 ** 2;
    expect(Math.abs(perSpin - onsagerMinusBetaF(0.3))).toBeLessThan(1e-14);
  });

  it("refuses arguments outside its domain with a RangeError naming the argument and value", () => {
    expect(() => isingTorusLogZ(1e6, 0.4)).toThrow(/isingTorusLogZ: L must be an integer in \[2, 4096\], got 1000000/);
    expect(() => isingTorusLogZ(4097, 0.4)).toThrow(/L must be .* got 4097/);
    expect(() => kaufmanLogZ(4, 4097, 0.4)).toThrow(/kaufmanLogZ: n must be .* got 4097/);
    expect(() => isingTorusLogZ(4, 1.000001e6)).toThrow(/isingTorusLogZ: beta must be .* got 1000001/);
    expect(() => isingTorusLogZ(4, "1e-101")).toThrow(/beta must be .* got 1e-101/);
    for (const b of [0, Number.NaN, Number.POSITIVE_INFINITY, "abc"])
      expect(() => isingTorusLogZ(4, b)).toThrow(RangeError);
    expect(() => isingTorusLogZ(4, 0.4, { digits: 1001 })).toThrow(
      /digits must be an integer in \[5, 1000\], got 1001/,
    );
    expect(() => kaufmanThermo(4, 4, Number.NaN)).toThrow(/kaufmanThermo: beta must be a finite number, got NaN/);
  });

  it("on bad arguments (fuzzed) returns a finite value or throws a RangeError/TypeError naming the function, quickly", () => {
    const sizes = [Number.NaN, Number.POSITIVE_INFINITY, -1, 0, 1, 1.5, 4097, 1e6, "4", null, 2, 3, 8];
    const betas = [
      Number.NaN,
      Number.NEGATIVE_INFINITY,
      0,
      -1,
      "abc",
      "",
      null,
      {},
      "1e-101",
      1e7,
      "1e-100",
      1e6,
      0.44,
      "0.44",
    ];
    const digitsPool = [undefined, 0, 4, 5, 40, 1000, 1001, 1.5, Number.NaN];
    fc.assert(
      fc.property(
        fc.constantFrom(...sizes),
        fc.constantFrom(...betas),
        fc.constantFrom(...digitsPool),
        (L, beta, digits) => {
          const t = performance.now();
          try {
            expect(isingTorusLogZ(L as never, beta as never, { digits: digits as never }).isFinite()).toBe(true);
          } catch (e) {
            expect(e instanceof RangeError || e instanceof TypeError, String(e)).toBe(true);
            expect((e as Error).message).toMatch(/^isingTorusLogZ: /);
          }
          try {
            expect(Number.isFinite(kaufmanThermo(L as never, 3, beta as never).C)).toBe(true);
          } catch (e) {
            expect(e instanceof RangeError || e instanceof TypeError, String(e)).toBe(true);
            expect((e as Error).message).toMatch(/^kaufman(Thermo|LogZ): /);
          }
          expect(performance.now() - t).toBeLessThan(5000);
        },
      ),
      { numRuns: 200, seed: 15 },
    );
  });
});
