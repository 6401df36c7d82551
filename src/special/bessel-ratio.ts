/**
 * The modified Bessel ratio r_ν(x) = I_{ν+1}(x) / I_ν(x), by two independent methods, in float64
 * and in decimal.js.
 *
 * It is the readout of a von Mises–Fisher spin: for a spin on the sphere of radius R in D
 * dimensions in a field θ at inverse temperature β, ⟨s⟩ = R · r_{D/2−1}(βR‖θ‖) · θ/‖θ‖ (thesis
 * eq 2.21).
 *
 * Method 1, the power series. From I_ν(x) = Σ_k (x/2)^{2k+ν} / (k! Γ(k+ν+1)),
 *   I_ν(x) = (x/2)^ν / Γ(ν+1) · S_ν(x),   S_ν(x) = Σ_k (x²/4)^k / (k! (ν+1)_k),
 * so r_ν(x) = x / (2(ν+1)) · S_{ν+1}(x) / S_ν(x). Every term is positive (no cancellation); the
 * terms grow until k ≈ x/2 and then fall faster than geometrically. In float64 the terms overflow
 * near x ≈ 700, so the float64 series is limited to x ≤ 500.
 *
 * Method 2, Gauss' continued fraction. The three-term recurrence I_{ν−1} − I_{ν+1} = (2ν/x) I_ν
 * gives r_ν = 1 / (2(ν+1)/x + r_{ν+1}) = x / (2(ν+1) + x r_{ν+1}). Evaluated backwards from depth
 * K with r_{ν+K} := 0 (Miller's idea): the error at level k is multiplied by r_k² < 1 on each
 * step down, so the result converges as K grows; K is doubled until two depths agree.
 *
 * The two methods share nothing but the definition, so their agreement (and agreement with the
 * mpmath fixtures in `fixtures/bessel-ratio.json`) is the check.
 *
 * @module
 */
import { Decimal } from "decimal.js";
import { int, num, show } from "../args/check.js";

/** The largest x of the float64 continued fraction: its depth grows like √x (0.6 s at 10^12). */
export const BESSEL_F64_MAX_X = 1e12;
/**
 * The work budget of the decimal continued fraction, in backward-recurrence terms summed over its
 * depth doublings: x = 10^6 at 30 digits takes about 6·10^4 (under 2 s); a larger x, whose
 * starting depth 4√x alone exceeds it, is refused at once instead of running for hours.
 */
export const BESSEL_DECIMAL_MAX_TERMS = 2 ** 18;

function checkArgs(nu: number, x: number, fn: string): void {
  num(fn, "ν", nu);
  num(fn, "x", x);
  if (!Number.isFinite(nu) || nu < 0) throw new RangeError(`${fn}: order ν must be finite and ≥ 0, got ${nu}`);
  if (!Number.isFinite(x) || x < 0) throw new RangeError(`${fn}: argument x must be finite and ≥ 0, got ${x}`);
}

/**
 * r_ν(x) = I_{ν+1}(x)/I_ν(x) in float64 by the power series (Method 1). Valid for 0 ≤ x ≤ 500.
 *
 * @param nu - order ν ≥ 0.
 * @param x - argument, 0 ≤ x ≤ 500.
 */
export function besselRatioSeriesF64(nu: number, x: number): number {
  checkArgs(nu, x, "besselRatioSeriesF64");
  if (x > 500)
    throw new RangeError(`besselRatioSeriesF64: x = ${x} > 500 overflows the float64 series; use besselRatioCfF64`);
  if (x === 0) return 0;
  const q = (x * x) / 4;
  // The term ratio q/(k(ν+k)) falls with k, so the terms rise and then fall. While they rise,
  // sum_k ≤ (k+1)·term_k, so term_k ≥ sum_k/10^5 > 1e-17·sum_k: the stop is only met past the peak.
  const s = (order: number): number => {
    let term = 1;
    let sum = 1;
    for (let k = 1; k < 100000; k++) {
      term *= q / (k * (order + k));
      sum += term;
      if (term < sum * 1e-17) return sum;
    }
    throw new RangeError(`besselRatioSeriesF64: series did not converge for ν=${order}, x=${x}`);
  };
  return (x / (2 * (nu + 1))) * (s(nu + 1) / s(nu));
}

function cfBackward(nu: number, x: number, depth: number): number {
  let r = 0;
  for (let k = depth; k >= 1; k--) r = x / (2 * (nu + k) + x * r);
  return r;
}

/**
 * r_ν(x) in float64 by Gauss' continued fraction evaluated backwards (Method 2), for
 * 0 ≤ x ≤ {@link BESSEL_F64_MAX_X} (its depth, and cost, grow like √x).
 *
 * @param nu - order ν ≥ 0.
 * @param x - argument, 0 ≤ x ≤ 10^12.
 * @throws RangeError naming ν or x outside these domains.
 */
export function besselRatioCfF64(nu: number, x: number): number {
  checkArgs(nu, x, "besselRatioCfF64");
  if (x > BESSEL_F64_MAX_X)
    throw new RangeError(
      `besselRatioCfF64: argument x must be ≤ ${BESSEL_F64_MAX_X} (the fraction's depth grows like √x), got ${x}`,
    );
  if (x === 0) return 0;
  // The error damping ∏ r_k² becomes effective once k² ≳ x (see the module comment).
  let depth = Math.ceil(16 + 4 * Math.sqrt(x) + Math.min(x, 64));
  let prev = cfBackward(nu, x, depth);
  for (let it = 0; it < 30; it++) {
    depth *= 2;
    const next = cfBackward(nu, x, depth);
    if (Math.abs(next - prev) <= 2e-16 * next) return next;
    prev = next;
  }
  throw new RangeError(`besselRatioCfF64: continued fraction did not converge for ν=${nu}, x=${x}`);
}

/**
 * r_ν(x) = I_{ν+1}(x)/I_ν(x) in float64 (continued fraction; relative error ≲ 2e-15 for x ≤ 10^6,
 * growing with the depth's rounding to ≈ 1.4e-14 at 10^10–10^12, measured against coth x − 1/x at ν = 1/2).
 *
 * @param nu - order ν ≥ 0.
 * @param x - argument, 0 ≤ x ≤ 10^12 ({@link BESSEL_F64_MAX_X}).
 */
export function besselRatioF64(nu: number, x: number): number {
  return besselRatioCfF64(nu, x);
}

/** Which high-precision method {@link besselRatio} uses. */
export type BesselRatioMethod = "series" | "continued-fraction" | "both";

/** Options of {@link besselRatio}. */
export interface BesselRatioOptions {
  /** Significant digits of the result (default 30). */
  digits?: number;
  /**
   * `"continued-fraction"` (default), `"series"`, or `"both"`: compute by both methods and throw if
   * they disagree in the requested digits.
   */
  method?: BesselRatioMethod;
}

/** A number, decimal string or Decimal as a Decimal of `Dec`; a TypeError naming it otherwise. */
function toDec(fn: string, name: string, v: unknown, Dec: typeof Decimal): Decimal {
  if (typeof v !== "number" && typeof v !== "string" && !Decimal.isDecimal(v))
    throw new TypeError(`${fn}: ${name} must be a number, a decimal string or a Decimal, got ${show(v)}`);
  try {
    return new Dec(v as Decimal.Value);
  } catch {
    throw new TypeError(`${fn}: ${name} must be a number, a decimal string or a Decimal, got ${show(v)}`);
  }
}

function decimalArgs(
  nu: number | string | Decimal,
  x: number | string | Decimal,
  precision: number,
  fn: string,
): { n: Decimal; xx: Decimal; Dec: typeof Decimal } {
  int(fn, "precision", precision, 1, 1010);
  const Dec = Decimal.clone({ precision });
  const n = toDec(fn, "ν", nu, Dec);
  const xx = toDec(fn, "x", x, Dec);
  if (!n.isFinite() || n.isNegative()) throw new RangeError(`${fn}: order ν must be finite and ≥ 0, got ${String(nu)}`);
  if (!xx.isFinite() || xx.isNegative())
    throw new RangeError(`${fn}: argument x must be finite and ≥ 0, got ${String(x)}`);
  return { n, xx, Dec };
}

/**
 * Method 1 in decimal.js at `precision` working digits (an integer in [1, 1010]). The series
 * needs about q/(ν+1) terms, q = x²/4, before they fall: it is refused (RangeError naming x) when
 * that exceeds 10^5 (x ≈ 630 for ν = 0, some seconds); the continued fraction has no such limit.
 */
export function besselRatioSeriesDecimal(
  nu: number | string | Decimal,
  x: number | string | Decimal,
  precision: number,
): Decimal {
  const { n, xx, Dec } = decimalArgs(nu, x, precision, "besselRatioSeriesDecimal");
  if (xx.isZero()) return new Dec(0);
  const q = xx.mul(xx).div(4);
  if (q.div(n.add(1)).gt(1e5))
    throw new RangeError(
      `besselRatioSeriesDecimal: argument x = ${String(x)} needs more than 10^5 series terms at ν = ${String(nu)}; use the continued fraction`,
    );
  const eps = new Dec(10).pow(-precision - 2);
  const s = (order: Decimal): Decimal => {
    // Not before the peak k ≈ q/(ν+1): a rising term is only known to be ≥ sum/(k+1), and eps =
    // 10^−(precision+2) can be 1e-3, so unlike the float64 series the stop alone is not enough.
    let term = new Dec(1);
    let sum = new Dec(1);
    const kMin = q.div(order.add(1)).toNumber();
    for (let k = 1; k < 1_000_000; k++) {
      term = term.mul(q).div(order.add(k).mul(k));
      sum = sum.add(term);
      if (k > kMin && term.lt(sum.mul(eps))) return sum;
    }
    throw new RangeError(`besselRatioSeriesDecimal: series did not converge for ν=${order}, x=${xx}`);
  };
  return xx
    .div(n.add(1).mul(2))
    .mul(s(n.add(1)))
    .div(s(n));
}

/**
 * Method 2 in decimal.js at `precision` working digits (an integer in [1, 1010]), the depth
 * doubled until stable, within {@link BESSEL_DECIMAL_MAX_TERMS} terms in all: x up to 10^6 fits;
 * past the budget a RangeError names x.
 */
export function besselRatioCfDecimal(
  nu: number | string | Decimal,
  x: number | string | Decimal,
  precision: number,
): Decimal {
  const { n, xx, Dec } = decimalArgs(nu, x, precision, "besselRatioCfDecimal");
  if (xx.isZero()) return new Dec(0);
  let spent = 0;
  const overBudget = () =>
    new RangeError(
      `besselRatioCfDecimal: argument x = ${String(x)} needs a continued fraction deeper than the budget of ${BESSEL_DECIMAL_MAX_TERMS} terms (x ≤ 10^6 fits; besselRatioCfF64 takes x up to 10^12)`,
    );
  const backward = (depth: number): Decimal => {
    spent += depth;
    if (spent > BESSEL_DECIMAL_MAX_TERMS) throw overBudget();
    let r = new Dec(0);
    for (let k = depth; k >= 1; k--) r = xx.div(n.add(k).mul(2).add(xx.mul(r)));
    return r;
  };
  const tol = new Dec(10).pow(-precision + 2);
  let depth = Math.ceil(16 + 4 * Math.sqrt(xx.toNumber()) + precision);
  let prev = backward(depth);
  for (let it = 0; it < 30; it++) {
    depth *= 2;
    const next = backward(depth);
    if (next.sub(prev).abs().lte(next.mul(tol))) return next;
    prev = next;
  }
  throw new RangeError(`besselRatioCfDecimal: continued fraction did not converge for ν=${nu}, x=${xx}`);
}

/**
 * The modified Bessel ratio I_{ν+1}(x)/I_ν(x) to `digits` significant digits, as a decimal.js
 * `Decimal` (use `String(r)` or `r.toNumber()`).
 *
 * @example
 * ```ts
 * String(besselRatio(0.5, 1, { digits: 20 })); // coth(1) − 1 = 0.31303528549933130364
 * ```
 * @param nu - order ν ≥ 0 (for a vMF spin in D dimensions, ν = D/2 − 1).
 * @param x - argument x ≥ 0, up to about 10^6 (the continued fraction's work budget,
 *   {@link BESSEL_DECIMAL_MAX_TERMS}; past it a RangeError names x instead of a call running for hours).
 * @throws TypeError or RangeError naming ν, x, digits or method outside their domains.
 */
export function besselRatio(
  nu: number | string | Decimal,
  x: number | string | Decimal,
  options: BesselRatioOptions = {},
): Decimal {
  if (typeof options !== "object" || options === null)
    throw new TypeError(`besselRatio: options must be an object, got ${show(options)}`);
  const digits = options.digits ?? 30;
  int("besselRatio", "digits", digits, 1, 1000);
  const method = options.method ?? "continued-fraction";
  if (method !== "series" && method !== "continued-fraction" && method !== "both")
    throw new RangeError(`besselRatio: method must be "series", "continued-fraction" or "both", got ${show(method)}`);
  const work = digits + 10;
  const Out = Decimal.clone({ precision: digits });
  if (method === "series") return new Out(besselRatioSeriesDecimal(nu, x, work)).toSignificantDigits(digits);
  const cf = besselRatioCfDecimal(nu, x, work);
  if (method === "both") {
    const se = besselRatioSeriesDecimal(nu, x, work);
    const Dec = Decimal.clone({ precision: work });
    const diff = new Dec(cf).sub(se).abs();
    if (diff.gt(new Dec(cf).abs().mul(new Dec(10).pow(-digits - 2)))) {
      throw new RangeError(
        `besselRatio: series ${se} and continued fraction ${cf} disagree at ${digits} digits (ν=${nu}, x=${x})`,
      );
    }
  }
  return new Out(cf).toSignificantDigits(digits);
}
