/**
 * Liveness of the blog family: a sign flip in the softmax (e^{+βE} instead of e^{−βE}) and in the
 * self-consistency map must change verdicts.
 */
import { describe, expect, it, vi } from "vitest";

vi.mock("../../src/attention/softmax.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/attention/softmax.js")>();
  return { ...real, softmax: (a: ArrayLike<number>, beta = 1) => real.softmax(a, -beta) };
});

vi.mock("../../src/attention/self-consistency.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/attention/self-consistency.js")>();
  // Antiferromagnetic sign: g(m) = −Σ x_j softmax(βm x)_j has a single solution for every β.
  const flipped = (x: ArrayLike<number>, beta: number, m: number) => -real.selfConsistencyMap(x, beta, m);
  return {
    ...real,
    selfConsistencyMap: flipped,
    // The real counter calls the module-internal map, which vi.mock cannot reach: the same
    // sign-change count is repeated here over the flipped map.
    countSelfConsistentSolutions: (x: ArrayLike<number>, beta: number, grid = 4000) => {
      const lo = Math.min(...Array.from(x)) - 1;
      const hi = Math.max(...Array.from(x)) + 1;
      let count = 0;
      let prev = Math.sign(lo - flipped(x, beta, lo));
      for (let k = 1; k <= grid; k++) {
        const m = lo + ((hi - lo) * k) / grid;
        const s = Math.sign(m - flipped(x, beta, m));
        if (s !== 0 && prev !== 0 && s !== prev) count++;
        prev = s;
      }
      return count;
    },
  };
});

const { properties } = await import("../../properties/blog.js");
const { runProperty } = await import("../../src/claims/runner.js");

function verdict(id: string): string {
  const prop = properties.find((p) => p.id === id);
  expect(prop, id).toBeDefined();
  return runProperty(prop!, { seed: 7 }).observed;
}

describe("blog family against sign-flipped references", () => {
  it("refutes the Boltzmann factor against the 50-digit road", () => {
    expect(verdict("blog.boltzmann-factor")).toBe("REFUTED");
  });
  it("refutes the critical-β claim inside its conditions when the coupling is antiferromagnetic", () => {
    expect(verdict("blog.attention-critical-beta")).toBe("REFUTED");
  });
});
