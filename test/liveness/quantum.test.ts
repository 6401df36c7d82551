/**
 * Liveness of the quantum family: the free-fermion energy summed over the wrong (periodic) momenta.
 */
import { describe, expect, it, vi } from "vitest";

vi.mock("../../src/ising/tfim.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/ising/tfim.js")>();
  return {
    ...real,
    tfimGroundEnergyFreeFermion: (N: number, g: number) => {
      let e = 0;
      for (let n = 0; n < N; n++) e -= Math.sqrt(1 + g * g - 2 * g * Math.cos((2 * n * Math.PI) / N));
      return e;
    },
  };
});

const { properties } = await import("../../properties/quantum.js");
const { runProperty } = await import("../../src/claims/runner.js");

describe("quantum family against the wrong fermion sector", () => {
  it("refutes agreement of ED and free fermions", () => {
    const prop = properties.find((p) => p.id === "quantum.tfim-finite-smooth");
    expect(prop).toBeDefined();
    expect(runProperty(prop!, { seed: 7 }).observed).toBe("REFUTED");
  });
});
