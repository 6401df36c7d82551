/**
 * Extreme eigenvalues of a symmetric tridiagonal matrix (diagonal a, off-diagonal b), the last step
 * of the Lanczos iterations in src/ising/. Bisection on Sylvester's law of inertia: the number of
 * negative pivots of the LDLᵀ factorization of T − xI is the number of eigenvalues below x, and
 * Gershgorin's discs bracket the spectrum to start from.
 *
 * @module
 */

/** The number of eigenvalues of the tridiagonal (a, b) below x (a zero pivot is nudged to 1e-300). */
export function eigenvaluesBelow(a: readonly number[], b: readonly number[], x: number): number {
  let c = 0;
  let d = 1;
  for (let i = 0; i < a.length; i++) {
    d = a[i] - x - (i > 0 ? (b[i - 1] * b[i - 1]) / d : 0);
    if (d === 0) d = 1e-300;
    if (d < 0) c++;
  }
  return c;
}

/**
 * The lowest or the largest eigenvalue of the tridiagonal (a, b), bisected from the Gershgorin
 * bracket for at most 200 halvings or until `settled(lo, hi, mid)` (each caller keeps its own
 * stopping rule, so its results are bit for bit what they were).
 */
export function tridiagonalExtremeEigenvalue(
  a: readonly number[],
  b: readonly number[],
  which: "lowest" | "largest",
  settled: (lo: number, hi: number, mid: number) => boolean,
): number {
  const n = a.length;
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const r = (i > 0 ? Math.abs(b[i - 1]) : 0) + (i < n - 1 ? Math.abs(b[i]) : 0);
    lo = Math.min(lo, a[i] - r);
    hi = Math.max(hi, a[i] + r);
  }
  for (let it = 0; it < 200; it++) {
    const mid = 0.5 * (lo + hi);
    // lowest: is some eigenvalue below mid? largest: are all of them below mid?
    const left = which === "lowest" ? eigenvaluesBelow(a, b, mid) >= 1 : eigenvaluesBelow(a, b, mid) >= n;
    if (left) hi = mid;
    else lo = mid;
    if (settled(lo, hi, mid)) break;
  }
  return 0.5 * (lo + hi);
}
