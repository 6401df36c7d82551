import { describe, expect, it } from "vitest";
import { gaussianScaledDotMoment, rademacherDotVariance } from "../../src/attention/logit-variance.js";
import { Prng } from "../../src/random/prng.js";

describe("logit variance", () => {
  it("Rademacher: the binomial sum equals d_k, and brute-force enumeration of q, k ∈ {±1}^d agrees", () => {
    for (const dk of [1, 2, 7, 64, 1024]) expect(rademacherDotVariance(dk).sub(dk).abs().lt("1e-40")).toBe(true);
    for (let d = 1; d <= 5; d++) {
      let s = 0;
      let s2 = 0;
      const count = 4 ** d;
      for (let code = 0; code < count; code++) {
        let dot = 0;
        for (let c = 0; c < d; c++) {
          const q = (code >> (2 * c)) & 1 ? 1 : -1;
          const k = (code >> (2 * c + 1)) & 1 ? 1 : -1;
          dot += q * k;
        }
        s += dot;
        s2 += dot * dot;
      }
      expect(s).toBe(0);
      expect(s2 / count).toBe(rademacherDotVariance(d).toNumber());
    }
    expect(() => rademacherDotVariance(0)).toThrow(RangeError);
  });
  it("Gaussian: the estimate is within 5 standard errors of 1, and the SE matches the spread over seeds", () => {
    const ests: number[] = [];
    for (let s = 0; s < 40; s++) {
      const { estimate, se } = gaussianScaledDotMoment(new Prng(s), 8, 500);
      expect(Math.abs(estimate - 1)).toBeLessThan(5 * se);
      ests.push(estimate);
    }
    const m = ests.reduce((a, b) => a + b, 0) / ests.length;
    const sd = Math.sqrt(ests.reduce((a, b) => a + (b - m) ** 2, 0) / (ests.length - 1));
    const se = gaussianScaledDotMoment(new Prng(0), 8, 500).se;
    expect(sd / se).toBeGreaterThan(0.6);
    expect(sd / se).toBeLessThan(1.5);
  });
});
