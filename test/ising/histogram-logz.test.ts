import { describe, expect, it } from "vitest";
import { logZFromHistogram, torus4x4Histogram } from "../../src/ising/histogram-logz.js";
import { enumerateIsing } from "../../src/ising/enumerate.js";
import { squareLattice } from "../../src/ising/lattice.js";
import { thermoFromEnumeration } from "../../src/ising/observables.js";
import { relativeDifference } from "../../src/precision/relative-difference.js";
import { decimalContext } from "../../src/precision/decimal-matrix.js";

describe("logZFromHistogram", () => {
  it("the 4×4 torus histogram counts 2^16 states and gives the float enumeration's ln Z", () => {
    const h = torus4x4Histogram();
    expect(h.reduce((s, [, g]) => s + g, 0)).toBe(65536);
    const en = enumerateIsing(squareLattice(4, 4));
    for (const beta of [0.2, 0.44, 1])
      expect(logZFromHistogram(h, beta, 40).toNumber()).toBeCloseTo(thermoFromEnumeration(en, beta).logZ, 10);
    // β = 0: ln 2^16.
    expect(logZFromHistogram(h, 0, 40).toNumber()).toBeCloseTo(16 * Math.LN2, 14);
  });
  it("relativeDifference: 0 for equal, NaN for a zero reference", () => {
    const D = decimalContext(40);
    expect(relativeDifference(new D(2), new D(2))).toBe(0);
    expect(relativeDifference(new D("2.000000000000000000000000000002"), new D(2))).toBeCloseTo(1e-30, 40);
    expect(relativeDifference(new D(1), new D(0))).toBeNaN();
  });
});
