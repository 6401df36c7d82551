/**
 * Liveness of the quantum family: the free-fermion energy summed over the wrong (periodic) momenta,
 * and a curvature that returns NaN (an ERROR, never a refutation).
 */
import { describe, expect, it, vi } from "vitest";

const state = vi.hoisted(() => ({ mode: "wrong-sector" as "wrong-sector" | "nan" }));

vi.mock("../../src/ising/tfim.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/ising/tfim.js")>();
  return {
    ...real,
    tfimGroundEnergyFreeFermion: (N: number, g: number) => {
      let e = 0;
      for (let n = 0; n < N; n++) e -= Math.sqrt(1 + g * g - 2 * g * Math.cos((2 * n * Math.PI) / N));
      return e;
    },
    tfimGroundCurvature: (N: number, g: number) => (state.mode === "nan" ? Number.NaN : real.tfimGroundCurvature(N, g)),
  };
});

const { properties } = await import("../../properties/quantum.js");
const { runProperty } = await import("../../src/claims/runner.js");
const prop = (id: string) => {
  const p = properties.find((x) => x.id === id);
  if (!p) throw new Error(`no property ${id}`);
  return p;
};

describe("quantum family against broken references", () => {
  it("refutes agreement of ED and free fermions in the wrong sector", () => {
    state.mode = "wrong-sector";
    expect(runProperty(prop("quantum.tfim-finite-smooth"), { seed: 7 }).observed).toBe("REFUTED");
  });
  it("a NaN curvature is an ERROR for the refuted finite-singularity and for the log growth", () => {
    state.mode = "nan";
    expect(runProperty(prop("quantum.finite-singularity"), { seed: 7 }).observed).toBe("ERROR");
    expect(runProperty(prop("quantum.curvature-log-growth"), { seed: 7 }).observed).toBe("ERROR");
    state.mode = "wrong-sector";
  });
});
