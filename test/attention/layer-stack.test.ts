import { describe, expect, it } from "vitest";
import { maxLogOddsChange, stackWeights } from "../../src/attention/layer-stack.js";
import { rowSoftmax } from "../../src/attention/attention.js";

const x = [
  [1, 0],
  [0, 2],
  [-1, 1],
];
const l1 = {
  wq: [
    [1, 0.5],
    [0, 1],
  ],
  wk: [
    [0.5, 0],
    [1, -1],
  ],
  wv: [
    [1, 2],
    [-1, 0.5],
  ],
};
const l2 = {
  wq: [
    [0.3, 0],
    [0.2, -0.4],
  ],
  wk: [
    [1, 0],
    [0.5, 1],
  ],
  wv: [
    [1, 0],
    [0, 1],
  ],
};

/** Second road: one layer by explicit loops with Math.exp (scale 1/√d_k, rows normalised by hand). */
function layerByHand(z: number[][], h: typeof l1): { w: number[][]; out: number[][] } {
  const mul = (a: number[][], b: number[][]) =>
    a.map((r) => b[0].map((_, c) => r.reduce((s, v, k) => s + v * b[k][c], 0)));
  const q = mul(z, h.wq);
  const k = mul(z, h.wk);
  const v = mul(z, h.wv);
  const dk = h.wq[0].length;
  const w = q.map((qi) => {
    const e = k.map((kj) => Math.exp(qi.reduce((s, a, c) => s + a * kj[c], 0) / Math.sqrt(dk)));
    const sum = e.reduce((s, a) => s + a, 0);
    return e.map((a) => a / sum);
  });
  return { w, out: mul(w, v) };
}

describe("stackWeights", () => {
  it("layer 2's weights are computed from layer 1's output (explicit loops agree to 1e-14)", () => {
    const [a1, a2] = stackWeights(x, [l1, l2]);
    const h1 = layerByHand(x, l1);
    const h2 = layerByHand(h1.out, l2);
    a1.forEach((r, i) => r.forEach((p, j) => expect(p).toBeCloseTo(h1.w[i][j], 14)));
    a2.forEach((r, i) => r.forEach((p, j) => expect(p).toBeCloseTo(h2.w[i][j], 14)));
  });
  it("scaling layer 1's W_V by 2 changes layer 2's weights; layer 1's do not change", () => {
    const [a1, a2] = stackWeights(x, [l1, l2]);
    const [b1, b2] = stackWeights(x, [{ ...l1, wv: l1.wv.map((r) => r.map((v) => 2 * v)) }, l2]);
    expect(maxLogOddsChange(a1, b1)).toBe(0);
    expect(maxLogOddsChange(a2, b2)).toBeGreaterThan(1e-3);
  });
  it("refuses an empty stack", () => {
    expect(() => stackWeights(x, [])).toThrow(RangeError);
  });
});

describe("maxLogOddsChange", () => {
  it("equals |c − 1| times the largest row spread of s for softmax(c·s) vs softmax(s) (closed form)", () => {
    const s = [
      [0, 1, -2],
      [3, 3, 3],
      [0.5, -0.5, 4],
    ];
    const c = 2.5;
    const spread = Math.max(...s.map((r) => Math.max(...r) - Math.min(...r)));
    expect(maxLogOddsChange(rowSoftmax(s), rowSoftmax(s, c))).toBeCloseTo((c - 1) * spread, 12);
  });
  it("is 0 for rows shifted by a constant, and refuses zero weights and mismatched shapes", () => {
    expect(maxLogOddsChange(rowSoftmax([[1, 2]]), rowSoftmax([[11, 12]]))).toBeCloseTo(0, 14);
    expect(() => maxLogOddsChange([[0, 1]], [[0.5, 0.5]])).toThrow(RangeError);
    expect(() => maxLogOddsChange([[1]], [[0.5, 0.5]])).toThrow(RangeError);
  });
});
