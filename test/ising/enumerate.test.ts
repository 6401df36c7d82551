import { describe, expect, it } from "vitest";
import {
  densityOfStates,
  energyHistogram,
  enumerateIsing,
  grayConfiguration,
  isingEnergy,
  squareLattice,
  isingChain,
  MAX_ENUMERATION_SPINS,
} from "../../src/ising/index.js";

describe("Gray-code enumeration", () => {
  it("stores at index i the energy and magnetization of configuration g(i), recomputed from scratch", () => {
    const model = squareLattice(3, 3, { h: 0.3 });
    const en = enumerateIsing(model);
    for (const i of [0, 1, 2, 77, 300, 511]) {
      const s = grayConfiguration(i, 9);
      expect(en.energy[i]).toBeCloseTo(isingEnergy(model, s), 12);
      expect(en.magnetization[i]).toBe(s.reduce((a, b) => a + b, 0));
    }
  });
  it("visits every configuration exactly once", () => {
    const seen = new Set<number>();
    for (let i = 0; i < 1 << 10; i++) seen.add(i ^ (i >>> 1));
    expect(seen.size).toBe(1 << 10);
  });
  it("gives the 4×4 torus density of states with 2^16 states, ground energy −32 twice and E ↔ −E symmetry", () => {
    const hist = energyHistogram(densityOfStates(squareLattice(4, 4)));
    expect(hist.reduce((a, [, c]) => a + c, 0)).toBe(65536);
    expect(hist[0]).toEqual([-32, 2]);
    const map = new Map(hist);
    for (const [E, c] of hist) expect(map.get(-E)).toBe(c); // bipartite lattice
  });
  it("rejects systems too large to enumerate and non-integer couplings for the density of states", () => {
    expect(() => enumerateIsing(isingChain(MAX_ENUMERATION_SPINS + 1))).toThrow(RangeError);
    expect(() => densityOfStates(isingChain(4, { J: 0.5 }))).toThrow(RangeError);
  });
});
