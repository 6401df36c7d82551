import { describe, expect, it } from "vitest";
import { meanMagnetization } from "../../src/ising/field-convention.js";

describe("meanMagnetization under the two field conventions", () => {
  it("one free spin: tanh(βh) under eq 1, −tanh(βh) under eq 6 (closed form)", () => {
    for (const [h, beta] of [
      [0.3, 1],
      [-0.7, 2],
    ]) {
      expect(meanMagnetization(1, [], h, "eq1", beta)).toBeCloseTo(Math.tanh(beta * h), 14);
      expect(meanMagnetization(1, [], h, "eq6", beta)).toBeCloseTo(-Math.tanh(beta * h), 14);
    }
  });
  it("two coupled spins: ⟨m⟩ = sinh(2βh)/(cosh(2βh) + e^{−2βJ}) under eq 1", () => {
    const [J, h, b] = [0.8, 0.2, 1.3];
    const closed = Math.sinh(2 * b * h) / (Math.cosh(2 * b * h) + Math.exp(-2 * b * J));
    expect(meanMagnetization(2, [[0, 1, J]], h, "eq1", b)).toBeCloseTo(closed, 13);
    expect(meanMagnetization(2, [[0, 1, J]], h, "eq6", b)).toBeCloseTo(-closed, 13);
  });
});
