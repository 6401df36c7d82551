/**
 * How far a list of layers is from commuting, as one number.
 *
 * @module
 */
import { commutator, fromRows } from "./matrix.js";

/**
 * Σ_{l<l'} Σ_ij |[H_l, H_l']_ij|: 0 exactly when every pair of layers commutes. For matrices with
 * dyadic entries k/4 (the Trotter family's inputs) every product and sum is exact in float64, so
 * "= 0" is an exact test of commutation, not a tolerance.
 */
export function commutatorMass(Hs: ReadonlyArray<ReadonlyArray<ReadonlyArray<number>>>): number {
  let s = 0;
  for (let a = 0; a < Hs.length; a++)
    for (let b = a + 1; b < Hs.length; b++)
      for (const c of commutator(fromRows(Hs[a]), fromRows(Hs[b])).data) s += Math.abs(c);
  return s;
}
