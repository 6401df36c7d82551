import { describe, expect, it } from "vitest";
import { skCouplings, skSample } from "../../src/meanfield/sk-sample.js";

describe("skCouplings", () => {
  it("has N(N−1)/2 pairs with variance 1/N (second road: N·mean J² over many pairs ≈ 1 within 5 SE)", () => {
    const N = 200;
    const edges = skCouplings(N, 3);
    expect(edges.length).toBe((N * (N - 1)) / 2);
    const m2 = (N * edges.reduce((a, [, , c]) => a + c * c, 0)) / edges.length;
    // Var(N J²) = 2 for Gaussian J of variance 1/N: SE = √(2/pairs).
    expect(Math.abs(m2 - 1)).toBeLessThan(5 * Math.sqrt(2 / edges.length));
  });
  it("is reproducible from its seed", () => {
    expect(skCouplings(5, 9)).toEqual(skCouplings(5, 9));
    expect(skSample(4, 1)).toEqual(skSample(4, 1));
  });
});
