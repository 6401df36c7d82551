import { describe, expect, it } from "vitest";
import { rowSoftmax } from "../../src/attention/attention.js";
import { matmul, transpose } from "../../src/attention/matrix.js";
import { meanFieldMapVec, orthonormalMeanFieldGap, sampledMeanFieldGap } from "../../src/attention/mean-field-gap.js";
import { Prng } from "../../src/random/prng.js";

const identity = (n: number) =>
  Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));

describe("meanFieldMapVec", () => {
  it("at m = x_i is the attention average: row i of softmax(β X Xᵀ) X (second road: matrices)", () => {
    const x = [
      [0.3, -1.2, 2],
      [1, 0.5, -0.7],
      [-2, 0.1, 0.4],
      [0.9, 0.9, 0.9],
    ];
    const beta = 0.8;
    const alpha = rowSoftmax(matmul(x, transpose(x)), beta);
    const z = matmul(alpha, x);
    for (let i = 0; i < x.length; i++) {
      const g = meanFieldMapVec(x, beta, x[i]);
      for (let a = 0; a < 3; a++) expect(g[a]).toBeCloseTo(z[i][a], 14);
    }
  });
  it("refuses bad arguments", () => {
    expect(() => meanFieldMapVec([[1, 2]], Number.NaN, [1, 2])).toThrow(/beta/);
    expect(() => meanFieldMapVec([[1, 2]], 1, [1])).toThrow(/length/);
  });
});

describe("orthonormalMeanFieldGap", () => {
  it("every solution solves the reduced equation, the uniform weight 1/N is always one, and a_ex is never one", () => {
    for (const [beta, N] of [
      [0.1, 2],
      [1, 8],
      [4, 8],
      [8, 8],
      [20, 3],
    ]) {
      const o = orthonormalMeanFieldGap(beta, N);
      expect(o.exactWeight).toBeCloseTo(Math.exp(beta) / (Math.exp(beta) + N - 1), 14);
      expect(o.solutions.some((a) => Math.abs(a - 1 / N) < 1e-12)).toBe(true);
      for (const a of o.solutions) {
        const b = (1 - a) / (N - 1);
        const p = Math.exp(beta * a) / (Math.exp(beta * a) + (N - 1) * Math.exp(beta * b));
        expect(Math.abs(p - a)).toBeLessThan(1e-12);
      }
      expect(o.gap).toBeGreaterThan(0);
    }
  });
  it("second road: iterating the vector map on N orthonormal tokens from e_0 lands on one of the solutions, at the stated distance", () => {
    for (const [beta, N] of [
      [0.5, 8],
      [4, 8],
      [8, 8],
      [2, 3],
    ]) {
      const x = identity(N);
      const exact = meanFieldMapVec(x, beta, x[0]);
      expect(exact[0]).toBeCloseTo(orthonormalMeanFieldGap(beta, N).exactWeight, 14);
      let m = exact;
      for (let t = 0; t < 20000; t++) m = meanFieldMapVec(x, beta, m);
      const o = orthonormalMeanFieldGap(beta, N);
      const k = o.solutions.findIndex((a) => Math.abs(a - m[0]) < 1e-9);
      expect(k).toBeGreaterThanOrEqual(0);
      const dist = Math.hypot(...m.map((c, a) => c - exact[a]));
      expect(dist).toBeCloseTo(Math.abs(o.solutions[k] - o.exactWeight) * Math.sqrt(N / (N - 1)), 9);
      expect(o.gap).toBeLessThanOrEqual(dist + 1e-12);
    }
  });
  it("is the d_model → ∞ limit: random unit tokens at D = 4096 give the same gap within 3 % (median of 11 draws)", () => {
    for (const beta of [0.5, 4]) {
      const limit = orthonormalMeanFieldGap(beta, 8);
      // From x_0 the iteration reaches the solution nearest the exact average in both cases (checked above).
      const rng = new Prng(11);
      const g = Array.from({ length: 11 }, (_, t) => sampledMeanFieldGap(rng.split(t), 8, 4096, beta).gap).sort(
        (a, b) => a - b,
      );
      expect(Math.abs(g[5] / limit.gap - 1)).toBeLessThan(0.03);
    }
  });
  it("refuses bad arguments", () => {
    expect(() => orthonormalMeanFieldGap(0, 4)).toThrow(/beta/);
    expect(() => orthonormalMeanFieldGap(1, 1)).toThrow(/N/);
    expect(() => sampledMeanFieldGap(new Prng(1), 8, 0, 1)).toThrow(/D/);
  });
});
