/**
 * The scalar coefficient of the large-D readout (eq 2.22): φ(θ) = c·θ with
 * c(β, a) = β/(1 + γ), γ = √(1 + β²a²), a = ‖θ‖/R (here per unit R, i.e. R = 1 in {@link gammaLargeD}).
 *
 * Written without cancellation: the equivalent (γ − 1)/(βa²) (multiply numerator and denominator by
 * γ − 1 and use γ² − 1 = β²a²) loses digits as βa → 0, this form does not. At a = 1 it is eq 2.22's
 * scalar ratio z/(1 + √(1 + z²)) with z = β, the D → ∞ limit of the Bessel ratio I_{ν+1}(νz)/I_ν(νz).
 * Limits: c ≈ β/2 − a²β³/8 as β → 0 (the series {@link largeDCoefficientSeries}) and c → 1/a as βa → ∞.
 * β ≥ 0 and a ≥ 0, finite (gammaLargeD's argument checks).
 *
 * @module
 */
import { gammaLargeD } from "./readout.js";

/** c(β, a) = β/(1 + √(1 + β²a²)), the large-D readout's coefficient (a = ‖θ‖/R). */
export function largeDCoefficient(beta: number, a: number): number {
  return beta / (1 + gammaLargeD(a, beta, 1));
}
