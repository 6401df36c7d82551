import { describe, expect, it } from "vitest";
import { hebbianWeights } from "../../src/hopfield/hopfield.js";
import { randomPatterns, stablePatternCount } from "../../src/hopfield/patterns.js";
import { Prng } from "../../src/random/prng.js";

describe("stored patterns", () => {
  it("are ±1, and one Hebbian pattern is always stable; its negation too (second road: by hand)", () => {
    const [x] = randomPatterns(new Prng(1), 1, 9);
    expect(Array.from(x).every((v) => v === 1 || v === -1)).toBe(true);
    const W = hebbianWeights([x]);
    expect(stablePatternCount(W, [x, x.map((v) => -v)])).toBe(2);
    // Anti-Hebbian weights make every bit unstable: h_i x_i = −(N − 1)/N < 0.
    expect(
      stablePatternCount(
        W.map((w) => -w),
        [x],
      ),
    ).toBe(0);
  });
});
