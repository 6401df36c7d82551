import { describe, expect, it } from "vitest";
import { softmax } from "../../src/attention/softmax.js";
import { medianParticipation, standardAttentionRows } from "../../src/attention/standard-attention.js";
import { Prng } from "../../src/random/prng.js";

describe("standard attention rows", () => {
  it("scores are q·k/√d_k from the same stream (second road: the dot products by hand)", () => {
    const rows = standardAttentionRows(new Prng(5), 3, 4, 1, 2, true);
    const rng = new Prng(5);
    const draw = () => Array.from({ length: 4 }, () => rng.normal());
    const q = [draw(), draw()];
    const k = [draw(), draw(), draw()];
    for (let i = 0; i < 2; i++)
      for (let j = 0; j < 3; j++) {
        const byHand = q[i].reduce((s, x, c) => s + x * k[j][c], 0) / 2;
        expect(rows[i][j]).toBeCloseTo(byHand, 13);
      }
  });
  it("the logit variance is s⁴ for every d_k (Monte Carlo within 5 SE)", () => {
    for (const dk of [1, 16, 64]) {
      const rows = standardAttentionRows(new Prng(dk), 400, dk, 1, 400, true).flat();
      const v = rows.reduce((s, x) => s + x * x, 0) / rows.length;
      // Scores share their 400 queries and 400 keys: at d_k = 1 the mean of q² and of k² over 400
      // draws each carry SE √(2/400) ≈ 0.07, so the product's SE is ≈ 0.1; 0.35 is 3.5 SE.
      expect(Math.abs(v - 1)).toBeLessThan(0.35);
    }
  });
  it("unit-variance rows are delocalised (PR ≈ N/e), tiny-variance rows nearly uniform", () => {
    const n = 512;
    const pr = medianParticipation(new Prng(1), n, 32, 1, true);
    expect(pr / (n / Math.E)).toBeGreaterThan(0.7);
    expect(pr / (n / Math.E)).toBeLessThan(1.3);
    expect(medianParticipation(new Prng(1), n, 32, 1e-4, true)).toBeGreaterThan(0.999 * n);
    expect(softmax([0, 0]).length).toBe(2);
  });
});
