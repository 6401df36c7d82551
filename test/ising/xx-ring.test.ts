import { describe, expect, it } from "vitest";
import {
  xxRingCrossings,
  xxRingGroundEnergyExact,
  xxRingGroundEnergyFreeFermion,
  xxRingHamiltonian,
} from "../../src/ising/xx-ring.js";

describe("the XX ring in a field", () => {
  it("exact diagonalisation equals the free-fermion closed form (N = 3 … 5, h ∈ [0, 3])", () => {
    for (let N = 3; N <= 5; N++)
      for (let k = 0; k <= 30; k++) {
        const h = k / 10 + 0.013;
        expect(xxRingGroundEnergyExact(N, h)).toBeCloseTo(xxRingGroundEnergyFreeFermion(N, h), 10);
      }
  });
  it("N = 4: crossings at 2√2 − 2 and 2, E₀(0) = −4√2, and the Hamiltonian is symmetric", () => {
    const c = xxRingCrossings(4, 3);
    expect(c).toHaveLength(2);
    expect(c[0]).toBeCloseTo(2 * Math.SQRT2 - 2, 12);
    expect(c[1]).toBeCloseTo(2, 12);
    expect(xxRingGroundEnergyExact(4, 0)).toBeCloseTo(-4 * Math.SQRT2, 10);
    const H = xxRingHamiltonian(4, 0.3);
    for (let i = 0; i < 16; i++) for (let j = 0; j < 16; j++) expect(H[i][j]).toBe(H[j][i]);
  });
  it("dE₀/dh from ED jumps by 2 at each crossing", () => {
    for (const hc of xxRingCrossings(4, 3)) {
      const d = 1e-5;
      const left = (xxRingGroundEnergyExact(4, hc) - xxRingGroundEnergyExact(4, hc - d)) / d;
      const right = (xxRingGroundEnergyExact(4, hc + d) - xxRingGroundEnergyExact(4, hc)) / d;
      expect(Math.abs(right - left)).toBeCloseTo(2, 6);
    }
    expect(() => xxRingHamiltonian(2, 0)).toThrow(RangeError);
  });
});
