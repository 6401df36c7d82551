/**
 * The Lean `FiniteSizeScaling` theorem of paper 002 §9, with Lean/Mathlib semantics:
 *
 * ```lean
 * theorem FiniteSizeScaling {N : ℕ} (χ : ℝ) (T Tc : ℝ) :
 *     ∃ f : ℝ → ℝ, χ = N^(γ/ν) * f ((T - Tc) * N^(1/ν)) := by
 *   use fun x => χ / (N^(γ/ν)); simp
 * ```
 *
 * `N : ℕ` is cast to ℝ and `^` is `Real.rpow`, with 0^0 = 1 and 0^y = 0 for y ≠ 0; division is total
 * (x / 0 = 0). So for N ≥ 1 the constant witness works for any χ (the theorem says nothing), and at
 * N = 0 with γ/ν ≠ 0 the right side is 0 · f(…) = 0 for every f: the statement is false for χ ≠ 0.
 *
 * @module
 */
import { leanDiv } from "./lean-listing.js";

/** Mathlib's `Real.rpow` for x ≥ 0: x^y, with 0^0 = 1 and 0^y = 0 for y ≠ 0. */
export function mathlibRpow(x: number, y: number): number {
  if (!(x >= 0)) throw new RangeError(`mathlibRpow: only x ≥ 0 is used here, got ${x}`);
  if (x === 0) return y === 0 ? 1 : 0;
  return x ** y;
}

/** The right side N^(γ/ν) · f((T − T_c) · N^(1/ν)) as Lean computes it. */
export function leanFssRightSide(
  N: number,
  gamma: number,
  nu: number,
  T: number,
  Tc: number,
  f: (x: number) => number,
): number {
  if (!Number.isInteger(N) || N < 0) throw new RangeError(`leanFssRightSide: N must be a natural number, got ${N}`);
  return mathlibRpow(N, leanDiv(gamma, nu)) * f((T - Tc) * mathlibRpow(N, leanDiv(1, nu)));
}

/** The proof's witness `fun x => χ / (N^(γ/ν))` (constant in x; 0 when N^(γ/ν) = 0). */
export function leanFssWitness(chi: number, N: number, gamma: number, nu: number): (x: number) => number {
  const denominator = mathlibRpow(N, leanDiv(gamma, nu));
  return () => leanDiv(chi, denominator);
}

/**
 * Whether ∃ f, χ = N^(γ/ν) · f(…) holds for these numbers (exactly, not by search over f): when
 * N^(γ/ν) ≠ 0 the witness above gives χ; when it is 0 every f gives 0, so only χ = 0 works.
 */
export function leanFssHolds(chi: number, N: number, gamma: number, nu: number): boolean {
  return mathlibRpow(N, leanDiv(gamma, nu)) !== 0 || chi === 0;
}
