import { describe, expect, it } from "vitest";
import {
  couplingEnergy,
  couplingEnergyPairs,
  evenOddSplit,
  kineticEnergy,
  lossHamiltonian,
  lossHamiltonianExpanded,
  vectorSpinEnergy,
  vectorSpinEnergyTrace,
} from "../../src/spinglass/energy.js";
import type { SpinSystem } from "../../src/spinglass/system.js";

// N = 2, D = 2 by hand: J = [[1, 2], [0, −1]], x = [(1, 0), (0, 1)], s = [(1, 1), (2, 0)].
const sys: SpinSystem = { N: 2, D: 2, J: new Float64Array([1, 2, 0, -1]), x: new Float64Array([1, 0, 0, 1]) };
const s = new Float64Array([1, 1, 2, 0]);

describe("vector-spin energies", () => {
  it("eq 2.14 by hand: −(1·2 + 2·2 + 0 − 1·4) − (1 + 0) = −3", () => {
    expect(vectorSpinEnergy(sys, s)).toBe(-3);
    expect(vectorSpinEnergyTrace(sys, s)).toBe(-3);
  });
  it("the pair sum drops the diagonal: −(2 + 0)·(s_1·s_2) = −4", () => {
    expect(couplingEnergyPairs(sys.J, s, 2, 2)).toBe(-4);
    expect(couplingEnergy(sys.J, s, 2, 2)).toBe(-2);
  });
  it("the even/odd split of J", () => {
    const { even, odd } = evenOddSplit(sys.J, 2);
    expect(Array.from(even)).toEqual([1, 1, 1, -1]);
    expect(Array.from(odd)).toEqual([0, 1, -1, 0]);
  });
  it("the kinetic energy with s_{t−1} = s_t is eq 2.14", () => {
    expect(kineticEnergy(sys, s, s)).toBe(vectorSpinEnergy(sys, s));
  });
  it("the loss Hamiltonian is 0 exactly when every s_i = R θ̂_i, and its two lines agree", () => {
    const J0: SpinSystem = { ...sys, J: new Float64Array(4) };
    const R = 2;
    const target = new Float64Array([2, 0, 0, 2]);
    expect(lossHamiltonian(J0, target, target, R)).toBe(0);
    expect(lossHamiltonianExpanded(sys, s, s, R)).toBeCloseTo(lossHamiltonian(sys, s, s, R), 12);
  });
  it("rejects mismatched sizes", () => {
    expect(() => vectorSpinEnergy(sys, new Float64Array(3))).toThrow(RangeError);
  });
});
