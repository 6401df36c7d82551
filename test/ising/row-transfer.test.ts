import { describe, expect, it } from "vitest";
import {
  enumerateIsing,
  rowOrbits,
  rowTransferJets,
  rowTransferLogZ,
  squareLattice,
  thermoFromEnumeration,
} from "../../src/ising/index.js";

describe("row transfer matrix", () => {
  it("matches enumeration for open, cylindrical and toroidal 3×4 lattices in a field", () => {
    for (const [px, py] of [
      [false, false],
      [true, false],
      [false, true],
      [true, true],
    ] as const) {
      const t = thermoFromEnumeration(
        enumerateIsing(squareLattice(3, 4, { h: 0.2, periodicX: px, periodicY: py })),
        0.5,
      );
      expect(rowTransferLogZ(3, 4, 0.5, { h: 0.2, periodicX: px, periodicY: py, digits: 30 }).toNumber()).toBeCloseTo(
        t.logZ,
        12,
      );
    }
  });
  it("bigint fixed point (the default) equals the decimal.js road to every digit asked for", () => {
    const cases: [number, number, string, { J?: number; h?: number; periodicX?: boolean; periodicY?: boolean }][] = [
      [2, 2, "0.05", {}],
      [6, 6, "0.441", {}],
      [6, 5, "3.000", {}],
      [5, 7, "0.050", {}],
      [3, 4, "0.5", { h: 0.2, periodicX: false, periodicY: false }],
      [3, 4, "0.5", { h: 0.2, periodicY: false }],
      [4, 3, "0.5", { h: -0.7, J: -1.3 }],
      [5, 3, "2.5", { J: -1, periodicX: false }],
    ];
    for (const [L, M, beta, o] of cases)
      for (const digits of [20, 45]) {
        const fixed = rowTransferLogZ(L, M, beta, { ...o, digits });
        const dec = rowTransferLogZ(L, M, beta, { ...o, digits, arithmetic: "decimal" });
        expect(fixed.minus(dec).abs().toNumber()).toBeLessThanOrEqual(dec.abs().toNumber() * 10 ** (1 - digits));
      }
    const big = rowTransferLogZ(4, 4, "0.3", { digits: 400 });
    const bigDecimal = rowTransferLogZ(4, 4, "0.3", { digits: 400, arithmetic: "decimal" });
    expect(big.minus(bigDecimal).abs().lte(bigDecimal.abs().times("1e-399"))).toBe(true);
  });
  it("gives exact U, C and χ through jets (4×4 torus vs enumeration)", () => {
    const t = thermoFromEnumeration(enumerateIsing(squareLattice(4, 4)), 0.44);
    const jb = rowTransferJets(4, 4, 0.44, { wrt: "beta" });
    const jh = rowTransferJets(4, 4, 0.44, { wrt: "h" });
    expect(-jb.d1).toBeCloseTo(t.U, 10);
    expect(0.44 * 0.44 * jb.d2).toBeCloseTo(t.C, 9);
    expect(jh.d2 / 0.44 / 16).toBeCloseTo(t.chi, 9);
    expect(jh.d1).toBeCloseTo(0, 12);
  });
  it("has orbit sizes that add up to 2^L", () => {
    for (const L of [3, 4, 6])
      for (const flip of [false, true]) {
        expect(rowOrbits(L, true, flip).reduce((a, [, m]) => a + m, 0)).toBe(1 << L);
      }
  });
  it("remembers results by every argument, and a caller cannot change a remembered one", () => {
    const a = rowTransferJets(4, 4, 0.44, { wrt: "beta" });
    const d2 = a.d2;
    a.d2 = 123; // the caller's copy only
    expect(rowTransferJets(4, 4, 0.44, { wrt: "beta" }).d2).toBe(d2);
    // Each argument is part of the key: a memo that dropped or rounded one would return d2 here.
    expect(rowTransferJets(4, 4, 0.44, { wrt: "h" }).d2).not.toBe(d2);
    expect(rowTransferJets(4, 4, 0.4400001, { wrt: "beta" }).d2).not.toBe(d2);
    expect(rowTransferJets(4, 5, 0.44, { wrt: "beta" }).d2).not.toBe(d2);
    expect(rowTransferJets(4, 4, 0.44, { wrt: "beta", periodicX: false }).d2).not.toBe(d2);
    expect(rowTransferJets(4, 4, 0.44, { wrt: "beta", periodicY: false }).d2).not.toBe(d2);
    expect(rowTransferJets(4, 4, 0.44, { wrt: "beta", J: 1.5 }).d2).not.toBe(d2);
    expect(rowTransferJets(4, 4, 0.44, { wrt: "beta", h: 0.1 }).d2).not.toBe(d2);
  });
  it("rejects rows that are too long and overflow", () => {
    expect(() => rowTransferLogZ(13, 2, 0.4)).toThrow(RangeError);
    expect(() => rowTransferJets(12, 12, 40, { wrt: "beta" })).toThrow(RangeError);
  });
});

import { onsagerCorrelationLength, stripCorrelationLength, ONSAGER_KC } from "../../src/ising/index.js";

describe("strip correlation length", () => {
  it("approaches Onsager's ξ_∞ above T_c and Cardy's 4L/π at T_c", () => {
    expect(stripCorrelationLength(12, 0.3)).toBeCloseTo(onsagerCorrelationLength(0.3), 3);
    expect(stripCorrelationLength(12, ONSAGER_KC) / 12).toBeCloseTo(4 / Math.PI, 2);
  });
  it("vanishes as β → 0 (L = 2)", () => {
    // At β → 0 every row state is equally weighted and λ₁/λ₀ → 0: ξ → 0.
    expect(stripCorrelationLength(2, 1e-3)).toBeLessThan(0.2);
  });
  it("Lanczos (the default) agrees with the power iteration: 1e-11 at T ≥ T_c, 1e-8 below (λ₀ ≈ λ₁ there)", () => {
    for (const L of [2, 3, 5, 8, 11])
      for (const beta of [0.05, 0.3, 0.44, ONSAGER_KC, 0.7]) {
        const power = stripCorrelationLength(L, beta, { method: "power" });
        const lanczos = stripCorrelationLength(L, beta);
        expect(Math.abs(lanczos - power)).toBeLessThanOrEqual((beta > ONSAGER_KC ? 1e-8 : 1e-11) * power);
      }
  });
});

describe("row transfer: domain and budgets (issue 15)", () => {
  it("names L, M, beta and the options, instead of 'row length' or 'bad number of rows'", () => {
    expect(() => rowTransferLogZ(-1, 3, 0.4)).toThrow(/rowTransferLogZ: L must be an integer in \[1, 12\], got -1/);
    expect(() => rowTransferJets(3, 1, 0.4, { wrt: "beta" })).toThrow(/rowTransferJets: M must be an integer in \[2, /);
    expect(rowTransferJets(3, 1, 0.4, { wrt: "beta", periodicY: false }).logZ).toBeGreaterThan(0);
    expect(() => rowTransferLogZ(3, 3, "abc")).toThrow(/rowTransferLogZ: beta must be a finite number, got "abc"/);
    expect(() => rowTransferLogZ(3, 3, 0.4, { digits: 2 })).toThrow(
      /options\.digits must be an integer in \[5, 1000\]/,
    );
    expect(() => rowTransferJets(3, 3, 0.4, { wrt: "beta", h: {} as number })).toThrow(/options\.h must be a number/);
    expect(() => rowTransferJets(3, 3, 0.4, { wrt: "x" as "h" })).toThrow(/options\.wrt must be one of "beta", "h"/);
  });
  it("refuse sizes past the work budget (were hangs) and take the largest sizes the claims use", () => {
    expect(() => rowTransferJets(3, 1e9, 0.4, { wrt: "beta" })).toThrow(/M = 1000000000 is past the work budget/);
    expect(() => rowTransferJets(12, 13, 0.4, { wrt: "beta" })).not.toThrow();
    expect(() => rowTransferJets(12, 25, 0.4, { wrt: "beta" })).toThrow(
      /past the work budget \(M·orbits·L·2\^L = 275251200 > 2\^28\)/,
    );
    expect(() => rowTransferLogZ(8, 8, "0.44", { digits: 46 })).not.toThrow();
    expect(() => rowTransferLogZ(8, 9, "0.44", { digits: 1000 })).toThrow(/past the work budget/);
  }, 20_000);
  it("rowOrbits takes L up to 20 and refuses 21", () => {
    expect(rowOrbits(20, true, true).reduce((a, [, m]) => a + m, 0)).toBe(2 ** 20);
    expect(() => rowOrbits(21, true, true)).toThrow(/rowOrbits: L must be an integer in \[1, 20\], got 21/);
    expect(() => rowOrbits(4, 1 as unknown as boolean, true)).toThrow(/rowOrbits: periodicX must be a boolean/);
  });
});
