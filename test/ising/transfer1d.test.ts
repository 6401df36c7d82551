import { describe, expect, it } from "vitest";
import {
  chainLogZOpen,
  chainLogZPeriodic,
  enumerateIsing,
  isingChain,
  thermoFromEnumeration,
} from "../../src/ising/index.js";

describe("1D transfer matrix", () => {
  it("gives the open chain closed form 2(2 cosh βJ)^{N−1} at h = 0", () => {
    expect(chainLogZOpen(10, 0.7, 1.3)).toBeCloseTo(Math.log(2) + 9 * Math.log(2 * Math.cosh(0.7 * 1.3)), 12);
  });
  it("matches enumeration for an antiferromagnetic ring in a field", () => {
    const t = thermoFromEnumeration(enumerateIsing(isingChain(9, { J: -0.8, h: 0.4 })), 1.1);
    expect(chainLogZPeriodic(9, 1.1, -0.8, 0.4)).toBeCloseTo(t.logZ, 12);
  });
  it("rejects rings shorter than 3", () => {
    expect(() => chainLogZPeriodic(2, 1)).toThrow(RangeError);
  });
});
