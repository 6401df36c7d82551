/**
 * Liveness of the mcmc family: a Metropolis–Hastings kernel that silently drops the Hastings factor,
 * and a Metropolis sweep with the wrong sign of ΔE.
 */
import { describe, expect, it, vi } from "vitest";

vi.mock("../../src/mcmc/finite-chain.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/mcmc/finite-chain.js")>();
  return {
    ...real,
    metropolisHastingsKernel: (pi: ArrayLike<number>, q: Parameters<typeof real.metropolisHastingsKernel>[1]) =>
      real.metropolisHastingsKernel(pi, q, { hastings: false }),
  };
});
vi.mock("../../src/mcmc/metropolis.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/mcmc/metropolis.js")>();
  return {
    ...real,
    // Anti-Metropolis: sample at −β.
    metropolisSweep: (
      st: Parameters<typeof real.metropolisSweep>[0],
      beta: number,
      rng: Parameters<typeof real.metropolisSweep>[2],
      h = 0,
    ) => real.metropolisSweep(st, -beta, rng, h),
    // …and its unchecked core, which isingSeries calls after checking its arguments once.
    sweepOf: (
      st: Parameters<typeof real.sweepOf>[0],
      beta: number,
      rng: Parameters<typeof real.sweepOf>[2],
      h: number,
    ) => real.sweepOf(st, -beta, rng, h),
  };
});

const { properties } = await import("../../properties/mcmc.js");
const { runProperty } = await import("../../src/claims/runner.js");
const byId = (id: string) => {
  const p = properties.find((q) => q.id === id);
  if (!p) throw new Error(`no property ${id}`);
  return p;
};

describe("mcmc family against broken samplers", () => {
  it("refutes detailed balance without the Hastings factor", () => {
    expect(runProperty(byId("mcmc.mh-detailed-balance"), { seed: 7 }).observed).toBe("REFUTED");
  });
  it("refutes the Monte Carlo averages with the wrong sign of ΔE", () => {
    expect(runProperty(byId("mcmc.ising-monte-carlo"), { seed: 7 }).observed).toBe("REFUTED");
  });
});
