import { describe, expect, it } from "vitest";
import {
  attractorBasins,
  basinConcentration,
  mixtureOfRestrictedGibbs,
  stateOfCode,
} from "../../src/hopfield/basins.js";
import { hebbianWeights } from "../../src/hopfield/hopfield.js";
import { dominanceBeta } from "../../src/hopfield/gibbs.js";
import { randomPatterns } from "../../src/hopfield/patterns.js";
import { Prng } from "../../src/random/prng.js";

describe("attractorBasins", () => {
  it("one stored pattern: two attractors (±pattern), each the strict energy minimum of its basin", () => {
    const N = 5;
    const p = [1, -1, 1, 1, -1];
    const b = attractorBasins(hebbianWeights([p]), new Float64Array(N), N);
    const attractors = b.attractors.map((c) => Array.from(stateOfCode(c, N)));
    expect(attractors).toHaveLength(2);
    expect(attractors).toContainEqual(p);
    expect(attractors).toContainEqual(p.map((v) => -v));
    // Odd N: no ties, the basins split the 32 states evenly by overlap sign.
    expect(Array.from(b.sizes)).toEqual([16, 16]);
    for (const g of b.gaps) expect(g).toBeGreaterThan(0);
  });
  it("a gap within the energies' rounding is a tie, exactly 0; real gaps are multiples of 4/N", () => {
    // Hebbian weights W = (1/N)Σ ξξᵀ with zero diagonal and θ = 0: E = −(1/2N)Σ_μ (ξ_μ·s)² + P/2, and
    // ξ_μ·s changes by ±2 under a flip, so exact energy differences are multiples of 4/N... or ties.
    // This network (found by --explore) has float64 gaps of 2.2e-16 where the exact gap is 0.
    const N = 9;
    const patterns = randomPatterns(new Prng(1382846764), 3, N);
    const b = attractorBasins(hebbianWeights(patterns), new Float64Array(N), N);
    const ties = Array.from(b.gaps).filter((g) => g === 0).length;
    expect(ties).toBeGreaterThan(0);
    for (const g of b.gaps) if (g !== 0) expect((g * N) / 4).toBeCloseTo(Math.round((g * N) / 4), 9);
    // With an exact 0 the dominance β is ∞ (no temperature makes a tied attractor dominate).
    expect(dominanceBeta(b)).toBe(Infinity);
  });
  it("attractor masses follow the closed form for one pattern", () => {
    // E(s) = −(1/2N)(Σ_i p_i s_i)² + 1/2 with zero diagonal; with N = 3 the basin of p has p itself
    // (overlap 3, E = −1) and three single flips (overlap 1, E = 1/3): mass 1/(1 + 3e^{−4β/3}).
    const N = 3;
    const b = attractorBasins(hebbianWeights([[1, 1, 1]]), new Float64Array(N), N);
    for (const beta of [0, 0.5, 2]) {
      for (const s of basinConcentration(b, beta))
        expect(s.attractorMass).toBeCloseTo(1 / (1 + 3 * Math.exp((-4 * beta) / 3)), 12);
    }
  });
  it("rejects asymmetric weights whose dynamics cycle, and bad sizes", () => {
    expect(() => attractorBasins([0, 1, -1, 0], [0.5, 0.5], 2)).toThrow(/cycle/);
    expect(() => attractorBasins([0], [0], 17)).toThrow(/\[1, 16\]/);
    expect(() => attractorBasins([0, 0, 0], [0, 0], 2)).toThrow(/W must have length 4, got an array of length 3/);
  });
});

describe("mixtureOfRestrictedGibbs", () => {
  it("rejects mismatched lengths and non-finite energies", () => {
    expect(() => mixtureOfRestrictedGibbs([0, 1], [0], 1)).toThrow(
      /labels must have length 2 \(as energies implies\), got an array of length 1/,
    );
    expect(() => mixtureOfRestrictedGibbs([0, Number.NaN], [0, 1], 1)).toThrow(/energies\[1\] must be finite, got NaN/);
  });
});

describe("attractorBasins with energies beyond float64", () => {
  it("refuses a state whose energy overflows instead of passing ±∞ into the gaps", () => {
    const M = Number.MAX_VALUE;
    const W = new Float64Array([0, M, M, M, 0, M, M, M, 0]);
    expect(() => attractorBasins(W, new Float64Array(3), 3)).toThrow(
      /attractorBasins: the energy of the state with code \d+ is -?Infinity/,
    );
  });
});
