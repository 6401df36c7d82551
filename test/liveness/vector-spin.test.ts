/**
 * Liveness of the vector-spin family: with a trace form that forgets the field term, the eq 2.14
 * identity must be refuted; with the real one it holds. A tangent projection that forgets to subtract
 * ⟨x, y⟩x refutes the A.1.2 claim, which calls the project's own projection.
 */
import { describe, expect, it, vi } from "vitest";

const broken = { on: false, projection: false, nan: false };
vi.mock("../../src/spinglass/energy.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/spinglass/energy.js")>();
  return {
    ...real,
    eq34SecondLineExponent: (...args: Parameters<typeof real.eq34SecondLineExponent>) =>
      broken.nan ? Number.NaN : real.eq34SecondLineExponent(...args),
    vectorSpinEnergyTrace: (sys: Parameters<typeof real.vectorSpinEnergyTrace>[0], s: Float64Array) =>
      broken.on
        ? real.vectorSpinEnergyTrace({ ...sys, x: new Float64Array(sys.x.length) }, s)
        : real.vectorSpinEnergyTrace(sys, s),
  };
});

vi.mock("../../src/attention/layer-norm.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/attention/layer-norm.js")>();
  return {
    ...real,
    tangentProjection: (x: ArrayLike<number>, y: ArrayLike<number>) =>
      broken.projection ? Array.from(y) : real.tangentProjection(x, y),
  };
});

const { properties } = await import("../../properties/vector-spin.js");
const { runProperty } = await import("../../src/claims/runner.js");

describe("vector-spin family against a broken trace form", () => {
  const prop = properties.find((p) => p.id === "vector-spin.eq214-trace-form")!;
  it("holds with the real reference", () => {
    broken.on = false;
    expect(runProperty(prop, { seed: 7 }).observed).toBe("HOLDS");
  });
  it("is refuted when the trace form drops Σ x_i·s_i", () => {
    broken.on = true;
    expect(runProperty(prop, { seed: 7 }).observed).toBe("REFUTED");
  });
});

describe("vector-spin A.1.2 against a projection that is the identity", () => {
  const prop = properties.find((p) => p.id === "vector-spin.a12-tangent-projection")!;
  it("holds under its conditions with the real projection", () => {
    broken.projection = false;
    expect(runProperty(prop, { seed: 7 }).observed).toBe("HOLDS_UNDER_CONDITIONS");
  });
  it("is refuted when P⊥_x y = y", () => {
    broken.projection = true;
    expect(runProperty(prop, { seed: 7 }).observed).toBe("REFUTED");
    broken.projection = false;
  });
});

describe("vector-spin eq 3.4 against a NaN exponent", () => {
  it("the refuted normalizability becomes ERROR, not REFUTED", () => {
    const prop = properties.find((p) => p.id === "vector-spin.eq34-second-line-normalizable")!;
    broken.nan = true;
    expect(runProperty(prop, { seed: 7 }).observed).toBe("ERROR");
    broken.nan = false;
    expect(runProperty(prop, { seed: 7 }).observed).toBe("REFUTED");
  });
});
