import { describe, expect, it } from "vitest";
import { leanAttentionMatrix } from "../../src/attention/attention.js";
import { rowPartitionShares } from "../../src/attention/row-shares.js";

describe("row shares of a global normaliser", () => {
  it("Z_i/Z against direct sums of exponentials", () => {
    const s = [
      [0, 1],
      [2, -1],
      [0.5, 0.5],
    ];
    const zi = s.map((r) => r.reduce((a, b) => a + Math.exp(b), 0));
    const z = zi.reduce((a, b) => a + b, 0);
    rowPartitionShares(s).forEach((x, i) => expect(x).toBeCloseTo(zi[i] / z, 15));
  });
  it("stays finite for huge scores and sums to 1", () => {
    const sh = rowPartitionShares([
      [800, 799],
      [-800, 0],
      [801, 0],
    ]);
    expect(sh.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 15);
    expect(sh[1]).toBe(0);
  });
  it("the Lean matrix's row sums are the shares (second road: leanAttentionMatrix)", () => {
    const q = [
      [1, 0],
      [0.5, -1],
    ];
    const k = [
      [0.2, 1],
      [-1, 0.3],
    ];
    const lean = leanAttentionMatrix(q, k, 1);
    const s = q.map((qi) => k.map((kj) => qi[0] * kj[0] + qi[1] * kj[1]));
    rowPartitionShares(s).forEach((x, i) => expect(lean[i][0] + lean[i][1]).toBeCloseTo(x, 14));
  });
});
