import { describe, expect, it } from "vitest";
import {
  expectClose,
  expectEqualCounts,
  expectGe,
  expectGt,
  expectInInterval,
  expectLe,
  expectLt,
  expectNotRejected,
  expectThat,
  finite,
  notNaN,
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

function numericError(f: () => void): NumericError {
  try {
    f();
  } catch (e) {
    if (e instanceof NumericError) return e;
    throw e;
  }
  throw new Error("no NumericError");
}

describe("finite and notNaN", () => {
  it("finite passes finite numbers and throws NumericError on NaN, ±∞ and non-numbers", () => {
    expect(finite(-2.5, "x")).toBe(-2.5);
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, "1" as unknown as number])
      expect(() => finite(bad, "x")).toThrow(NumericError);
  });
  it("notNaN lets ±∞ through (a legitimately infinite quantity) but not NaN or non-numbers", () => {
    expect(notNaN(Number.POSITIVE_INFINITY, "ξ")).toBe(Number.POSITIVE_INFINITY);
    expect(notNaN(0, "ξ")).toBe(0);
    expect(() => notNaN(Number.NaN, "ξ")).toThrow(/ξ is NaN/);
    expect(() => notNaN(undefined as unknown as number, "ξ")).toThrow(NumericError);
  });
});

describe("comparison helpers: edges, messages and details", () => {
  it("a difference exactly at the tolerance passes; one ulp past it fails", () => {
    expectClose("v", 1.5, 1, { abs: 0.5 });
    expect(() => expectClose("v", 1.5000001, 1, { abs: 0.5 })).toThrow(PropertyViolation);
    expectLe("v", 1.5, 1, { abs: 0.5 });
    expect(() => expectLe("v", 1.5000001, 1, { abs: 0.5 })).toThrow(PropertyViolation);
    expectGe("v", 0.5, 1, { abs: 0.5 });
    expect(() => expectGe("v", 0.4999999, 1, { abs: 0.5 })).toThrow(PropertyViolation);
    expectInInterval("v", 1.25, 0, 1, { abs: 0.25 });
    expectInInterval("v", -0.25, 0, 1, { abs: 0.25 });
    expectLe("v", 1, 1);
    expectGe("v", 1, 1);
  });

  it("the NumericError names what, and which side was not finite", () => {
    expect(numericError(() => expectClose("row sum", Number.NaN, 1, { abs: 1 })).message).toBe(
      "row sum (actual) is NaN, expected a finite number",
    );
    expect(numericError(() => expectClose("row sum", 1, Number.NaN, { abs: 1 })).message).toBe(
      "row sum (expected) is NaN, expected a finite number",
    );
    expect(numericError(() => expectLe("err", Number.NaN, 1)).message).toMatch(/^err \(value\) is NaN/);
    expect(numericError(() => expectLe("err", 1, Number.NaN)).message).toMatch(/^err \(bound\) is NaN/);
    expect(numericError(() => expectGe("err", Number.NaN, 1)).message).toMatch(/^err \(value\) is NaN/);
    expect(numericError(() => expectGe("err", 1, Number.NaN)).message).toMatch(/^err \(bound\) is NaN/);
    expect(numericError(() => expectLt("err", Number.NaN, 1)).message).toMatch(/^err \(value\) is NaN/);
    expect(numericError(() => expectLt("err", 1, Number.NaN)).message).toMatch(/^err \(bound\) is NaN/);
    expect(numericError(() => expectGt("err", Number.NaN, 1)).message).toMatch(/^err \(value\) is NaN/);
    expect(numericError(() => expectGt("err", 1, Number.NaN)).message).toMatch(/^err \(bound\) is NaN/);
    expect(numericError(() => expectInInterval("x", 0, Number.NaN, 1)).message).toMatch(/^x \(lower end\)/);
    expect(numericError(() => expectInInterval("x", 0, 0, Number.NaN)).message).toMatch(/^x \(upper end\)/);
    expect(numericError(() => expectInInterval("x", Number.NaN, 0, 1)).message).toMatch(/^x \(value\)/);
    expect(numericError(() => expectEqualCounts("n", 1, Number.NaN)).message).toBe(
      "n (expected) is NaN, expected an integer count",
    );
    expect(numericError(() => expectThat("yes" as unknown as boolean, "m")).message).toMatch(/not a boolean/);
    // A non-number where a number is due is not finite either.
    expect(() => expectLe("v", "1" as unknown as number, 2)).toThrow(NumericError);
  });

  it("violations print value, bound or expected value, and tolerance, and carry them as details", () => {
    const c = violation(() => expectClose("p", 2, 1, { abs: 0.5 }, { n: 1 }));
    expect(c.message).toBe("p: got 2, expected 1, |difference| 1 > tolerance 0.5");
    expect(c.details).toEqual({ input: { n: 1 }, actual: 2, expected: 1, difference: 1, tolerance: 0.5 });
    expect(c.name).toBe("PropertyViolation");
    const g = violation(() => expectGe("q", 0, 1, { abs: 0.5 }, "in"));
    expect(g.message).toBe("q: 0 is below the bound 1 by 1 > tolerance 0.5");
    expect(g.details).toEqual({ input: "in", value: 0, bound: 1, deficit: 1, tolerance: 0.5 });
    const l = violation(() => expectLe("q", 3, 1, { rel: 0.5 }));
    expect(l.details).toEqual({ input: undefined, value: 3, bound: 1, excess: 2, tolerance: 0.5 });
    expect(l.margin).toBe(4);
    const i = violation(() => expectInInterval("r", 3, 0, 1, { abs: 1 }, 7));
    expect(i.message).toBe("r: 3 lies outside [0, 1] by 2 > tolerance 1");
    expect(i.details).toEqual({ input: 7, value: 3, lo: 0, hi: 1, outside: 2, tolerance: 1 });
    // The relative tolerance of an interval is taken at the nearer end.
    expectInInterval("r", 10.5, 0, 10, { rel: 0.05 });
    expect(() => expectInInterval("r", -0.5, 0, 10, { rel: 0.05 })).toThrow(PropertyViolation);
    const n = violation(() => expectEqualCounts("k", 2, 5, "x"));
    expect(n.details).toEqual({ input: "x", actual: 2, expected: 5 });
    expect(n.margin).toBe(6);
    const t = violation(() => expectThat(false, "structural", { a: 1 }));
    expect(t.details).toEqual({ a: 1 });
    expect(t.margin).toBeUndefined();
  });

  it("strict comparisons: room, messages and margins in rounding units", () => {
    expectLt("s", 0.5, 1, 0.25);
    expect(() => expectLt("s", 0.8, 1, 0.25)).toThrow(PropertyViolation);
    const lt = violation(() => expectLt("s", 1, 1, 0.5));
    expect(lt.message).toBe("s: 1 is not below 1 − 0.5");
    expect(lt.margin).toBeCloseTo(2, 12); // (value − bound + room + room)/room
    expect(lt.details).toEqual({ input: undefined, value: 1, bound: 1, room: 0.5 });
    const tie = violation(() => expectLt("s", 2, 2));
    expect(tie.message).toBe("s: 2 is not below 2");
    expect(tie.margin).toBe(1); // a tie is one rounding unit past
    expect(violation(() => expectLt("s", 2 + 4 * Number.EPSILON, 2)).margin).toBeCloseTo(3, 6);
    expectGt("s", 2, 1, 0.5);
    const gt = violation(() => expectGt("s", 1, 1, 0.5));
    expect(gt.message).toBe("s: 1 is not above 1 + 0.5");
    expect(gt.margin).toBeCloseTo(2, 12);
    expect(violation(() => expectGt("s", 2, 2)).message).toBe("s: 2 is not above 2");
    expect(violation(() => expectGt("s", 2, 2)).margin).toBe(1);
    // At bound 0 the unit is the smallest subnormal's rounding, still finite.
    expect(Number.isFinite(violation(() => expectLt("s", 0, 0)).margin)).toBe(true);
  });

  it("tolerance errors name the tolerance", () => {
    expect(() => expectLe("v", 1, 1, { abs: -1 })).toThrow("v: tolerance must be finite and ≥ 0, got -1");
    expect(() => expectInInterval("v", 1, 2, 1)).toThrow("v: empty interval [2, 1]");
  });
});

// Margins and edges pinned by mutation testing (src/claims/violation.ts).
describe("strict comparisons and intervals, exactly", () => {
  it("without room, a strict comparison's margin is measured in units of |bound|·2⁻⁵² (the least positive double at 0)", () => {
    const eps = Number.EPSILON;
    const gt = violation(() => expectGt("v", 0.5, 1, 0, { k: 1 }));
    expect(gt.margin).toBe((1 - 0.5 + eps) / eps);
    expect(gt.details).toEqual({ input: { k: 1 }, value: 0.5, bound: 1, room: 0 });
    expect(violation(() => expectLt("v", 1.5, 1)).margin).toBe((1.5 - 1 + eps) / eps);
    expect(violation(() => expectGt("v", 0, 0)).margin).toBe(1);
    expect(violation(() => expectLt("v", 0, 0)).margin).toBe(1);
  });

  it("a one-point interval holds its point; expectThat(true) passes", () => {
    expectInInterval("v", 2, 2, 2);
    expect(() => expectInInterval("v", 2.5, 2, 2)).toThrow("v: 2.5 lies outside [2, 2] by 0.5 > tolerance 0");
    expectThat(true, "never thrown");
    expect(() => expectThat(false, "thrown", { a: 1 })).toThrow("thrown");
  });
});

describe("expectNotRejected", () => {
  it("passes above the level and fails at or below it, with the margin level/p", () => {
    expectNotRejected("test", 0.0011, 1e-3);
    const v = violation(() => expectNotRejected("test", 1e-5, 1e-3, { seed: 3 }));
    expect(v.margin).toBeCloseTo(100, 10);
    expect(v.details).toEqual({ input: { seed: 3 }, pValue: 1e-5, level: 1e-3 });
    expect(v.message).toBe("test: p = 0.00001 is at or below the level 0.001");
    expect(violation(() => expectNotRejected("test", 1e-3, 1e-3)).margin).toBe(1);
    expect(violation(() => expectNotRejected("test", 0, 1e-3)).margin).toBe(Number.POSITIVE_INFINITY);
  });
  it("turns a NaN or an impossible p-value into an ERROR, and refuses a level outside (0, 1)", () => {
    expect(() => expectNotRejected("test", Number.NaN, 1e-3)).toThrow(NumericError);
    expect(() => expectNotRejected("test", 1.5, 1e-3)).toThrow(NumericError);
    expect(() => expectNotRejected("test", -0.1, 1e-3)).toThrow(NumericError);
    expect(() => expectNotRejected("test", 0.5, 0)).toThrow(RangeError);
    expect(() => expectNotRejected("test", 0.5, 1)).toThrow(RangeError);
  });
});
