/**
 * Liveness of the blog family: a sign flip in the softmax (e^{+βE} instead of e^{−βE}) must change
 * verdicts. The self-consistency map calls the same softmax, so the flip reaches it once: the map
 * becomes the antiferromagnetic g(m) = Σ_j x_j softmax(−βm x)_j, with a single solution for every β
 * (checked below, so the single-solution case is known to run). The declared controls in
 * properties/blog.ts are the main evidence; this test swaps the module itself.
 */
import { describe, expect, it, vi } from "vitest";

/** A switch read by the mock: NaN weights, for the ERROR checks. */
const mode = vi.hoisted(() => ({ nan: false }));

vi.mock("../../src/attention/softmax.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/attention/softmax.js")>();
  return {
    ...real,
    softmax: (a: ArrayLike<number>, beta = 1) =>
      mode.nan ? new Float64Array(a.length).fill(Number.NaN) : real.softmax(a, -beta),
  };
});

const { properties } = await import("../../properties/blog.js");
const { runProperty } = await import("../../src/claims/runner.js");
const { solutionCountsOverBeta } = await import("../../src/attention/self-consistency.js");

function verdict(id: string): string {
  const prop = properties.find((p) => p.id === id);
  expect(prop, id).toBeDefined();
  return runProperty(prop!, { seed: 7 }).observed;
}

describe("blog family against a sign-flipped softmax", () => {
  it("refutes the Boltzmann factor against the 50-digit road", () => {
    expect(verdict("blog.boltzmann-factor")).toBe("REFUTED");
  });
  it("the flipped map has one solution at every β (the single-solution case runs)", () => {
    expect(solutionCountsOverBeta([-1, 1]).every((c) => c === 1)).toBe(true);
    expect(solutionCountsOverBeta([-2, 0.5, 3]).every((c) => c === 1)).toBe(true);
  });
  it("refutes the critical-β claim inside its conditions when the coupling is antiferromagnetic", () => {
    expect(verdict("blog.attention-critical-beta")).toBe("REFUTED");
  });
  it("NaN weights are an ERROR, never a refutation or a pass", () => {
    mode.nan = true;
    try {
      for (const id of ["blog.boltzmann-factor", "blog.exp-product-combined", "blog.mode-fixed-mean-moves"]) {
        expect(verdict(id), id).toBe("ERROR");
      }
    } finally {
      mode.nan = false;
    }
  });
});
