import { describe, expect, it } from "vitest";
import { headResponses } from "../../src/attention/layer-sensitivity.js";
import { attention } from "../../src/attention/attention.js";

const q = [
  [1, -0.5],
  [0.3, 2],
  [-1, 0.7],
];
const k = [
  [0.2, 1],
  [-1.5, 0.4],
  [0.9, -0.3],
];
const v = [
  [1, 2],
  [-0.5, 0.1],
  [3, -1],
];
const fro = (m: number[][]) => Math.sqrt(m.flat().reduce((a, x) => a + x * x, 0));
const sub = (a: number[][], b: number[][], h: number) => a.map((r, i) => r.map((x, j) => (x - b[i][j]) / h));

describe("headResponses", () => {
  it("both responses match central finite differences of the attention output (second road)", () => {
    const c = 1 / Math.sqrt(2);
    const h = 1e-6;
    const { value, scores } = headResponses(q, k, v);
    const vPlus = attention(
      q,
      k,
      v.map((r) => r.map((x) => x * (1 + h))),
    ).output;
    const vMinus = attention(
      q,
      k,
      v.map((r) => r.map((x) => x * (1 - h))),
    ).output;
    expect(fro(sub(vPlus, vMinus, 2 * h))).toBeCloseTo(value, 8);
    const sPlus = attention(q, k, v, { scale: c * (1 + h) }).output;
    const sMinus = attention(q, k, v, { scale: c * (1 - h) }).output;
    expect(fro(sub(sPlus, sMinus, 2 * h))).toBeCloseTo(scores, 8);
  });
  it("zero scores (uniform attention): the score response is 0, the value response ‖mean of V‖·√N", () => {
    const zero = q.map((r) => r.map(() => 0));
    const r = headResponses(zero, k, v);
    expect(r.scores).toBe(0);
    const mean = [0, 1].map((c) => (v[0][c] + v[1][c] + v[2][c]) / 3);
    expect(r.value).toBeCloseTo(Math.sqrt(3) * Math.hypot(...mean), 14);
  });
  it("adding a common offset to every value row leaves the score response unchanged (a covariance)", () => {
    const shifted = v.map((r) => r.map((x) => x + 10));
    expect(headResponses(q, k, shifted).scores).toBeCloseTo(headResponses(q, k, v).scores, 12);
  });
});
