import { describe, expect, it } from "vitest";
import {
  centralDifference,
  D50,
  entropyDecimal,
  logSumExpDecimal,
  softmaxDecimal,
} from "../../src/attention/decimal.js";

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
});
