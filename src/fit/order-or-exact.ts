/**
 * The fitted convergence order of an error sequence, or "exact" when there is nothing to fit.
 *
 * A product that is exact to all digits has error 0 at every n: it decays faster than any power, and
 * {@link fitOrder} (minus the least-squares slope of ln error against ln n) has no logarithm to take.
 * Such a sequence (every |error| ≤ `floor`, default 10⁻³⁸, below 30-digit arithmetic's resolution of
 * errors of order 1) is reported as "exact". Otherwise the fit is {@link fitOrder}'s, which throws on
 * a zero or negative error: a mix of exact and inexact errors is refused, not fitted.
 *
 * @module
 */
import type { Decimal } from "decimal.js";
import { fitOrder } from "../precision/trotter-bounds.js";

/** fitOrder(ns, errs), or "exact" when every |error| ≤ floor. */
export function orderOrExact(ns: number[], errs: Decimal[], floor = 1e-38): number | "exact" {
  const atFloor = errs.filter((e) => e.abs().lte(floor)).length;
  if (atFloor === errs.length) return "exact";
  return fitOrder(ns, errs);
}
