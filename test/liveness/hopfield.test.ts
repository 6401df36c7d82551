/**
 * Liveness of the hopfield family: the attention update with the wrong sign of β, Hebbian
 * weights with the wrong sign (anti-Hebbian: every stored pattern becomes unstable), an energy with
 * the wrong sign, and a Gibbs mixture weighted uniformly instead of by Z_a/Z.
 */
import { describe, expect, it, vi } from "vitest";

vi.mock("../../src/hopfield/hopfield.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/hopfield/hopfield.js")>();
  return {
    ...real,
    modernHopfieldUpdate: (patterns: ArrayLike<number>[], xi: ArrayLike<number>, beta: number) =>
      real.modernHopfieldUpdate(patterns, xi, -beta),
    hebbianWeights: (patterns: ArrayLike<number>[]) => real.hebbianWeights(patterns).map((w) => -w),
    hopfieldEnergy: (W: ArrayLike<number>, theta: ArrayLike<number>, s: ArrayLike<number>) =>
      -real.hopfieldEnergy(W, theta, s),
    // attractorBasins reads energies through the unchecked core, so the core is broken too.
    hopfieldEnergyOf: (W: ArrayLike<number>, theta: ArrayLike<number>, s: ArrayLike<number>) =>
      -real.hopfieldEnergyOf(W, theta, s),
  };
});

vi.mock("../../src/hopfield/basins.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/hopfield/basins.js")>();
  return {
    ...real,
    // Each block weighted 1/k instead of Z_a/Z.
    mixtureOfRestrictedGibbs: (E: ArrayLike<number>, labels: ArrayLike<number>, beta: number) => {
      const k = Math.max(...Array.from(labels)) + 1;
      const out = real.mixtureOfRestrictedGibbs(E, labels, beta);
      const mass = new Float64Array(k);
      for (let x = 0; x < out.length; x++) mass[labels[x]] += out[x];
      return out.map((p, x) => p / mass[labels[x]] / k);
    },
  };
});

const { properties } = await import("../../properties/hopfield.js");
const { runProperty } = await import("../../src/claims/runner.js");

function observed(id: string): string {
  const prop = properties.find((p) => p.id === id);
  expect(prop, id).toBeDefined();
  return runProperty(prop!, { seed: 7 }).observed;
}

describe("hopfield family against broken references", () => {
  it("refutes the energy descent under an update with −β", () => {
    expect(observed("hopfield.modern-energy-decreases")).toBe("REFUTED");
  });
  it("refutes dense retrieval under an update with −β", () => {
    expect(observed("hopfield.modern-dense-memory")).toBe("REFUTED");
  });
  it("refutes Hebbian storage (inside the conditions) with anti-Hebbian weights", () => {
    expect(observed("hopfield.hebbian-capacity")).toBe("REFUTED");
  });
  it("refutes the dominance of attractors when the energy has the wrong sign", () => {
    expect(observed("hopfield.attractor-dominates-basin")).toBe("REFUTED");
  });
  it("finds the mixture identity false (not vacuous) with uniform weights", () => {
    expect(observed("hopfield.gibbs-mixture")).toBe("REFUTED");
  });
});
