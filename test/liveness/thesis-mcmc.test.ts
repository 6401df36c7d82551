/**
 * Liveness of the thesis-mcmc family: a published-step reference that accepts with e^{−βΔH/2}
 * (eq 3.4's first line read with the wrong factor) no longer reproduces the incremental chain.
 */
import { describe, expect, it, vi } from "vitest";

const broken = { on: false };
vi.mock("../../src/spinglass/sampler.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/spinglass/sampler.js")>();
  return {
    ...real,
    publishedStepReference: (...args: Parameters<typeof real.publishedStepReference>) => {
      const [sys, m, rng, beta, sigma, R] = args;
      return real.publishedStepReference(sys, m, rng, broken.on ? beta / 2 : beta, sigma, R);
    },
  };
});

const { properties } = await import("../../properties/thesis-mcmc.js");
const { runProperty } = await import("../../src/claims/runner.js");

describe("thesis-mcmc family against a reference with the wrong temperature", () => {
  const prop = properties.find((p) => p.id === "thesis-mcmc.incremental-same-chain")!;
  it("holds with the real reference", () => {
    broken.on = false;
    expect(runProperty(prop, { seed: 7 }).observed).toBe("HOLDS");
  });
  it("is refuted with the broken one", () => {
    broken.on = true;
    expect(runProperty(prop, { seed: 7 }).observed).toBe("REFUTED");
  });
});
