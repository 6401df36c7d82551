import { describe, expect, it } from "vitest";
import { attention } from "../../src/attention/attention.js";
import { biasChange } from "../../src/attention/bias-change.js";

describe("biasChange", () => {
  it("two tokens by hand: the weights are logistic, the log-ratio equals the closed form", () => {
    // scores 0, bias (0, b) vs (0, 0): A′_01 = 1/(1 + e^{−b}), A_01 = 1/2
    const b = 1.3;
    const p = [
      [0, 0],
      [0, 0],
    ];
    const p2 = [
      [0, b],
      [b, 0],
    ];
    const x = [[0], [0]];
    const a = attention(x, x, x, { bias: p }).weights;
    const a2 = attention(x, x, x, { bias: p2 }).weights;
    const c = biasChange(a, a2, p, p2);
    expect(c.delta).toBe(b);
    const logistic = 1 / (1 + Math.exp(-b));
    expect(c.maxLogRatio).toBeCloseTo(Math.max(Math.log(2 * logistic), Math.abs(Math.log(2 * (1 - logistic)))), 14);
    expect(c.maxLogRatio).toBeLessThanOrEqual(2 * b);
    expect(c.maxChange).toBeCloseTo(logistic - 0.5, 14);
    expect(c.rowSumError).toBeLessThan(1e-15);
    expect(c.minWeight).toBeCloseTo(1 - logistic, 14);
  });

  it("second road: the log-ratio bound 2Δ holds on a random-looking 4×4 case and is computed from the weights", () => {
    const x = [[0.3], [-1], [2], [0.5]];
    const p = x.map((_, i) => x.map((__, j) => -Math.abs(i - j)));
    const p2 = x.map((_, i) => x.map((__, j) => -Math.min(Math.abs(i - j), 4 - Math.abs(i - j))));
    const a = attention(x, x, x, { bias: p }).weights;
    const a2 = attention(x, x, x, { bias: p2 }).weights;
    const c = biasChange(a, a2, p, p2);
    expect(c.delta).toBe(2);
    let direct = 0;
    for (let i = 0; i < 4; i++)
      for (let j = 0; j < 4; j++) direct = Math.max(direct, Math.abs(Math.log(a2[i][j] / a[i][j])));
    expect(c.maxLogRatio).toBe(direct);
    expect(c.maxLogRatio).toBeLessThanOrEqual(2 * c.delta);
  });

  it("an underflowing weight gives an infinite log-ratio; bad shapes are refused", () => {
    const c = biasChange([[1, 0]], [[0.5, 0.5]], [[0, 0]], [[0, 0]]);
    expect(c.maxLogRatio).toBe(Number.POSITIVE_INFINITY);
    expect(() => biasChange([[1]], [[1, 0]], [[0]], [[0]])).toThrow();
    expect(() => biasChange([[-1]], [[1]], [[0]], [[0]])).toThrow(RangeError);
  });
});
