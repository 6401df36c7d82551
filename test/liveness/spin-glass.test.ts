/**
 * Liveness of the spin-glass family: an AT condition whose Gaussian average is scaled by 1.5 (a
 * mis-normalized Gaussian measure) moves the h = 0 transition away from T = J.
 */
import { describe, expect, it, vi } from "vitest";

const nan = { on: false };
vi.mock("../../src/meanfield/parisi-1rsb.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/meanfield/parisi-1rsb.js")>();
  return {
    ...real,
    stateCount: (...args: Parameters<typeof real.stateCount>) => (nan.on ? Number.NaN : real.stateCount(...args)),
  };
});
vi.mock("../../src/meanfield/sk.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/meanfield/sk.js")>();
  return {
    ...real,
    // margin = T² − RHS, so T² − 1.5·RHS = T² − 1.5(T² − margin).
    atStabilityMargin: (T: number, h: number, J = 1) =>
      (T / J) ** 2 - 1.5 * ((T / J) ** 2 - real.atStabilityMargin(T, h, J)),
  };
});

const { properties } = await import("../../properties/spin-glass.js");
const { runProperty } = await import("../../src/claims/runner.js");

describe("spin-glass family against a mis-normalized AT condition", () => {
  it("no longer finds the transition at T = J", () => {
    const prop = properties.find((p) => p.id === "spin-glass.at-stability-h0");
    expect(prop).toBeDefined();
    expect(runProperty(prop!, { seed: 7 }).observed).toBe("REFUTED");
  });
});

describe("spin-glass 1-RSB against a NaN state count", () => {
  it("the refuted two-state gloss becomes ERROR, not REFUTED", () => {
    const prop = properties.find((p) => p.id === "spin-glass.one-rsb")!;
    nan.on = true;
    expect(runProperty(prop, { seed: 7 }).observed).toBe("ERROR");
    nan.on = false;
    expect(runProperty(prop, { seed: 7 }).observed).toBe("REFUTED");
  });
});
