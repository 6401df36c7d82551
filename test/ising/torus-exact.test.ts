import { describe, expect, it } from "vitest";
import { enumerateIsing } from "../../src/ising/enumerate.js";
import { squareLattice } from "../../src/ising/lattice.js";
import { thermoFromEnumeration } from "../../src/ising/observables.js";
import { exactTorusAverages } from "../../src/ising/torus-exact.js";

describe("exactTorusAverages", () => {
  it("4×4: transfer-matrix u and ⟨m²⟩ equal enumeration (second road)", () => {
    const en = enumerateIsing(squareLattice(4, 4));
    for (const beta of [0.2, 0.4407, 0.6]) {
      const t = thermoFromEnumeration(en, beta);
      const x = exactTorusAverages(4, beta);
      expect(x.u).toBeCloseTo(t.U / 16, 10);
      expect(x.absM).toBeCloseTo(t.absM, 14);
      expect(x.m2).toBeCloseTo(t.m2, 10);
    }
    expect(exactTorusAverages(8, 0.3).absM).toBeNaN();
  });
});
