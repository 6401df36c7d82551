import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import {
  BESSEL_DECIMAL_MAX_TERMS,
  BESSEL_F64_MAX_X,
  besselRatio,
  besselRatioCfDecimal,
  besselRatioCfF64,
  besselRatioSeriesDecimal,
  besselRatioSeriesF64,
} from "../../src/special/bessel-ratio.js";

// The second road: for ν = 1/2 the ratio is elementary, I_{3/2}(x)/I_{1/2}(x) = coth x − 1/x
// (I_{1/2} = √(2/πx) sinh x, I_{3/2} = √(2/πx) (cosh x − sinh x / x)).
const halfOrder = (x: number): number => 1 / Math.tanh(x) - 1 / x;
const halfOrderDec = (x: number | string, digits: number): Decimal => {
  const D = Decimal.clone({ precision: digits + 10 });
  const xx = new D(x);
  return new D(1).div(xx.tanh()).sub(new D(1).div(xx));
};

describe("besselRatio: the ends of each method's domain (against coth x − 1/x)", () => {
  it("the float64 series takes x = 500 exactly and refuses beyond, naming x", () => {
    expect(Math.abs(besselRatioSeriesF64(0.5, 500) - halfOrder(500))).toBeLessThan(1e-15);
    expect(() => besselRatioSeriesF64(0.5, 500.5)).toThrow(
      "besselRatioSeriesF64: x = 500.5 > 500 overflows the float64 series; use besselRatioCfF64",
    );
  });
  it("the float64 continued fraction refuses x beyond 10^12, naming x (and is right at 10^8)", () => {
    // coth x = 1 in float64 here, so the closed form is 1 − 1/x. The backward recurrence's rounding
    // over its ~10^5 steps is 6.4e-15 at x = 10^8: bound 2e-14, 1e-8 being 1/x. (x = 10^12 itself
    // takes 0.6 s, 30 s under the mutation run's instrumentation, so the `>` boundary is not probed.)
    expect(Math.abs(besselRatioCfF64(0.5, 1e8) - (1 - 1 / 1e8))).toBeLessThan(2e-14);
    expect(() => besselRatioCfF64(0.5, 2e12)).toThrow(
      "besselRatioCfF64: argument x must be ≤ 1000000000000 (the fraction's depth grows like √x), got 2000000000000",
    );
    expect(BESSEL_F64_MAX_X).toBe(1e12);
  });
  it("the continued fraction is right where its starting depth 16 + 4√x is below min(x, 64)", () => {
    // x in (30, 100): a depth formula with the sign of min(x, 64) flipped would start below 1 and return 0.
    for (const x of [35, 50, 64, 90]) {
      expect(Math.abs(besselRatioCfF64(0.5, x) / halfOrder(x) - 1), `x=${x}`).toBeLessThan(1e-15);
      const d = besselRatioCfDecimal(0.5, x, 30);
      expect(d.sub(halfOrderDec(x, 30)).abs().div(d).toNumber(), `x=${x}`).toBeLessThan(1e-28);
    }
  });
  it("the decimal series refuses x needing more than 10^5 terms, naming x and ν; the fraction takes it", () => {
    // q/(ν+1) = 700²/4/1.5 ≈ 8·10^4 terms: accepted; 800²/4/1.5 ≈ 1.07·10^5: refused.
    expect(() => besselRatioSeriesDecimal(0.5, 800, 20)).toThrow(
      "besselRatioSeriesDecimal: argument x = 800 needs more than 10^5 series terms at ν = 0.5; use the continued fraction",
    );
    const r = besselRatioCfDecimal(0.5, 800, 30);
    expect(r.sub(halfOrderDec(800, 30)).abs().toNumber()).toBeLessThan(1e-28);
  });
  it("the decimal continued fraction refuses an x whose starting depth exceeds its budget, naming x", () => {
    // 4√(10^10) = 4·10^5 > 2^18 terms: refused before any work.
    expect(BESSEL_DECIMAL_MAX_TERMS).toBe(262144);
    // toThrow(message) alone also passes when `undefined` is thrown (vitest 4): the class too.
    expect(() => besselRatioCfDecimal(0.5, 1e10, 20)).toThrow(RangeError);
    expect(() => besselRatioCfDecimal(0.5, 1e10, 20)).toThrow(
      "besselRatioCfDecimal: argument x = 10000000000 needs a continued fraction deeper than the budget of 262144 terms (x ≤ 10^6 fits; besselRatioCfF64 takes x up to 10^12)",
    );
  });
});

describe("besselRatio: methods", () => {
  it("'series' is the series (refused where it needs too many terms), the default is the continued fraction", () => {
    expect(() => besselRatio(0.5, 1000, { method: "series" })).toThrow(/^besselRatioSeriesDecimal: argument x = 1000/);
    expect(() => besselRatio(0.5, 1000, { method: "both" })).toThrow(/^besselRatioSeriesDecimal: argument x = 1000/);
    const cf = besselRatio(0.5, 1000, { digits: 25 });
    expect(cf.sub(halfOrderDec(1000, 25)).abs().toNumber()).toBeLessThan(1e-25);
    expect(String(besselRatio(0.5, 1000, { digits: 25, method: "continued-fraction" }))).toBe(String(cf));
  });
  it("'series' and 'both' give the closed form to the requested digits", () => {
    for (const method of ["series", "both"] as const) {
      const r = besselRatio(0.5, 3, { digits: 35, method });
      expect(r.sub(halfOrderDec(3, 35)).abs().toNumber(), method).toBeLessThan(1e-35);
    }
  });
  it("the result keeps its digits in later arithmetic (its Decimal has precision `digits`)", () => {
    const r = besselRatio(0.5, 1, { digits: 40 });
    // 2(coth 1 − 1) to 40 digits: a result built with decimal.js' default 20 digits would round here.
    const twice = r.mul(2);
    expect(twice.sub(halfOrderDec(1, 40).mul(2)).abs().toNumber()).toBeLessThan(1e-39);
    expect(twice.precision(true)).toBeGreaterThanOrEqual(39);
  });
});

describe("besselRatio: domain errors name the function and the argument", () => {
  it("float64 methods: ν and x", () => {
    for (const [name, f] of [
      ["besselRatioSeriesF64", besselRatioSeriesF64],
      ["besselRatioCfF64", besselRatioCfF64],
    ] as const) {
      expect(() => f("1" as never, 1)).toThrow(`${name}: ν must be a number, got "1"`);
      expect(() => f(1, "1" as never)).toThrow(`${name}: x must be a number, got "1"`);
      expect(() => f(Number.POSITIVE_INFINITY, 1)).toThrow(`${name}: order ν must be finite and ≥ 0, got Infinity`);
      expect(() => f(-1, 1)).toThrow(`${name}: order ν must be finite and ≥ 0, got -1`);
      expect(() => f(1, Number.POSITIVE_INFINITY)).toThrow(`${name}: argument x must be finite and ≥ 0, got Infinity`);
      expect(() => f(1, -1)).toThrow(`${name}: argument x must be finite and ≥ 0, got -1`);
    }
  });
  it("decimal methods: ν, x and precision; a bigint, an object or a malformed string is not a number", () => {
    for (const [name, f] of [
      ["besselRatioSeriesDecimal", besselRatioSeriesDecimal],
      ["besselRatioCfDecimal", besselRatioCfDecimal],
    ] as const) {
      const msg = (arg: string, got: string) =>
        `${name}: ${arg} must be a number, a decimal string or a Decimal, got ${got}`;
      expect(() => f(1n as never, 1, 20)).toThrow(msg("ν", "1"));
      expect(() => f(1, {} as never, 20)).toThrow(TypeError);
      expect(() => f(1, {} as never, 20)).toThrow(/: x must be a number, a decimal string or a Decimal/);
      expect(() => f("1.2.3", 1, 20)).toThrow(/: ν must be a number, a decimal string or a Decimal, got "1\.2\.3"/);
      expect(() => f(1, 1, 0)).toThrow(`${name}: precision must be an integer in [1, 1010], got 0`);
      expect(() => f("Infinity", 1, 20)).toThrow(`${name}: order ν must be finite and ≥ 0, got Infinity`);
      expect(() => f("-1", 1, 20)).toThrow(`${name}: order ν must be finite and ≥ 0, got -1`);
      expect(() => f(1, "Infinity", 20)).toThrow(`${name}: argument x must be finite and ≥ 0, got Infinity`);
      expect(() => f(1, -2, 20)).toThrow(`${name}: argument x must be finite and ≥ 0, got -2`);
      // A Decimal (of any clone) is accepted as it is.
      const r = f(new Decimal("0.5"), Decimal.clone({ precision: 5 })(2), 30);
      expect(r.sub(halfOrderDec(2, 30)).abs().toNumber()).toBeLessThan(1e-27);
    }
  });
  it("besselRatio: options, digits and method", () => {
    expect(() => besselRatio(1, 1, null as never)).toThrow("besselRatio: options must be an object, got null");
    expect(() => besselRatio(1, 1, 3 as never)).toThrow("besselRatio: options must be an object, got 3");
    expect(() => besselRatio(1, 1, { digits: 1001 })).toThrow(
      "besselRatio: digits must be an integer in [1, 1000], got 1001",
    );
    expect(() => besselRatio(1, 1, { method: "newton" as never })).toThrow(
      'besselRatio: method must be "series", "continued-fraction" or "both", got "newton"',
    );
  });
});
