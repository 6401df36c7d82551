import { describe, expect, it } from "vitest";
import {
  xxRingCrossings,
  xxRingGroundEnergyExact,
  xxRingGroundEnergyFreeFermion,
  xxRingHamiltonian,
  xxRingSectorEnergy,
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

describe("the XX ring by hand (N = 4)", () => {
  it("the Z-basis matrix: diagonal −h·ΣZ_i, hopping amplitude 2 between neighbours", () => {
    const h = 0.3;
    const H = xxRingHamiltonian(4, h);
    expect(H[15][15]).toBeCloseTo(-4 * h, 15); // all up: ΣZ = 4
    expect(H[0][0]).toBeCloseTo(4 * h, 15); // all down
    expect(H[1][1]).toBeCloseTo(2 * h, 15); // one up: ΣZ = −2
    // |↑↓↓↓⟩ (b = 1) hops to its ring neighbours b = 2 (site 1) and b = 8 (site 3), not to b = 4.
    expect(H[2][1]).toBe(2);
    expect(H[8][1]).toBe(2);
    expect(H[4][1]).toBe(0);
  });
  it("sector energies: free fermions 4 cos k, periodic for odd n, antiperiodic for even n", () => {
    const h = 0.7;
    // n = 0, 4: no hopping, only the field term −h(2n − N).
    expect(xxRingSectorEnergy(4, 0, h)).toBeCloseTo(4 * h, 14);
    expect(xxRingSectorEnergy(4, 4, h)).toBeCloseTo(-4 * h, 14);
    // n = 1: one magnon with energy 4 cos k, k ∈ {0, π/2, π, 3π/2}, minimum −4.
    expect(xxRingSectorEnergy(4, 1, h)).toBeCloseTo(-4 + 2 * h, 14);
    // n = 2: k ∈ {π/4, 3π/4, 5π/4, 7π/4}, the two smallest 4 cos k are −2√2 each.
    expect(xxRingSectorEnergy(4, 2, h)).toBeCloseTo(-4 * Math.SQRT2, 14);
    expect(xxRingSectorEnergy(4, 3, h)).toBeCloseTo(-4 - 2 * h, 14);
  });
  it("crossings up to hMax inclusive", () => {
    // The second crossing, n = 3 → 4, is E_3 = E_4: −4 − 2h = −4h, h = 2 (exactly in float64 too).
    expect(xxRingCrossings(4, 2)).toHaveLength(2);
    expect(xxRingCrossings(4, 1.99)).toHaveLength(1);
    expect(xxRingCrossings(4, 0.8)).toHaveLength(0); // the first is 2√2 − 2 ≈ 0.83
  });
  it("rejects N outside [3, 12] and n outside [0, N]", () => {
    expect(() => xxRingSectorEnergy(13, 0, 0)).toThrow(/^xx ring: N must be an integer in \[3, 12\], got 13/);
    expect(xxRingSectorEnergy(12, 0, 1)).toBeCloseTo(12, 14);
    expect(() => xxRingSectorEnergy(2.5, 0, 0)).toThrow(/^xx ring: N must be/);
    expect(() => xxRingSectorEnergy(4, -1, 0)).toThrow(/^xx ring: n must be an integer in \[0, 4\]/);
    expect(() => xxRingSectorEnergy(4, 5, 0)).toThrow(/^xx ring: n must be an integer in \[0, 4\]/);
    expect(() => xxRingSectorEnergy(4, 1.5, 0)).toThrow(/^xx ring: n must be an integer in \[0, 4\]/);
  });
});
