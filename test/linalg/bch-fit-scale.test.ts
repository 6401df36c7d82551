import { describe, expect, it } from "vitest";
import { bchFitScale } from "../../src/linalg/bch-fit-scale.js";
import { randomCommuting } from "../../src/linalg/random.js";
import { expm } from "../../src/precision/expm.js";
import { decimalContext, daxpy, dspectralNorm, toDecimalMatrix } from "../../src/precision/decimal-matrix.js";
import { layerExponentialProduct, minusBetaSum } from "../../src/precision/layer-product.js";
import { fitOrder } from "../../src/precision/trotter-bounds.js";
import { Prng } from "../../src/random/prng.js";

type Rows = number[][];
const X: Rows = [
  [0, 1],
  [1, 0],
];
const Z: Rows = [
  [1, 0],
  [0, -1],
];
/** Three 2×2 layers an --explore pass drew: c₂ = 1/32, and the fixed grid 2^-5 … 2^-8 fitted 2.154. */
const explored: Rows[] = [
  [
    [-1, 0.25],
    [0.25, 0.5],
  ],
  [
    [1, -1],
    [-1, -0.75],
  ],
  [
    [-0.75, -0.25],
    [-0.25, 0.5],
  ],
];

/** Second road: the fitted order of ‖∏e^{−βH_l} − e^{−βΣH}‖ at 45 digits over β₀·2^-k, k = 0…3. */
function plainOrder(Hs: Rows[], beta0: number): number {
  const C = decimalContext(45);
  const betas = [0, 1, 2, 3].map((k) => beta0 / 2 ** k);
  const errs = betas.map((b) => {
    const P = layerExponentialProduct(Hs, b, 45, C);
    const E = toDecimalMatrix(expm(minusBetaSum(Hs, b), { digits: 45 }), C);
    return dspectralNorm(daxpy(P, -1, E, C), C);
  });
  return fitOrder(
    betas.map((b) => 1 / b),
    errs,
  );
}

/** Symmetric n×n layers with entries k/4, k ∈ [−4, 4], from a seed (the Trotter family's inputs). */
function dyadicLayers(seed: number, n: number, L: number): Rows[] {
  const r = new Prng(seed);
  return Array.from({ length: L }, () => {
    const A = Array.from({ length: n }, () => new Array<number>(n).fill(0));
    for (let i = 0; i < n; i++) for (let j = i; j < n; j++) A[i][j] = A[j][i] = (Math.floor(r.next() * 9) - 4) / 4;
    return A;
  });
}

describe("bchFitScale", () => {
  it("is the cap when the β² term vanishes: one layer, commuting layers", () => {
    expect(bchFitScale([X])).toBe(2 ** -5);
    for (let seed = 0; seed < 5; seed++) expect(bchFitScale(randomCommuting(new Prng(seed), 3, 3), 0.1)).toBe(0.1);
  });

  it("is cap·c₂/M by hand on Pauli X and Z", () => {
    // [X, Z] = [[0, −2], [2, 0]], ‖·‖₂ = 2, so c₂ = 1; ‖X‖ = ‖Z‖ = 1, s = 2, M = 8/3.
    expect(bchFitScale([X, Z])).toBeCloseTo(2 ** -5 * (3 / 8), 15);
    expect(bchFitScale([X, Z], 1)).toBeCloseTo(3 / 8, 15);
    // Scaling every layer by t scales c₂ by t² and M by t³: β₀ by 1/t (below the cap).
    const t = 4;
    const scaled = [X, Z].map((H) => H.map((row) => row.map((x) => t * x)));
    expect(bchFitScale(scaled, 1)).toBeCloseTo(3 / 8 / t, 15);
  });

  it("puts the explored layers' fit at order 2 within 0.03, where the fixed grid was 0.154 off", () => {
    const beta0 = bchFitScale(explored);
    expect(beta0).toBeLessThan(2 ** -5);
    expect(Math.abs(plainOrder(explored, 2 ** -5) - 2)).toBeGreaterThan(0.1);
    expect(Math.abs(plainOrder(explored, beta0) - 2)).toBeLessThan(0.03);
  });

  it("keeps the fitted order within 0.03 of 2 on random dyadic layers (ρβ₀ ≤ 2^-5 bounds the slope's drift by 0.023)", () => {
    let fitted = 0;
    for (let seed = 1; seed <= 6; seed++) {
      const Hs = dyadicLayers(seed, 2 + (seed % 2), 2 + (seed % 3 === 0 ? 1 : 0));
      if (bchFitScale(Hs, 1) === 1) continue;
      expect(Math.abs(plainOrder(Hs, bchFitScale(Hs)) - 2), `seed ${seed}`).toBeLessThan(0.03);
      fitted++;
    }
    expect(fitted).toBeGreaterThanOrEqual(4);
  });

  it("refuses a cap that is not finite and positive", () => {
    for (const cap of [0, -1, Number.NaN, Number.POSITIVE_INFINITY])
      expect(() => bchFitScale([X, Z], cap)).toThrow(RangeError);
  });
});
