import { describe, expect, it } from "vitest";
import {
  centralDifference,
  D50,
  entropyDecimal,
  logSumExpDecimal,
  meanEnergyDecimal,
  secondDifference,
  softmaxDecimal,
} from "../../src/attention/decimal.js";
import { rowThermo } from "../../src/attention/boltzmann.js";

describe("50-digit softmax", () => {
  it("gives ln 2 to 45 digits for two equal logits", () => {
    const ln2 = new D50(2).ln();
    expect(logSumExpDecimal([3, 3], 1).sub(3).sub(ln2).abs().lt("1e-45")).toBe(true);
  });

  it("sums to 1 and gives the uniform entropy ln N at β = 0", () => {
    const p = softmaxDecimal([1, 2, 3], 2);
    expect(
      p
        .reduce((s, x) => s.add(x), new D50(0))
        .sub(1)
        .abs()
        .lt("1e-45"),
    ).toBe(true);
    expect(entropyDecimal([1, 2, 3], 0).sub(new D50(3).ln()).abs().lt("1e-45")).toBe(true);
  });

  it("differentiates e^x at 0 to 1e-25", () => {
    expect(
      centralDifference((x) => x.exp(), 0)
        .sub(1)
        .abs()
        .lt("1e-25"),
    ).toBe(true);
  });

  it("rejects non-finite logits", () => {
    expect(() => softmaxDecimal([Number.NaN], 1)).toThrow(RangeError);
  });

  it("second difference of e^x at 0 is 1 to 1e-20; of ln Z it is Var(E) (float64 road)", () => {
    expect(
      secondDifference((x) => x.exp(), 0)
        .sub(1)
        .abs()
        .lt("1e-20"),
    ).toBe(true);
    const a = [0.3, -1.2, 2];
    const v = secondDifference((x) => logSumExpDecimal(a, x), 0.7).toNumber();
    expect(v).toBeCloseTo(rowThermo(a, 0.7).varEnergy, 12);
  });

  it("the 50-digit mean energy is −Σ p a, as the float64 row thermodynamics gives", () => {
    const a = [0.3, -1.2, 2, 2];
    expect(meanEnergyDecimal(a, 1.1).toNumber()).toBeCloseTo(rowThermo(a, 1.1).meanEnergy, 14);
    expect(meanEnergyDecimal([5, 5], 3).toNumber()).toBeCloseTo(-5, 40);
  });
});

describe("decimal row functions: domain (issue 15)", () => {
  it("refuse non-finite logits, an empty row, non-finite β, naming the argument", () => {
    expect(() => logSumExpDecimal([1, Number.NaN], 1)).toThrow(/logSumExpDecimal: a\[1\] must be finite, got NaN/);
    expect(() => softmaxDecimal([], 1)).toThrow(/softmaxDecimal: a must have at least 1 entries/);
    expect(() => entropyDecimal([1, 2], Number.NaN)).toThrow(/entropyDecimal: beta must be a finite number, got NaN/);
    expect(() => meanEnergyDecimal(null as unknown as number[], 1)).toThrow(TypeError);
  });
  it("take up to 2^16 logits (the stated limit) and refuse one more", () => {
    const a = new Float64Array(2 ** 16);
    expect(logSumExpDecimal(a, 0).toNumber()).toBeCloseTo(16 * Math.LN2, 12);
    expect(() => logSumExpDecimal(new Float64Array(2 ** 16 + 1), 0)).toThrow(/at most 65536 entries/);
  });
  it("stay finite at the float64 extremes (the max shift): ln(e^{1e308} + e^{−1e308}) = 1e308", () => {
    expect(logSumExpDecimal([1e308, -1e308], 1).toNumber()).toBe(1e308);
    expect(softmaxDecimal([1e308, -1e308], 10)[0].toNumber()).toBe(1);
  });
  it("finite differences refuse h ≤ 0, x = ±∞ and an f with non-finite values", () => {
    const f = (x: InstanceType<typeof D50>) => x.mul(x);
    expect(() => centralDifference(f, 1, 0)).toThrow(/centralDifference: h must be finite and > 0, got 0/);
    expect(() => secondDifference(f, Number.POSITIVE_INFINITY)).toThrow(/secondDifference: x must be finite/);
    expect(() => centralDifference(() => new D50(Number.NaN), 1)).toThrow(/centralDifference: f must return finite/);
    expect(centralDifference(f, 1.5).toNumber()).toBeCloseTo(3, 14);
  });
});
