/**
 * TypeScript transcriptions of the definitions in the paper's Lean listing (002 §9, restored in
 * `lean-sketches/Paper.lean`), so that what they compute can be checked against what the text says.
 * Each function follows the Lean definition literally, including its oddities.
 *
 * @module
 */

/** `structure IsingModel (N : ℕ)`: couplings J and fields h. */
export interface LeanIsingModel {
  J: number[][];
  h: number[];
}

/**
 * `Hamiltonian model spins = -interaction - field` with interaction = Σ_i Σ_j J_ij s_i s_j and
 * field = Σ_i h_i s_i (the listing's sign: −h·s, where paper eq 6 has +h·s).
 */
export function leanHamiltonian(model: LeanIsingModel, spins: readonly number[]): number {
  const N = spins.length;
  if (model.J.length !== N || model.h.length !== N)
    throw new RangeError(`model is ${model.J.length}-spin, spins has ${N}`);
  let interaction = 0;
  for (let i = 0; i < N; i++) for (let j = 0; j < N; j++) interaction += model.J[i][j] * spins[i] * spins[j];
  let field = 0;
  for (let i = 0; i < N; i++) field += model.h[i] * spins[i];
  return -interaction - field;
}

/** Paper 000 eq 6 for one configuration: −Σ_ij J_ij S_i S_j + h Σ_i S_i (uniform field h). */
export function eq6Energy(J: number[][], h: number, spins: readonly number[]): number {
  let e = 0;
  for (let i = 0; i < spins.length; i++) {
    e += h * spins[i];
    for (let j = 0; j < spins.length; j++) e -= J[i][j] * spins[i] * spins[j];
  }
  return e;
}

/** `EffectiveIsingHamiltonian H = { J := Σ_l (H l).J, h := fun i => Σ_l (H l).h i }`. */
export function leanEffectiveModel(layers: readonly LeanIsingModel[]): LeanIsingModel {
  if (layers.length === 0) throw new RangeError("EffectiveIsingHamiltonian of no layers");
  const N = layers[0].h.length;
  const J = Array.from({ length: N }, (_, i) =>
    Array.from({ length: N }, (_, j) => layers.reduce((s, m) => s + m.J[i][j], 0)),
  );
  const h = Array.from({ length: N }, (_, i) => layers.reduce((s, m) => s + m.h[i], 0));
  return { J, h };
}

/**
 * `attentionMatrix attn i j = exp(scores i j) / Z` with Z summed over all N² pairs: the literal
 * encoding lives with the other attention references and is re-exported here, next to the rest of
 * the listing.
 */
export { leanAttentionMatrix } from "../attention/attention.js";
