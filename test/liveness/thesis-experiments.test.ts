/**
 * Liveness of the thesis-experiments family: an overlap that forgets the 1/N makes the equilibrated
 * J = 0 replicas' overlap miss R², and the property must then fail.
 */
import { describe, expect, it, vi } from "vitest";

const broken = { on: false };
vi.mock("../../src/spinglass/system.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/spinglass/system.js")>();
  return {
    ...real,
    overlap: (a: Float64Array, b: Float64Array, N: number, D: number) => real.overlap(a, b, N, D) * (broken.on ? N : 1),
  };
});

const nan = { on: false };
vi.mock("../../src/spinglass/local-field-ratio.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/spinglass/local-field-ratio.js")>();
  return {
    ...real,
    couplingToFieldRatio: (...args: Parameters<typeof real.couplingToFieldRatio>) =>
      nan.on ? Number.NaN : real.couplingToFieldRatio(...args),
  };
});

const { properties } = await import("../../properties/thesis-experiments.js");
const { runProperty } = await import("../../src/claims/runner.js");

describe("thesis-experiments family against an unnormalized overlap", () => {
  const prop = properties.find((p) => p.id === "thesis-experiments.replicas-equilibrated")!;
  it("holds with the real reference", () => {
    broken.on = false;
    expect(runProperty(prop, { seed: 7 }).observed).toBe("HOLDS");
  });
  it("is refuted with the broken overlap", () => {
    broken.on = true;
    expect(runProperty(prop, { seed: 7 }).observed).toBe("REFUTED");
  });
});

describe("thesis-experiments against a NaN-returning local-field ratio", () => {
  it("a refuted claim that reads it becomes ERROR, not REFUTED", () => {
    const prop = properties.find((p) => p.id === "thesis-experiments.field-vs-coupling-literal")!;
    nan.on = false;
    expect(runProperty(prop, { seed: 7 }).observed).toBe("REFUTED");
    nan.on = true;
    expect(runProperty(prop, { seed: 7 }).observed).toBe("ERROR");
    nan.on = false;
  });
});
