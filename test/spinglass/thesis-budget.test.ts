import { describe, expect, it } from "vitest";
import { stepsToDiffuse } from "../../src/spinglass/sampler.js";
import { thesisBudget } from "../../src/spinglass/thesis-budget.js";

describe("thesisBudget", () => {
  it("hand cases: 2·10⁷ at N = 64, 2.5·10⁶ at N = 32, 312 500 at N = 16, 39 063 at N = 8 (39 062.5 rounded up)", () => {
    expect(thesisBudget(64)).toBe(20_000_000);
    expect(thesisBudget(32)).toBe(2_500_000);
    expect(thesisBudget(16)).toBe(312_500);
    expect(thesisBudget(8)).toBe(39_063);
  });

  it("keeps the per-site diffusion of the thesis' sampler: budget ratio = stepsToDiffuse ratio (σ = 1/(N√D), any D)", () => {
    for (const D of [8, 16, 32])
      for (const N of [8, 16, 24, 48]) {
        const ratio = stepsToDiffuse(1, N, D) / stepsToDiffuse(1, 64, D);
        expect(Math.abs(thesisBudget(N) - 2e7 * ratio)).toBeLessThanOrEqual(0.5);
      }
  });
});
