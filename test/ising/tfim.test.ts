import { describe, expect, it } from "vitest";
import { tfimGroundCurvature, tfimGroundEnergyExact, tfimGroundEnergyFreeFermion } from "../../src/ising/index.js";

describe("TFIM chain", () => {
  it("matches the free-fermion energy by Lanczos", () => {
    for (const [N, g] of [
      [4, 0.5],
      [7, 1],
      [10, 2.2],
    ])
      expect(tfimGroundEnergyExact(N, g)).toBeCloseTo(tfimGroundEnergyFreeFermion(N, g), 9);
  });
  it("has the exact limits E₀(0) = −N and E₀ ≈ −gN for g ≫ 1", () => {
    expect(tfimGroundEnergyFreeFermion(6, 0)).toBeCloseTo(-6, 12);
    expect(tfimGroundEnergyFreeFermion(6, 1000) / 6000).toBeCloseTo(-1, 5);
  });
  it("has the analytic curvature equal to a finite difference", () => {
    const d = 1e-4;
    const fd =
      (tfimGroundEnergyFreeFermion(8, 0.9 + d) -
        2 * tfimGroundEnergyFreeFermion(8, 0.9) +
        tfimGroundEnergyFreeFermion(8, 0.9 - d)) /
      (d * d);
    expect(fd).toBeCloseTo(tfimGroundCurvature(8, 0.9), 5);
  });
});

describe("Lanczos robustness", () => {
  it("does not produce a ghost eigenvalue below the spectrum once the symmetric Krylov space is exhausted (N = 9, g = 0.16529, found by --explore)", () => {
    const g = 0.1652895960432595;
    for (const m of [40, 80, 200])
      expect(tfimGroundEnergyExact(9, g, { iterations: m })).toBeCloseTo(tfimGroundEnergyFreeFermion(9, g), 10);
  });
});
