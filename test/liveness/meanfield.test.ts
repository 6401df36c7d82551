/**
 * Liveness of the meanfield family: a Curie–Weiss sum with J/N instead of J/2N in the energy.
 */
import { describe, expect, it, vi } from "vitest";

vi.mock("../../src/meanfield/curie-weiss.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/meanfield/curie-weiss.js")>();
  return {
    ...real,
    curieWeissThermo: (N: number, beta: number, options: { J?: number; h?: number } = {}) =>
      real.curieWeissThermo(N, beta, { ...options, J: 2 * (options.J ?? 1) }),
  };
});

const { properties } = await import("../../properties/meanfield.js");
const { runProperty } = await import("../../src/claims/runner.js");

describe("meanfield family against a Curie–Weiss energy with a dropped ½", () => {
  it("refutes the large-N limit", () => {
    const prop = properties.find((p) => p.id === "meanfield.curie-weiss-limit");
    expect(prop).toBeDefined();
    expect(runProperty(prop!, { seed: 7 }).observed).toBe("REFUTED");
  });
});
