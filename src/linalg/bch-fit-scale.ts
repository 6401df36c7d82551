/**
 * Where the leading term of the Baker–Campbell–Hausdorff error dominates: the largest β at which a
 * log-log fit of ‖∏_l e^{−βH_l} − e^{−βΣH}‖ sees its true order 2 rather than a blend of orders.
 *
 * @module
 */
import { commutator, fromRows, type Matrix, spectralNorm, sumMatrices } from "./matrix.js";

type Rows = ReadonlyArray<ReadonlyArray<number>>;

/**
 * β₀ = min(cap, cap·c₂/M) for layers H_l, with c₂ = ‖½Σ_{l<l'}[H_l, H_l']‖₂ and
 * M = (Σ_l ‖H_l‖₂)³/3; `cap` when c₂ = 0 (the β² term vanishes and there is no order 2 to isolate).
 *
 * Derivation. Expanding both sides, ∏ e^{−βH_l} − e^{−βΣH} = β²·½Σ_{l<l'}[H_l, H_l'] + β³R₃ + …:
 * the β² coefficients of ∏(1 − βH_l + β²H_l²/2) and of e^{−βΣH} differ by ½Σ_{l<l'}(H_lH_l' − H_l'H_l).
 * Each cubic Taylor coefficient is a sum of words in the H_l whose norms add up to at most the scalar
 * one, s³/3! with s = Σ‖H_l‖₂, so ‖R₃‖ ≤ s³/3 = M. The error is then c₂β²(1 + ρβ) up to O(β⁴) with
 * |ρ| ≤ M/c₂, and a fit over β₀, β₀/2, β₀/4, β₀/8 has slope 2 + O(ρβ₀) with ρβ₀ ≤ cap. Since
 * c₂ ≤ s²/2, β₀s ≤ 1.5·cap, so the quartic and later terms are smaller still.
 *
 * A fixed grid does not do: three 2×2 layers with c₂ = 1/32 and ρ ≈ 15 fit order 2.154 over
 * β = 2^-5 … 2^-8 (an `--explore` pass), 2.023 over 2^-8 … 2^-11.
 *
 * @param Hs the layers (square, same size, finite)
 * @param cap the largest β returned, and the bound on ρβ₀ (default 2^-5)
 */
export function bchFitScale(Hs: readonly Rows[], cap = 2 ** -5): number {
  if (!(cap > 0 && Number.isFinite(cap))) throw new RangeError(`bchFitScale: cap must be finite and > 0, got ${cap}`);
  const Ms = Hs.map((H) => fromRows(H));
  const pairs: Matrix[] = [];
  for (let a = 0; a < Ms.length; a++) for (let b = a + 1; b < Ms.length; b++) pairs.push(commutator(Ms[a], Ms[b]));
  if (pairs.length === 0) return cap;
  const c2 = spectralNorm(sumMatrices(pairs)) / 2;
  if (c2 === 0) return cap;
  const s = Ms.reduce((acc, M) => acc + spectralNorm(M), 0);
  return Math.min(cap, (cap * c2) / (s ** 3 / 3));
}
