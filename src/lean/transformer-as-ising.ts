/**
 * The Lean theorem `TransformerAsIsingModel` of paper 002 §9, transcribed as a proposition that can
 * be evaluated, beside the meaningful reading it is supposed to state:
 *
 * ```lean
 * theorem TransformerAsIsingModel {L N : ℕ} (H : Fin L → IsingModel N) (β : ℝ) :
 *   let Heff := EffectiveIsingHamiltonian H
 *   True := by intro Heff; trivial
 * ```
 *
 * @module
 */
import { pauliIsing } from "../linalg/pauli-ising.js";
import { trotterErrorFloat } from "../linalg/trotter-float.js";
import { type LeanIsingModel, leanEffectiveModel } from "./listing.js";

/**
 * The theorem's statement for these H and β, as Lean evaluates it: the `let` binds Heff (computed
 * here, so a malformed stack still throws as Lean would fail to typecheck) and the body is `True`.
 */
export function transformerAsIsingModel(H: readonly LeanIsingModel[], beta: number): boolean {
  if (!Number.isFinite(beta)) throw new RangeError(`transformerAsIsingModel: β = ${beta}`);
  leanEffectiveModel(H); // let Heff := EffectiveIsingHamiltonian H
  return true; // the conclusion as written
}

/**
 * A meaningful reading of "deep self-attention layers behave as a large-scale Ising system": the
 * product of the layers' Boltzmann operators is e^{−βH_eff}. Classical (diagonal) layers commute and
 * satisfy it exactly; with the layers' spin operators along alternating axes (z for even l, x for
 * odd l, as §4.2-§4.3's non-commutativity assumes) it can fail. Returns ‖∏_l e^{−βH_l} − e^{−βH_eff}‖₂
 * in that non-commuting reading (uniform field h_l = (H l).h[0]; float64).
 */
export function layerProductDefect(H: readonly LeanIsingModel[], beta: number): number {
  const Hs = H.map((m, l) => pauliIsing(m.J, m.h[0], l % 2 === 0 ? "z" : "x"));
  return trotterErrorFloat(Hs, beta, 1, 1);
}
