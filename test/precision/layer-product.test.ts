import { describe, expect, it } from "vitest";
import { expmFloat } from "../../src/linalg/expm.js";
import { fromRows, matmul, spectralNorm, toRows } from "../../src/linalg/matrix.js";
import { randomCommuting, randomSymmetric } from "../../src/linalg/random.js";
import { decimalContext, rowsOf } from "../../src/precision/decimal-matrix.js";
import {
  layerExponentialProduct,
  layerNormGrowth,
  layerProductAmplification,
  minusBetaSum,
} from "../../src/precision/layer-product.js";
import { Prng } from "../../src/random/prng.js";

describe("layerExponentialProduct and minusBetaSum", () => {
  it("agree with mathjs's float expm (second road) to 1e-12", () => {
    const prng = new Prng(5);
    for (let trial = 0; trial < 4; trial++) {
      const Hs = [0, 1, 2].map((l) => randomSymmetric(prng.split(10 * trial + l), 3, 0.5));
      const beta = 0.75;
      const P = rowsOf(layerExponentialProduct(Hs, beta, 30, decimalContext(30))).map((r) => r.map(Number));
      const F = toRows(
        Hs.map((H) => fromRows(expmFloat(H.map((r) => r.map((x) => -beta * x))))).reduce((a, b) => matmul(a, b)),
      );
      for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) expect(Math.abs(P[i][j] - F[i][j])).toBeLessThan(1e-12);
      const S = minusBetaSum(Hs, beta);
      for (let i = 0; i < 3; i++)
        for (let j = 0; j < 3; j++) expect(S[i][j]).toBeCloseTo(-beta * (Hs[0][i][j] + Hs[1][i][j] + Hs[2][i][j]), 14);
    }
  });
  it("commuting (diagonal) layers: the product is e^{−β Σ diag}", () => {
    const P = rowsOf(
      layerExponentialProduct(
        [
          [
            [1, 0],
            [0, 2],
          ],
          [
            [0.5, 0],
            [0, -1],
          ],
        ],
        1,
        30,
        decimalContext(30),
      ),
    );
    expect(P[0][0].toNumber()).toBeCloseTo(Math.exp(-1.5), 14);
    expect(P[1][1].toNumber()).toBeCloseTo(Math.exp(-1), 14);
    expect(P[0][1].isZero()).toBe(true);
  });
  it("rejects an empty layer list", () => {
    expect(() => minusBetaSum([], 1)).toThrow(RangeError);
    expect(() => layerExponentialProduct([], 1, 20, decimalContext(20))).toThrow(RangeError);
  });
});

describe("layerProductAmplification", () => {
  const spectral = (rows: number[][]) => spectralNorm(fromRows(rows));
  it("equals ∏‖e^{−βH_l}‖₂ / ‖e^{−βΣH}‖₂ by float expm and Jacobi norms (second road), and is ≥ 1", () => {
    const prng = new Prng(8);
    for (let trial = 0; trial < 6; trial++) {
      const Hs =
        trial % 2 === 0
          ? randomCommuting(prng.split(trial), 4, 3)
          : [0, 1].map((l) => randomSymmetric(prng.split(10 * trial + l), 4, 1));
      const beta = 0.4 + 0.3 * trial;
      const factors = Hs.reduce((p, H) => p * spectral(expmFloat(H.map((r) => r.map((x) => -beta * x)))), 1);
      const road = factors / spectral(expmFloat(minusBetaSum(Hs, beta)));
      const a = layerProductAmplification(Hs, beta);
      expect(Math.abs(a - road) / road).toBeLessThan(1e-10);
      expect(a).toBeGreaterThanOrEqual(1 - 1e-12);
    }
  });
  it("is e^{β(λ_min(ΣH) − Σλ_min)} for diagonal layers whose minima sit on different entries", () => {
    const Hs = [
      [
        [-1, 0],
        [0, 2],
      ],
      [
        [3, 0],
        [0, -2],
      ],
    ];
    // λ_min(H₁) + λ_min(H₂) = −3, λ_min(H₁ + H₂) = min(2, 0) = 0.
    expect(layerProductAmplification(Hs, 0.5)).toBeCloseTo(Math.exp(1.5), 12);
    expect(layerProductAmplification(Hs, 0)).toBe(1);
  });
  it("refuses a negative or non-finite β and a non-symmetric layer, naming it", () => {
    const I = [
      [1, 0],
      [0, 1],
    ];
    expect(() => layerProductAmplification([I], -1)).toThrow(RangeError);
    expect(() => layerProductAmplification([I], Number.NaN)).toThrow(/beta/);
    expect(() =>
      layerProductAmplification(
        [
          I,
          [
            [1, 2],
            [0, 1],
          ],
        ],
        1,
      ),
    ).toThrow(/Hs\[1\]/);
  });
});

describe("layerNormGrowth", () => {
  it("is e^{|β|Σ‖H_l‖₂} (Pauli X and Z: norms 1) and bounds the norm of the layer product (second road: float expm)", () => {
    const X = [
      [0, 1],
      [1, 0],
    ];
    const Z = [
      [1, 0],
      [0, -1],
    ];
    expect(layerNormGrowth([X, Z], 1.5)).toBeCloseTo(Math.exp(3), 12);
    expect(layerNormGrowth([X, Z], -1.5)).toBeCloseTo(Math.exp(3), 12);
    const prng = new Prng(21);
    for (let trial = 0; trial < 5; trial++) {
      const Hs = [0, 1, 2].map((l) => randomSymmetric(prng.split(10 * trial + l), 3, 1));
      const beta = 0.3 * (trial + 1);
      const product = Hs.map((H) => fromRows(expmFloat(H.map((r) => r.map((x) => -beta * x))))).reduce((a, b) =>
        matmul(a, b),
      );
      expect(spectralNorm(product)).toBeLessThanOrEqual(layerNormGrowth(Hs, beta) * (1 + 1e-12));
    }
  });
  it("refuses a non-finite β", () => {
    expect(() => layerNormGrowth([[[1]]], Number.POSITIVE_INFINITY)).toThrow(/beta/);
  });
});
