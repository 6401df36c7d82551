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

  // Issue 11 §6 (mutation survivors): the open chain in a field and the domain edge had no second road.
  it("gives the open chain in a field (either sign of J) as the enumerated sum over its 2^N states", () => {
    for (const [N, J, h, beta] of [
      [1, 1, 0.7, 0.9],
      [2, 0.6, -0.5, 1.3],
      [7, -0.8, 0.4, 1.1],
      [9, 1.2, 0.25, 0.45],
    ]) {
      const t = thermoFromEnumeration(enumerateIsing(isingChain(N, { J, h, periodic: false })), beta);
      expect(chainLogZOpen(N, beta, J, h)).toBeCloseTo(t.logZ, 12);
    }
    // N = 1 by hand: Z = 2 cosh βh.
    expect(chainLogZOpen(1, 0.8, 1, 0.5)).toBeCloseTo(Math.log(2 * Math.cosh(0.4)), 14);
  });
  it("gives the ring in a field (ferro and antiferro, even and odd N) as enumeration", () => {
    for (const [N, J, h, beta] of [
      [3, 1, 0.3, 0.7],
      [8, -1.1, -0.6, 0.9],
      [10, 0.7, 0, 1.4],
    ]) {
      const t = thermoFromEnumeration(enumerateIsing(isingChain(N, { J, h })), beta);
      expect(chainLogZPeriodic(N, beta, J, h)).toBeCloseTo(t.logZ, 12);
    }
  });
  it("accepts β(|J| + |h|) = 300 exactly and refuses it just past 300, for either sign of β, J, h", () => {
    // At β(|J| + |h|) = 300 only the ground states count: the ring at h = 0 has two (Nβ + ln 2), the open
    // chain in a field one (β((N − 1)J + Nh)).
    expect(chainLogZPeriodic(3, 300, 1, 0)).toBeCloseTo(900 + Math.LN2, 9);
    expect(chainLogZOpen(3, 150, 1, 1)).toBeCloseTo(150 * (2 + 3), 9);
    for (const [beta, J, h] of [
      [-300.001, 1, 0],
      [300.001, -1, 0],
      [1, 0, -300.001],
      [100, 2, 1.00001],
    ]) {
      expect(() => chainLogZPeriodic(3, beta, J, h)).toThrow(/chainLogZPeriodic: β\(\|J\| \+ \|h\|\) must be ≤ 300/);
      expect(() => chainLogZOpen(3, beta, J, h)).toThrow(/chainLogZOpen: β\(\|J\| \+ \|h\|\) must be ≤ 300/);
    }
    expect(() => chainLogZOpen(0, 1)).toThrow(/chainLogZOpen: N must be an integer in \[1, 1073741824\], got 0/);
    expect(() => chainLogZPeriodic(2 ** 53, 0.5)).toThrow(
      /chainLogZPeriodic: N must be an integer in \[3, 9007199254740991\], got 9007199254740992/,
    );
    expect(() => chainLogZOpen(1, Number.NaN)).toThrow(/chainLogZOpen: β must be finite/);
    expect(() => chainLogZPeriodic(3, 1, Number.NaN)).toThrow(/chainLogZPeriodic: J must be finite/);
    expect(() => chainLogZPeriodic(3, 1, 1, Number.POSITIVE_INFINITY)).toThrow(/chainLogZPeriodic: h must be finite/);
  });
});
