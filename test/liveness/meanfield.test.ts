/**
 * Liveness of the meanfield family: a Curie–Weiss sum with J/N instead of J/2N in the energy.
 */
import { describe, expect, it, vi } from "vitest";

const nan = { on: false };
vi.mock("../../src/meanfield/self-consistency.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/meanfield/self-consistency.js")>();
  return {
    ...real,
    attentionSelfConsistentSolutions: (...args: Parameters<typeof real.attentionSelfConsistentSolutions>) =>
      nan.on ? [Number.NaN, Number.NaN] : real.attentionSelfConsistentSolutions(...args),
  };
});
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

describe("meanfield attention self-consistency against NaN solutions", () => {
  it("the refuted critical-β claim becomes ERROR, not a count of NaNs", () => {
    const prop = properties.find((p) => p.id === "meanfield.attention-self-consistency")!;
    nan.on = true;
    expect(runProperty(prop, { seed: 7 }).observed).toBe("ERROR");
    nan.on = false;
    expect(runProperty(prop, { seed: 7 }).observed).toBe("REFUTED");
  });
});
