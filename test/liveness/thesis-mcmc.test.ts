/**
 * Liveness of the thesis-mcmc family: a published-step reference that accepts with e^{−βΔH/2}
 * (eq 3.4's first line read with the wrong factor) no longer reproduces the incremental chain; and a
 * σ reported 1.5× larger than the one the sampler draws with breaks the diffusion law.
 */
import { describe, expect, it, vi } from "vitest";

const broken = { on: false, sigma: false };
vi.mock("../../src/spinglass/sampler.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/spinglass/sampler.js")>();
  return {
    ...real,
    // The sampler's own default σ is computed inside the module, so only the property's view changes.
    thesisSigma: (N: number, D: number) => real.thesisSigma(N, D) * (broken.sigma ? 1.5 : 1),
    publishedStepReference: (...args: Parameters<typeof real.publishedStepReference>) => {
      const [sys, m, rng, beta, sigma, R] = args;
      return real.publishedStepReference(sys, m, rng, broken.on ? beta / 2 : beta, sigma, R);
    },
  };
});

const nan = { on: false };
vi.mock("../../src/spinglass/global-proposal.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/spinglass/global-proposal.js")>();
  return {
    ...real,
    detailedBalanceGap: (...args: Parameters<typeof real.detailedBalanceGap>) =>
      nan.on ? Number.NaN : real.detailedBalanceGap(...args),
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

describe("thesis-mcmc diffusion law against a misreported σ", () => {
  const prop = properties.find((p) => p.id === "thesis-mcmc.diffusion-steps")!;
  it("holds with the real σ", () => {
    broken.sigma = false;
    expect(runProperty(prop, { seed: 7 }).observed).toBe("HOLDS");
  });
  it("is refuted when the property's σ is 1.5× the sampler's", () => {
    broken.sigma = true;
    expect(runProperty(prop, { seed: 7 }).observed).toBe("REFUTED");
    broken.sigma = false;
  });
});

describe("thesis-mcmc against a NaN detailed-balance gap", () => {
  it("the refuted Hastings-free acceptance becomes ERROR, not REFUTED", () => {
    const prop = properties.find((p) => p.id === "thesis-mcmc.global-proposal-hastings")!;
    nan.on = true;
    expect(runProperty(prop, { seed: 7 }).observed).toBe("ERROR");
    nan.on = false;
    expect(runProperty(prop, { seed: 7 }).observed).toBe("REFUTED");
  });
});
