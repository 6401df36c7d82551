/**
 * Liveness of the thesis-meanfield family: a large-D readout that forgets γ (φ = βθ/2, the small-β
 * slope everywhere) breaks the inverse-readout identity.
 */
import { describe, expect, it, vi } from "vitest";

const broken = { on: false };
vi.mock("../../src/spinglass/readout.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/spinglass/readout.js")>();
  return {
    ...real,
    largeDReadout: (theta: ArrayLike<number>, beta: number, R: number) =>
      broken.on ? Float64Array.from(theta, (t) => (beta * t) / 2) : real.largeDReadout(theta, beta, R),
  };
});

const nan = { on: false };
vi.mock("../../src/spinglass/kinetic-chain.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/spinglass/kinetic-chain.js")>();
  return {
    ...real,
    stationary: (...args: Parameters<typeof real.stationary>) => {
      const r = real.stationary(...args);
      return nan.on ? { ...r, residual: Number.NaN } : r;
    },
  };
});

const { properties } = await import("../../properties/thesis-meanfield.js");
const { runProperty } = await import("../../src/claims/runner.js");

describe("thesis-meanfield family against a readout without γ", () => {
  const prop = properties.find((p) => p.id === "thesis-meanfield.readout-inverse")!;
  it("holds with the real reference", () => {
    broken.on = false;
    expect(runProperty(prop, { seed: 7 }).observed).toBe("HOLDS");
  });
  it("is refuted with the broken readout", () => {
    broken.on = true;
    expect(runProperty(prop, { seed: 7 }).observed).toBe("REFUTED");
  });
});

describe("thesis-meanfield against a NaN stationarity residual", () => {
  it("the refuted 'no stationary distribution' becomes ERROR, not REFUTED", () => {
    const prop = properties.find((p) => p.id === "thesis-meanfield.ness-no-stationary-literal")!;
    nan.on = true;
    expect(runProperty(prop, { seed: 7 }).observed).toBe("ERROR");
    nan.on = false;
    expect(runProperty(prop, { seed: 7 }).observed).toBe("REFUTED");
  });
});
