import { describe, expect, it } from "vitest";
import { chiAtTc, chiExponent, curieWeissScaledChi, specificHeatPerSpin } from "../../src/ising/finite-size.js";
import { enumerateIsing } from "../../src/ising/enumerate.js";
import { squareLattice } from "../../src/ising/lattice.js";
import { thermoFromEnumeration } from "../../src/ising/observables.js";
import { ONSAGER_KC } from "../../src/ising/onsager.js";
import { curieWeissThermo } from "../../src/meanfield/curie-weiss.js";

describe("finite-size quantities", () => {
  it("4×4 torus: χ(T_c) and c(T) equal enumeration (second road)", () => {
    const t = thermoFromEnumeration(enumerateIsing(squareLattice(4, 4)), ONSAGER_KC);
    expect(chiAtTc(4)).toBeCloseTo(ONSAGER_KC * 16 * t.m2, 9);
    expect(specificHeatPerSpin(4, 1 / ONSAGER_KC, true)).toBeCloseTo(t.C / 16, 9);
  });
  it("exponents: 2D slope in N is half that in L; Curie–Weiss slope near 1/2; scaled χ by definition", () => {
    const e = chiExponent("ising-2d", 4, 5);
    expect(e.inN).toBe(e.inL / 2);
    expect(e.inL).toBeGreaterThan(1.7);
    expect(chiExponent("curie-weiss", 500, 2000).inN).toBeCloseTo(0.5, 1);
    expect(curieWeissScaledChi(1000, 0.5, 0.5, 0.5)).toBeCloseTo(
      curieWeissThermo(1000, 1 + 0.5 / Math.sqrt(1000)).chi / Math.sqrt(1000),
      12,
    );
  });
});
