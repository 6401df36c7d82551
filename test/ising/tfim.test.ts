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

describe("Lanczos in the symmetric sector", () => {
  it("equals Lanczos on the full 2^N space (the same Krylov space) to rounding, for N = 3..12 and g of either sign", () => {
    for (let N = 3; N <= 12; N++)
      for (const g of N > 10 ? [0.3, 1.7] : [0, 0.05, 0.1642895960432595, 0.5, 1, 2.2, 3, -0.7]) {
        const fast = tfimGroundEnergyExact(N, g);
        const full = tfimGroundEnergyExact(N, g, { space: "full" });
        expect(Math.abs(fast - full)).toBeLessThanOrEqual(1e-13 * Math.max(1, Math.abs(full)));
      }
  });
  it("respects the iteration cap like the full space (a 3-step Krylov space gives the same Ritz value)", () => {
    const fast = tfimGroundEnergyExact(10, 0.8, { iterations: 3 });
    const full = tfimGroundEnergyExact(10, 0.8, { iterations: 3, space: "full" });
    expect(Math.abs(fast - full)).toBeLessThanOrEqual(1e-13 * Math.abs(full));
    expect(fast).toBeGreaterThan(tfimGroundEnergyFreeFermion(10, 0.8) + 1e-6);
  });
});
