/**
 * The Mann–Whitney rank test of two samples, exact for small ones. U counts the pairs (a_i, b_j)
 * in which `a` is not above `b` (a tie counts ½), so U = 0 is complete separation: every value of `a`
 * above every value of `b`.
 *
 * Under exchangeability (both samples i.i.d. from one continuous distribution) each of the
 * C(m+n, m) ways to choose which ranks belong to `a` is equally likely, and U is the number of
 * (a, b) pairs out of order in that choice. The number of choices with U = u is the number of
 * partitions of u into at most m parts, each at most n; it obeys
 *   c(u; m, n) = c(u; m − 1, n) + c(u − m; m, n − 1),  c(u; 0, n) = c(u; m, 0) = [u = 0]
 * (the largest of all m + n values belongs to `a`, above every `b`, adding nothing; or to `b`,
 * above every `a`, adding m pairs out of order: Mann & Whitney 1947). Then
 * P(U ≤ u) = Σ_{k ≤ u} c(k; m, n) / C(m+n, m), 1/C(m+n, m) at u = 0: 1/924 for 6 against 6.
 * If `a`'s distribution is stochastically below `b`'s, small U is rarer still: P(U ≤ u) is a
 * one-sided false-alarm bound for the claim "a is not larger than b".
 *
 * @module
 */
import { finiteArray } from "../args/check.js";

/** U = #{(i, j): a_i < b_j} + ½#{(i, j): a_i = b_j}: 0 exactly when every value of `a` exceeds every value of `b`. */
export function mannWhitneyU(a: readonly number[], b: readonly number[]): number {
  finiteArray("mannWhitneyU", "a", a, { minLength: 1 });
  finiteArray("mannWhitneyU", "b", b, { minLength: 1 });
  let u = 0;
  for (const x of a) for (const y of b) u += x < y ? 1 : x === y ? 0.5 : 0;
  return u;
}

/**
 * P(U ≤ u) for m values of `a` against n of `b` under exchangeability without ties (exact, by
 * counting rank arrangements); `u` below 0 gives 0, at or above m·n gives 1.
 */
export function mannWhitneyLowerTail(u: number, m: number, n: number): number {
  for (const [name, v] of [
    ["m", m],
    ["n", n],
  ] as const)
    if (!Number.isInteger(v) || v < 1 || v > 50)
      throw new RangeError(`mannWhitneyLowerTail: ${name} must be an integer in [1, 50], got ${v}`);
  if (Number.isNaN(u)) throw new RangeError(`mannWhitneyLowerTail: u must be a number, got ${u}`);
  const top = Math.floor(Math.min(u, m * n));
  if (top < 0) return 0;
  // rows[j][k] = c(k; i, j) for the current i, updated in place from i − 1 (the recursion above).
  // Floats: every count is a sum of positive integers below C(100, 50) ≈ 1e29, so each is exact to
  // a relative 2^-53 per addition.
  const rows = Array.from({ length: n + 1 }, () => {
    const row = new Float64Array(top + 1);
    row[0] = 1;
    return row;
  });
  for (let i = 1; i <= m; i++)
    for (let j = 1; j <= n; j++) for (let k = top; k >= i; k--) rows[j][k] += rows[j - 1][k - i];
  let hits = 0;
  for (let k = 0; k <= top; k++) hits += rows[n][k];
  return hits / binomial(m + n, m);
}

/** C(a, b) as a float, as the product Π_{k=1..b} (a − b + k)/k. */
function binomial(a: number, b: number): number {
  let c = 1;
  for (let k = 1; k <= b; k++) c = (c * (a - b + k)) / k;
  return c;
}
