import { describe, expect, it } from "vitest";
import {
  isingChain,
  leanFreeEnergy,
  leanPartitionFunction,
  mathlibLog,
  repairedPartitionFunction,
  chainLogZPeriodic,
} from "../../src/ising/index.js";

describe("the Lean listing as written", () => {
  it("returns Z = 0 and F = 0 (Mathlib's log 0 = 0)", () => {
    const m = isingChain(5);
    expect(leanPartitionFunction(m, 0.7)).toBe(0);
    expect(leanFreeEnergy(m, 0.7) === 0).toBe(true); // −(1/β)·0 is −0
    expect(mathlibLog(0)).toBe(0);
  });
  it("the repaired fold gives the real Z", () => {
    expect(Math.log(repairedPartitionFunction(isingChain(5), 0.7))).toBeCloseTo(chainLogZPeriodic(5, 0.7), 12);
  });
});
