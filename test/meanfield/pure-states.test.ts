import { describe, expect, it } from "vitest";
import {
  curieWeissFreeEnergy,
  curieWeissPureStates,
  curieWeissPureStatesGrid,
  overlapValues,
} from "../../src/meanfield/pure-states.js";

describe("Curie–Weiss pure states", () => {
  it("one state m = 0 above T_c, two states ±m* below (h = 0), the same on both roads", () => {
    expect(curieWeissPureStates(0.5)).toEqual([0]);
    const below = curieWeissPureStates(2);
    expect(below.length).toBe(2);
    expect(below[1]).toBeCloseTo(Math.tanh(2 * below[1]), 12);
    expect(below[0]).toBeCloseTo(-below[1], 12);
    for (const beta of [0.3, 0.9, 1.2, 2, 3]) {
      const a = curieWeissPureStates(beta);
      const b = curieWeissPureStatesGrid(beta);
      expect(b.length).toBe(a.length);
      for (let k = 0; k < a.length; k++) expect(b[k]).toBeCloseTo(a[k], 6);
    }
  });
  it("a field selects one state below T_c", () => {
    const s = curieWeissPureStates(2, 1, 0.05);
    expect(s.length).toBe(1);
    expect(s[0]).toBeGreaterThan(0.9);
    expect(curieWeissPureStatesGrid(2, 1, 0.05).length).toBe(1);
  });
  it("free energy: f(0) = −T ln 2 and f is even at h = 0", () => {
    expect(curieWeissFreeEnergy(0, 2)).toBeCloseTo(-Math.log(2) / 2, 14);
    expect(curieWeissFreeEnergy(0.3, 2)).toBeCloseTo(curieWeissFreeEnergy(-0.3, 2), 14);
  });
  it("overlaps of ±m*: {−m*², m*²}, one value modulo the flip", () => {
    const m = 0.8;
    expect(overlapValues([-m, m], false)).toEqual([-(m * m), m * m]);
    expect(overlapValues([-m, m], true)).toEqual([m * m]);
    expect(overlapValues([0], true)).toEqual([0]);
  });
});
