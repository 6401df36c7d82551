/**
 * Liveness of the readout family: a continued fraction stopped one level too early (depth 1) must
 * make the two Bessel methods disagree.
 */
import { describe, expect, it, vi } from "vitest";

const broken = { on: false, nan: false };
vi.mock("../../src/special/bessel-ratio.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/special/bessel-ratio.js")>();
  return {
    ...real,
    // One level of the continued fraction: x/(2(ν+1)), the small-x slope only.
    besselRatioCfF64: (nu: number, x: number) =>
      broken.nan
        ? Number.NaN
        : broken.on
          ? x / (2 * (nu + 1) + x * (x / (2 * (nu + 2))))
          : real.besselRatioCfF64(nu, x),
  };
});

const { properties } = await import("../../properties/readout.js");
const { runProperty } = await import("../../src/claims/runner.js");

describe("readout family against a truncated continued fraction", () => {
  const prop = properties.find((p) => p.id === "readout.bessel-two-methods")!;
  it("holds with the real reference", () => {
    broken.on = false;
    expect(runProperty(prop, { seed: 7 }).observed).toBe("HOLDS");
  });
  it("is refuted with the truncated one", () => {
    broken.on = true;
    expect(runProperty(prop, { seed: 7 }).observed).toBe("REFUTED");
  });
  it("a NaN-returning continued fraction is an ERROR, never a refutation", () => {
    broken.on = false;
    broken.nan = true;
    try {
      for (const id of ["readout.bessel-two-methods", "readout.langevin-d3", "readout.eq221-vmf-mean"]) {
        const p = properties.find((q) => q.id === id)!;
        expect(runProperty(p, { seed: 7 }).observed, id).toBe("ERROR");
      }
    } finally {
      broken.nan = false;
    }
  });
});
