import { describe, expect, it } from "vitest";
import { growthFamily } from "../../src/precision/growth-family.js";
import { assumptionConstants } from "../../src/precision/trotter-bounds.js";
import { trotterError } from "../../src/precision/trotter.js";

describe("growthFamily", () => {
  it("has M = 1, ε = ½, L = 2 and β = t/2", () => {
    const { Hs, beta } = growthFamily(3);
    const { epsilon, M } = assumptionConstants(Hs, 30);
    expect(M.toNumber()).toBeCloseTo(1, 25);
    // Second road by hand: [diag(1,−1), X/4] = [[0, ½], [−½, 0]], spectral norm ½.
    expect(epsilon.toNumber()).toBeCloseTo(0.5, 25);
    expect(beta).toBe(1.5);
  });
  it("needs a constant growing like e^{5t/8}: error/(β²L²ε) at n = 1 grows by > e^{0.5·(40−20)}", () => {
    const need = (t: number) => {
      const { Hs, beta } = growthFamily(t);
      return trotterError(Hs, beta, 1, { digits: 20 }).toNumber() / (beta * beta * 4 * 0.5);
    };
    expect(need(40) / need(20)).toBeGreaterThan(Math.exp(10));
    expect(() => growthFamily(Number.NaN)).toThrow(RangeError);
  });
});
