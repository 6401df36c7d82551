/**
 * The finite-size rounding of the specific-heat peak of the L×L seam lattice (open square, seam
 * coupling s across both wraps: s = 0 open, s = 1 the torus), read two ways: the height c_max of the
 * peak (a sharper peak is less rounded) and the distance |T_peak − T_c| of its location from
 * Onsager's T_c = 2/ln(1 + √2). Both come from {@link seamSpecificHeatPeak} (golden-section search
 * on [1.2, 4] to `tol`), so the shift is accurate to `tol` and the height to the search's c value.
 *
 * @module
 */
import { ONSAGER_TC } from "./onsager.js";
import { seamSpecificHeatPeak } from "./seam-lattice.js";

/** The rounding of the seam lattice's specific-heat peak at side L and seam coupling s. */
export interface SeamRounding {
  /** c_max, the height of the peak of the specific heat per spin. */
  height: number;
  /** |T_peak − T_c|, the distance of the peak from Onsager's T_c. */
  shift: number;
}

/** Height and shift of the seam lattice's specific-heat peak (side L, seam coupling s, search tolerance tol). */
export function seamRounding(L: number, s: number, tol = 1e-4): SeamRounding {
  const p = seamSpecificHeatPeak(L, s, tol);
  return { height: p.c, shift: Math.abs(p.T - ONSAGER_TC) };
}
