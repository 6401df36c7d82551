/**
 * The replica trick's finite-n estimate of ln Z for one sample (eq 2.9): (Zⁿ − 1)/n, which tends to
 * ln Z as n → 0 since Zⁿ = e^{n ln Z} = 1 + n ln Z + (n ln Z)²/2 + …
 *
 * Computed from ln Z as expm1(n·ln Z)/n, so that neither Z (which overflows for large systems) nor the
 * cancellation in Zⁿ − 1 at small n appears: the relative error is a few ε for every n ≠ 0. The
 * deviation from ln Z is, by Taylor's theorem with the Lagrange remainder, at most
 * n (ln Z)² e^{n|ln Z|}/2, the bound the replica-trick claim tests.
 *
 * @module
 */

/** (Zⁿ − 1)/n from ln Z, as expm1(n·ln Z)/n (n ≠ 0). */
export function replicaEstimate(n: number, logZ: number): number {
  return Math.expm1(n * logZ) / n;
}
