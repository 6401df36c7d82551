import { describe, expect, it } from "vitest";
import { fieldCovariance, fieldMean, fieldWeights, responseByDifferences } from "../../src/attention/susceptibility.js";

describe("susceptibility of a field-weighted token average", () => {
  it("two scalar tokens ±1: m = tanh(βh), χ = β(1 − tanh²) (closed form), and the differences agree", () => {
    const x = [[1], [-1]];
    const beta = 1.7;
    const h = [0.3];
    expect(fieldMean(x, h, beta)[0]).toBeCloseTo(Math.tanh(beta * 0.3), 14);
    const chi = beta * (1 - Math.tanh(beta * 0.3) ** 2);
    expect(beta * fieldCovariance(x, h, beta)[0][0]).toBeCloseTo(chi, 14);
    expect(responseByDifferences(x, h, beta)[0][0]).toBeCloseTo(chi, 8);
  });
  it("weights are a distribution", () => {
    const p = fieldWeights(
      [
        [1, 2],
        [0, -1],
        [3, 0],
      ],
      [0.2, -0.4],
      2,
    );
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 15);
  });
});
