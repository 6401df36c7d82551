import { describe, expect, it } from "vitest";
import {
  expectClose,
  expectEqualCounts,
  expectGe,
  expectGt,
  expectInInterval,
  expectLe,
  expectLt,
  expectThat,
  NumericError,
  PropertyViolation,
} from "../../src/claims/violation.js";

function violation(f: () => void): PropertyViolation {
  try {
    f();
  } catch (e) {
    if (e instanceof PropertyViolation) return e;
    throw e;
  }
  throw new Error("no violation");
}

describe("comparison helpers", () => {
  it("pass within tolerance and fail past it, with the margin violation/tolerance", () => {
    expectLe("v", 1 + 1e-13, 1, { rel: 1e-12 });
    expect(violation(() => expectLe("v", 1.5, 1, { abs: 0.1 })).margin).toBeCloseTo(5, 12);
    expectGe("v", 1 - 1e-13, 1, { rel: 1e-12 });
    expect(violation(() => expectGe("v", 0, 1, { abs: 0.5 })).margin).toBeCloseTo(2, 12);
    expect(violation(() => expectClose("v", 2, 1, { abs: 0.25 })).margin).toBeCloseTo(4, 12);
    expectInInterval("v", 0.5, 0, 1);
    expect(violation(() => expectInInterval("v", 1.3, 0, 1, { abs: 0.1 })).margin).toBeCloseTo(3, 10);
    expect(violation(() => expectInInterval("v", -0.2, 0, 1, { abs: 0.1 })).margin).toBeCloseTo(2, 10);
    expectLt("v", 1, 2);
    expectGt("v", 2, 1);
    expect(() => expectLt("v", 2, 2)).toThrow(PropertyViolation);
    expect(() => expectGt("v", 1, 1, 0.5)).toThrow(PropertyViolation);
    expectEqualCounts("n", 3, 3);
    expect(violation(() => expectEqualCounts("n", 3, 4)).message).toMatch(/counted 3, expected 4/);
  });

  it("a zero tolerance gives an infinite margin, and the message names value, bound and tolerance", () => {
    const v = violation(() => expectLe("‖error‖", 2, 1, {}, { n: 3 }));
    expect(v.margin).toBe(Number.POSITIVE_INFINITY);
    expect(v.message).toMatch(/‖error‖: 2 exceeds the bound 1 by 1 > tolerance 0/);
    expect(v.details).toMatchObject({ input: { n: 3 }, value: 2, bound: 1 });
  });

  it("turn NaN or ±∞ into a NumericError, never a violation", () => {
    const bad = [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];
    for (const x of bad) {
      expect(() => expectLe("v", x, 1)).toThrow(NumericError);
      expect(() => expectLe("v", 1, x)).toThrow(NumericError);
      expect(() => expectGe("v", x, 1)).toThrow(NumericError);
      expect(() => expectLt("v", x, 1)).toThrow(NumericError);
      expect(() => expectGt("v", 1, x)).toThrow(NumericError);
      expect(() => expectClose("v", x, 1, { abs: 1 })).toThrow(NumericError);
      expect(() => expectInInterval("v", x, 0, 1)).toThrow(NumericError);
    }
    expect(() => expectEqualCounts("n", Number.NaN, 1)).toThrow(NumericError);
    expect(() => expectEqualCounts("n", 1.5, 1)).toThrow(NumericError);
    expect(() => expectThat(undefined as unknown as boolean, "m")).toThrow(NumericError);
  });

  it("refuse a negative or non-finite tolerance and an empty interval", () => {
    expect(() => expectLe("v", 1, 1, { abs: -1 })).toThrow(RangeError);
    expect(() => expectClose("v", 1, 1, { rel: Number.NaN })).toThrow(RangeError);
    expect(() => expectInInterval("v", 1, 2, 1)).toThrow(RangeError);
  });
});
