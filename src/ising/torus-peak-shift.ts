/**
 * The finite-size shift of the specific-heat peak of the L×L Ising torus (J = 1, k_B = 1),
 * T_peak(L) − T_c with T_c = 2/ln(1 + √2) (Onsager).
 *
 * c(T) per spin is the exact transfer-matrix value (periodic in both directions); T_peak is its
 * maximiser ({@link squareHeatPeak}) over [2, 3] by golden-section search to 10⁻⁶. For L ≥ 3 the
 * torus peak lies inside that bracket (it approaches T_c ≈ 2.269 from above as L grows, Ferdinand and
 * Fisher: T_peak − T_c ∝ 1/L), and c is unimodal there, so the search finds the peak. The accuracy
 * of the shift is that of T_peak: within 10⁻⁶ of the maximiser (c is flat at its maximum, so the
 * value found is not sensitive to rounding in c beyond √ε·T).
 *
 * @module
 */
import { ONSAGER_TC } from "./onsager.js";
import { squareHeatPeak } from "./square-heat-peak.js";

/**
 * T_peak(L) − T_c of the exact torus specific heat per spin, T_peak by golden-section search on [2, 3]
 * to 10⁻⁶. One argument only, so that `sizes.map(torusPeakShift)` cannot pass an index as a tolerance.
 */
export function torusPeakShift(L: number): number {
  return squareHeatPeak(L, true, 2, 3, 1e-6).T - ONSAGER_TC;
}
