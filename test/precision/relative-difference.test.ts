import { describe, expect, it } from "vitest";
import { decimalContext } from "../../src/precision/decimal-matrix.js";
import { relativeDifference } from "../../src/precision/relative-difference.js";

const D = decimalContext(40);

describe("relativeDifference", () => {
  it("is |a − b|/|b| (by hand: 1.5 against 2 differ by 0.25 of 2; sign of b does not matter)", () => {
    expect(relativeDifference(new D("1.5"), new D(2))).toBe(0.25);
    expect(relativeDifference(new D("2.5"), new D(2))).toBe(0.25);
    // |b| in the denominator: a negative reference gives the same positive ratio, not −0.25.
    expect(relativeDifference(new D("-1.5"), new D(-2))).toBe(0.25);
    expect(relativeDifference(new D(3), new D(2))).toBe(0.5);
  });
  it("keeps digits float64 would lose: 1 + 1e-30 against 1 is 1e-30, not 0", () => {
    expect(relativeDifference(new D("1.000000000000000000000000000001"), new D(1))).toBe(1e-30);
    expect(relativeDifference(new D(7), new D(7))).toBe(0);
  });
  it("is NaN (never a verdict) when the reference is 0 or either side is NaN", () => {
    expect(relativeDifference(new D(1), new D(0))).toBeNaN();
    expect(relativeDifference(new D(0), new D(0))).toBeNaN();
    expect(relativeDifference(new D(Number.NaN), new D(1))).toBeNaN();
  });
});
