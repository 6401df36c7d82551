/**
 * Inverse-CDF sampling of a finite law.
 *
 * @module
 */

/**
 * The index i with F(i−1) ≤ u < F(i), F the cumulative sums of `p` (u uniform in [0, 1) gives i with
 * probability p[i]); the last index when rounding leaves u ≥ F(n−1).
 */
export function sampleIndex(p: ArrayLike<number>, u: number): number {
  if (p.length === 0) throw new RangeError("sampleIndex: empty law");
  if (!(u >= 0 && u < 1)) throw new RangeError(`sampleIndex: u = ${u} is not in [0, 1)`);
  let acc = 0;
  for (let i = 0; i < p.length; i++) {
    acc += p[i];
    if (u < acc) return i;
  }
  return p.length - 1;
}
