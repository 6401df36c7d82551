/**
 * The peak of the exact specific heat per spin of the L×L Ising square (J = 1, k_B = 1), periodic in
 * both directions (the torus) or open: c(T) is {@link specificHeatPerSpin} (transfer-matrix jets, exact
 * to rounding), and the peak is its maximiser over [lo, hi] by golden-section search to `tol`
 * ({@link goldenMax}). c is unimodal on brackets around the peak (from 1.2 to 3.5 for L ≥ 3, either
 * boundary condition), where the search finds T_peak within `tol`; c_max is c at the point returned.
 *
 * @module
 */
import { goldenMax } from "../numeric/golden-max.js";
import { specificHeatPerSpin } from "./finite-size.js";

/** Location and height of the specific-heat peak of the L×L square. */
export interface HeatPeak {
  /** T_peak, the maximiser of c(T) found. */
  T: number;
  /** c(T_peak), the height of the peak per spin. */
  c: number;
}

/** The specific-heat peak of the L×L square (torus if `periodic`, else open) on [lo, hi], to `tol`. */
export function squareHeatPeak(L: number, periodic: boolean, lo: number, hi: number, tol: number): HeatPeak {
  const g = goldenMax((T) => specificHeatPerSpin(L, T, periodic), lo, hi, tol);
  return { T: g.x, c: g.f };
}
