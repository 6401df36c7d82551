/**
 * Liveness of the hopfield family: the attention update with the wrong sign of β, and Hebbian
 * weights with the wrong sign (anti-Hebbian: every stored pattern becomes unstable).
 */
import { describe, expect, it, vi } from "vitest";

vi.mock("../../src/hopfield/hopfield.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/hopfield/hopfield.js")>();
  return {
    ...real,
    modernHopfieldUpdate: (patterns: ArrayLike<number>[], xi: ArrayLike<number>, beta: number) => real.modernHopfieldUpdate(patterns, xi, -beta),
    hebbianWeights: (patterns: ArrayLike<number>[]) => real.hebbianWeights(patterns).map((w) => -w),
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
});
