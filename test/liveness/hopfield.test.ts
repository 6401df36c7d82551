/**
 * Liveness of the hopfield family: the attention update with the wrong sign of β.
 */
import { describe, expect, it, vi } from "vitest";

vi.mock("../../src/hopfield/hopfield.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/hopfield/hopfield.js")>();
  return {
    ...real,
    modernHopfieldUpdate: (patterns: ArrayLike<number>[], xi: ArrayLike<number>, beta: number) => real.modernHopfieldUpdate(patterns, xi, -beta),
  };
});

const { properties } = await import("../../properties/hopfield.js");
const { runProperty } = await import("../../src/claims/runner.js");

describe("hopfield family against an update with −β", () => {
  it("refutes the energy descent", () => {
    const prop = properties.find((p) => p.id === "hopfield.modern-energy-decreases");
    expect(prop).toBeDefined();
    expect(runProperty(prop!, { seed: 7 }).observed).toBe("REFUTED");
  });
});
