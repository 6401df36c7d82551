/**
 * Complete separation of two samples, the simplest rank test: every value of `a` above every value
 * of `b`. Under exchangeability (both samples from one distribution, i.i.d.) each of the C(m+n, m)
 * ways to choose which ranks belong to `a` is equally likely, and only one puts all of `a` on top,
 * so P(separation) = 1/C(m+n, m): 1/924 for 6 against 6, 1/70 for 4 against 4. If `a`'s distribution
 * is stochastically below `b`'s the probability is smaller still: it is a one-sided false-alarm
 * bound for the claim "a is not larger than b" (a Mann–Whitney test with U = 0).
 *
 * @module
 */
import { finiteArray } from "../args/check.js";

/** min(a) − max(b): positive exactly when every value of `a` exceeds every value of `b`. */
export function separationMargin(a: readonly number[], b: readonly number[]): number {
  finiteArray("separationMargin", "a", a, { minLength: 1 });
  finiteArray("separationMargin", "b", b, { minLength: 1 });
  return Math.min(...a) - Math.max(...b);
}

/** 1/C(m+n, m): the probability of complete separation of m values above n under exchangeability. */
export function separationPValue(m: number, n: number): number {
  for (const [name, v] of [
    ["m", m],
    ["n", n],
  ] as const)
    if (!Number.isInteger(v) || v < 1 || v > 500)
      throw new RangeError(`separationPValue: ${name} must be an integer in [1, 500], got ${v}`);
  // C(m+n, m) = Π_{k=1..m} (n + k)/k, accumulated in logs so large m + n cannot overflow.
  let logC = 0;
  for (let k = 1; k <= m; k++) logC += Math.log(n + k) - Math.log(k);
  return Math.exp(-logC);
}
