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
});
