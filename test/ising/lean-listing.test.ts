import { describe, expect, it } from "vitest";
import {
  isingChain,
  leanDiv,
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

describe("the Lean primitives (Mathlib semantics)", () => {
  it("mathlibLog is log |x| away from 0", () => {
    expect(mathlibLog(Math.E ** 2)).toBeCloseTo(2, 14);
    expect(mathlibLog(-Math.E)).toBeCloseTo(1, 14); // Real.log (−x) = Real.log x
    expect(mathlibLog(1)).toBe(0);
    expect(() => mathlibLog(Number.NaN)).toThrow(/^mathlibLog: x must be finite/);
  });
  it("leanDiv is x / y, and 0 when y = 0", () => {
    expect(leanDiv(6, 3)).toBe(2);
    expect(leanDiv(-1, 4)).toBe(-0.25);
    expect(leanDiv(5, 0)).toBe(0);
    expect(() => leanDiv(Number.NaN, 1)).toThrow(/^leanDiv: x must be finite/);
    expect(() => leanDiv(1, Number.POSITIVE_INFINITY)).toThrow(/^leanDiv: y must be finite/);
  });
  it("FreeEnergy as written is −(1/β)·0 = −0 (IEEE: negative times +0)", () => {
    expect(Object.is(leanFreeEnergy(isingChain(3), 0.5), -0)).toBe(true);
    // β = 0: Lean's 1/0 = 0, so −0·0 = −0 as well.
    expect(Object.is(leanFreeEnergy(isingChain(3), 0), -0)).toBe(true);
  });
  it("names the function and argument in argument errors", () => {
    const m = isingChain(3);
    const bad = { n: 3 } as never;
    expect(() => leanPartitionFunction(bad, 1)).toThrow(/^leanPartitionFunction: model\./);
    expect(() => leanPartitionFunction(m, Number.NaN)).toThrow(/^leanPartitionFunction: β must be finite/);
    expect(() => leanFreeEnergy(bad, 1)).toThrow(/^leanFreeEnergy: model\./);
    expect(() => leanFreeEnergy(m, Number.NaN)).toThrow(/^leanFreeEnergy: β must be finite/);
    expect(() => repairedPartitionFunction(bad, 1)).toThrow(/^repairedPartitionFunction: model\./);
    expect(() => repairedPartitionFunction(m, Number.NaN)).toThrow(/^repairedPartitionFunction: β must be finite/);
  });
  it("the repaired fold enumerates up to N = 20 and refuses N = 21", () => {
    // 2^20 terms; the periodic chain's transfer-matrix closed form is the second road.
    expect(Math.log(repairedPartitionFunction(isingChain(20), 0.3))).toBeCloseTo(chainLogZPeriodic(20, 0.3), 10);
    expect(() => repairedPartitionFunction(isingChain(21), 0.3)).toThrow(
      /^repairedPartitionFunction: model\.n = 21 > 20/,
    );
  });
});
