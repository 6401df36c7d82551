import { describe, expect, it } from "vitest";
import { binaryEntropy, meanFieldMinusBetaF } from "../../src/meanfield/minus-beta-f.js";

/** Golden-section maximization of the variational function over m ∈ [−1, 1] on each half (second road). */
function variationalMax(beta: number, J: number, h: number): number {
  const f = (m: number) => (beta * J * m * m) / 2 + beta * h * m + binaryEntropy(m);
  let best = Number.NEGATIVE_INFINITY;
  for (const [lo0, hi0] of [
    [-1, 0],
    [0, 1],
  ]) {
    let [lo, hi] = [lo0, hi0];
    const g = (Math.sqrt(5) - 1) / 2;
    for (let k = 0; k < 200; k++) {
      const a = hi - g * (hi - lo);
      const b = lo + g * (hi - lo);
      if (f(a) < f(b)) lo = a;
      else hi = b;
    }
    best = Math.max(best, f((lo + hi) / 2));
  }
  return best;
}

describe("meanFieldMinusBetaF", () => {
  it("is ln 2 at β = 0 and equals the variational maximum at other points", () => {
    expect(meanFieldMinusBetaF(0, 1, 0)).toBeCloseTo(Math.LN2, 14);
    for (const [beta, h] of [
      [0.5, 0],
      [1.5, 0],
      [2, 0.3],
      [3, -0.2],
    ])
      expect(meanFieldMinusBetaF(beta, 1, h)).toBeCloseTo(variationalMax(beta, 1, h), 10);
  });
});
