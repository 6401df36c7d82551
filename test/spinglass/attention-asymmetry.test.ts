import { describe, expect, it } from "vitest";
import {
  attentionCouplings,
  maxAsymmetry,
  maxAsymmetryOdd,
  hasUnsaturatedPair,
  maxRelativeAsymmetry,
  asymmetryOverRounding,
  hasResolvablePair,
  scoreMass,
} from "../../src/spinglass/attention-asymmetry.js";
import { gaussianArray } from "../../src/spinglass/arbitraries.js";

describe("attention couplings' asymmetry", () => {
  it("rows are softmax distributions and the two roads to the asymmetry agree", () => {
    for (const seed of [1, 2, 3]) {
      const N = 5;
      const D = 3;
      const J = attentionCouplings(
        gaussianArray(seed, N * D),
        gaussianArray(seed + 1, D * D),
        gaussianArray(seed + 2, D * D),
        N,
        D,
      );
      for (let i = 0; i < N; i++) {
        let s = 0;
        for (let j = 0; j < N; j++) s += J[i * N + j];
        expect(s).toBeCloseTo(1, 14);
      }
      expect(maxAsymmetry(J, N)).toBeCloseTo(maxAsymmetryOdd(J, N), 15);
      expect(maxAsymmetry(J, N)).toBeGreaterThan(1e-3);
    }
  });
  it("the causal mask zeroes the upper triangle; the tied unnormalized kernel is symmetric", () => {
    const N = 4;
    const D = 2;
    const x = gaussianArray(7, N * D);
    const w = gaussianArray(8, D * D);
    const c = attentionCouplings(x, w, w, N, D, { causal: true });
    expect(c[0 * N + 1]).toBe(0);
    expect(c[1 * N + 0]).toBeGreaterThan(0);
    expect(c[0]).toBe(1);
    const t = attentionCouplings(x, w, w, N, D, { tiedUnnormalized: true });
    expect(maxAsymmetry(t, N)).toBeLessThan(1e-12 * Math.max(...t));
  });
  it("a small hand case: x = [[1],[2]], W_Q = W_K = [1]", () => {
    // scores s_ij = x_i x_j: [[1, 2], [2, 4]]; row softmax J_01 = e²/(e + e²), J_10 = e²/(e² + e⁴).
    const J = attentionCouplings(new Float64Array([1, 2]), new Float64Array([1]), new Float64Array([1]), 2, 1);
    expect(J[1]).toBeCloseTo(Math.E ** 2 / (Math.E + Math.E ** 2), 14);
    expect(J[2]).toBeCloseTo(Math.E ** 2 / (Math.E ** 2 + Math.E ** 4), 14);
  });
});

describe("maxRelativeAsymmetry", () => {
  it("measures asymmetry in units of the couplings: a peaked pair is plainly asymmetric", () => {
    // J_12 = 1e-10, J_21 = 1e-11: absolute difference 9e-11, relative 9/11.
    const J = Float64Array.from([1 - 1e-10, 1e-10, 1e-11, 1 - 1e-11]);
    expect(maxAsymmetry(J, 2)).toBeLessThan(1e-9);
    expect(maxRelativeAsymmetry(J, 2)).toBeCloseTo(9 / 11, 12);
  });
  it("is 0 for a symmetric matrix and for a pair of zeros, and 1 when one side is 0", () => {
    expect(maxRelativeAsymmetry(Float64Array.from([1, 2, 2, 1]), 2)).toBe(0);
    expect(maxRelativeAsymmetry(Float64Array.from([1, 0, 0, 1]), 2)).toBe(0);
    expect(maxRelativeAsymmetry(Float64Array.from([1, 0, 0.5, 0.5]), 2)).toBe(1);
    // Both near 1 (each row puts its weight on the other token): measured against 1 − J.
    const near1 = Float64Array.from([2e-10, 1 - 2e-10, 1 - 1e-10, 1e-10]);
    expect(maxRelativeAsymmetry(near1, 2)).toBeCloseTo(1 / 3, 5);
    expect(() => maxRelativeAsymmetry(Float64Array.from([1, Number.NaN, 0, 1]), 2)).toThrow(/maxRelativeAsymmetry: J/);
  });
});

describe("hasUnsaturatedPair", () => {
  it("is false only when every pair is exactly 0 or 1 on some side", () => {
    expect(hasUnsaturatedPair(Float64Array.from([0, 1, 1, 0]), 2)).toBe(false);
    expect(hasUnsaturatedPair(Float64Array.from([1e-300, 1 - 2 ** -52, 0.5, 0.5]), 2)).toBe(true);
    expect(hasUnsaturatedPair(Float64Array.from([1, 0, 1e-20, 1]), 2)).toBe(false);
    expect(() => hasUnsaturatedPair(Float64Array.from([1, Number.NaN, 0, 1]), 2)).toThrow(/hasUnsaturatedPair: J/);
  });
});

describe("asymmetryOverRounding", () => {
  it("near-uniform rows (an --explore input): the asymmetry is ¼|S₁₁ − S₂₂| (closed form), far above rounding", () => {
    // N = 2, D = 1: J_12 = σ(S_12 − S_11), J_21 = σ(S_21 − S_22) with S_12 = S_21, so for tiny scores
    // J_12 − J_21 ≈ (S_22 − S_11)/4 = (x_2² − x_1²)·w_q·w_k/4.
    const seed = 1886836588;
    const x = gaussianArray(seed, 2);
    const wq = gaussianArray(seed + 1, 1);
    const wk = gaussianArray(seed + 2, 1);
    const J = attentionCouplings(x, wq, wk, 2, 1);
    const closed = ((x[1] ** 2 - x[0] ** 2) * wq[0] * wk[0]) / 4;
    expect(Math.abs(J[1] - J[2]) / Math.abs(closed)).toBeCloseTo(1, 3);
    expect(maxRelativeAsymmetry(J, 2)).toBeLessThan(1e-6); // a fixed relative threshold called it symmetric
    const mass = scoreMass(x, wq, wk, 2, 1);
    expect(mass).toBeCloseTo(Math.max(x[0] ** 2, x[1] ** 2) * Math.abs(wq[0] * wk[0]), 18);
    expect(asymmetryOverRounding(J, 2, 1, mass)).toBeGreaterThan(1e5); // 3.6e5
  });
  it("a symmetric matrix with an entry moved by a few ulps is within rounding; the tied kernel is exactly symmetric", () => {
    const J = Float64Array.from([0.25, 0.75, 0.75, 0.25]);
    J[2] = 0.75 + 4 * Number.EPSILON;
    expect(asymmetryOverRounding(J, 2, 1, 1)).toBeLessThan(1);
    expect(asymmetryOverRounding(J, 2, 1, 1)).toBeGreaterThan(0);
    const x = gaussianArray(5, 6);
    const wq = gaussianArray(6, 9);
    const tied = attentionCouplings(x, wq, wq, 2, 3, { tiedUnnormalized: true });
    expect(asymmetryOverRounding(tied, 2, 3, scoreMass(x, wq, wq, 2, 3))).toBe(0);
  });
  it("the rounding unit grows with the scores' mass and the sizes", () => {
    const J = Float64Array.from([0.5, 0.5 + 1e-12, 0.5, 0.5]);
    expect(asymmetryOverRounding(J, 2, 1, 0)).toBeGreaterThan(1);
    expect(asymmetryOverRounding(J, 2, 1, 1e3)).toBeLessThan(1);
    expect(() => asymmetryOverRounding(J, 2, 1, Number.NaN)).toThrow(/mass must be finite/);
  });
});

describe("hasResolvablePair", () => {
  it("an --explore input whose off-diagonal weights round to within rounding of 1 is not resolvable", () => {
    const seed = 1330237592;
    const [N, D] = [2, 7];
    const x = gaussianArray(seed, N * D);
    const wq = gaussianArray(seed + 1, D * D);
    const wk = gaussianArray(seed + 2, D * D);
    const J = attentionCouplings(x, wq, wk, N, D);
    const mass = scoreMass(x, wq, wk, N, D);
    // 1 − J_12 and 1 − J_21 are the diagonal weights J_11, J_22 (rows sum to 1): both below the rounding unit.
    expect(Math.max(J[0], J[3])).toBeLessThan(64 * (2 * D * mass + 4 * N + 8) * Number.EPSILON);
    expect(hasResolvablePair(J, N, D, mass)).toBe(false);
    expect(asymmetryOverRounding(J, N, D, mass)).toBeLessThan(1);
  });
  it("a pair away from 1 is resolvable, two exact zeros are not", () => {
    expect(hasResolvablePair(Float64Array.from([0.5, 0.5, 0.4, 0.6]), 2, 1, 1)).toBe(true);
    expect(hasResolvablePair(Float64Array.from([1, 0, 0, 1]), 2, 1, 1)).toBe(false);
    expect(hasResolvablePair(Float64Array.from([0, 1, 1, 0]), 2, 1, 1)).toBe(false);
  });
});
