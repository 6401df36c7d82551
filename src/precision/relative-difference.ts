/**
 * How closely two high-precision values agree.
 *
 * @module
 */
import type { Decimal } from "decimal.js";

/**
 * |a − b| / |b| computed in decimal and returned as a float64 (0 when they are equal; NaN when b is
 * 0 or either is NaN, so a comparison helper reports an ERROR rather than a verdict). Its −log10 is
 * the number of agreeing significant digits.
 */
export function relativeDifference(a: Decimal, b: Decimal): number {
  if (b.isZero()) return Number.NaN;
  return a.minus(b).abs().div(b.abs()).toNumber();
}
