/**
 * The Lean theorem `RGFixedPoint` of paper 002 §9, transcribed as a proposition that can be
 * evaluated on an integer matrix:
 *
 * ```lean
 * theorem RGFixedPoint (Jstar : Matrix …) (h : RGFlow Jstar = Jstar) : ∃ Jfix, RGFlow Jfix = Jfix := by
 *   use Jstar; exact h
 * ```
 *
 * @module
 */
import { rgFlowTwiceExact } from "../linalg/rg.js";

type TwiceR = (J: ReadonlyArray<ReadonlyArray<bigint>>) => bigint[][];

/** R(J) = J, exactly (2R(J) = J + J² compared with 2J). */
export function isRgFixed(J: ReadonlyArray<ReadonlyArray<bigint>>, twiceR: TwiceR = rgFlowTwiceExact): boolean {
  return twiceR(J).every((row, i) => row.every((x, j) => x === 2n * J[i][j]));
}

/**
 * The statement instantiated at Jstar, as Lean reads it: the hypothesis R(Jstar) = Jstar implies
 * ∃ Jfix, R(Jfix) = Jfix. The existential is decided by its candidate witnesses: Jstar itself (the
 * proof's `use Jstar`) and the zero matrix (R(0) = 0); either being fixed proves it.
 */
export function rgFixedPointStatement(
  Jstar: ReadonlyArray<ReadonlyArray<bigint>>,
  twiceR: TwiceR = rgFlowTwiceExact,
): boolean {
  const hypothesis = isRgFixed(Jstar, twiceR);
  const zero = Jstar.map((row) => row.map(() => 0n));
  const conclusion = isRgFixed(Jstar, twiceR) || isRgFixed(zero, twiceR);
  return !hypothesis || conclusion;
}
