import { describe, expect, it } from "vitest";
import { cosineAlignment, lossExpansion, squaredLoss } from "../../src/spinglass/loss-alignment.js";
import { gaussianArray } from "../../src/spinglass/arbitraries.js";

describe("squared loss and alignment", () => {
  it("direct sum and expansion agree; the cross term is −2 y·f", () => {
    for (const seed of [1, 2, 3, 4]) {
      const y = gaussianArray(seed, 7);
      const f = gaussianArray(seed + 10, 7);
      const e = lossExpansion(y, f);
      expect(e.loss).toBeCloseTo(squaredLoss(y, f), 12);
      let yf = 0;
      for (let k = 0; k < 7; k++) yf += y[k] * f[k];
      expect(e.cross).toBeCloseTo(-2 * yf, 12);
    }
  });
  it("cosine: 1 for parallel, −1 for antiparallel, 0 for orthogonal", () => {
    expect(cosineAlignment([1, 2], [2, 4])).toBeCloseTo(1, 14);
    expect(cosineAlignment([1, 2], [-1, -2])).toBeCloseTo(-1, 14);
    expect(cosineAlignment([1, 0], [0, 3])).toBe(0);
    expect(() => cosineAlignment([0, 0], [1, 1])).toThrow(RangeError);
  });
  it("an aligned but short output has a larger loss than a misaligned one of the right length", () => {
    const y = [1, 0];
    expect(squaredLoss(y, [0.1, 0])).toBeGreaterThan(squaredLoss(y, [1, 0.3]));
    expect(cosineAlignment(y, [0.1, 0])).toBeGreaterThan(cosineAlignment(y, [1, 0.3]));
  });
});
