import { describe, expect, it } from "vitest";
import { logIntegralPrinted, logQPrinted } from "../../src/spinglass/proposal-density.js";

describe("eq 3.5 as printed", () => {
  it("its closed-form integral matches midpoint quadrature in D = 1 and 2 (second road)", () => {
    for (const [N, D] of [
      [3, 1],
      [2, 2],
    ]) {
      const sd = N * Math.sqrt(D);
      const n = D === 1 ? 4000 : 400;
      const h = (20 * sd) / n;
      const zero = new Float64Array(D);
      const y = new Float64Array(D);
      let acc = 0;
      for (let i = 0; i < n; i++) {
        y[0] = -10 * sd + (i + 0.5) * h;
        if (D === 1) acc += Math.exp(logQPrinted(y, zero, N, D)) * h;
        else
          for (let j = 0; j < n; j++) {
            y[1] = -10 * sd + (j + 0.5) * h;
            acc += Math.exp(logQPrinted(y, zero, N, D)) * h * h;
          }
      }
      expect(Math.log(acc)).toBeCloseTo(logIntegralPrinted(N, D), 6);
    }
  });
  it("is normalized exactly when D = 1, and not otherwise", () => {
    expect(logIntegralPrinted(7, 1)).toBeCloseTo(0, 12);
    expect(logIntegralPrinted(1, 2)).toBeGreaterThan(1);
  });
  it("is symmetric in x and y", () => {
    const x = [0.3, -1, 2];
    const y = [1, 0.5, -0.2];
    expect(logQPrinted(y, x, 4, 3)).toBe(logQPrinted(x, y, 4, 3));
  });
});
