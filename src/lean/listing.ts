/**
 * TypeScript transcriptions of the definitions in the paper's Lean listing (002 §9, restored in
 * `lean-sketches/Paper.lean`), so that what they compute can be checked against what the text says.
 * Each function follows the Lean definition literally, including its oddities.
 *
 * @module
 */
import { finite, finiteArray, finiteMatrix, obj, show } from "../args/check.js";

/** `structure IsingModel (N : ℕ)`: couplings J and fields h. */
export interface LeanIsingModel {
  J: number[][];
  h: number[];
}

/** `model` must be {J, h}: J a finite N×N matrix, h N finite numbers (N ≥ 1); returns N. */
function modelArg(fn: string, name: string, model: unknown): number {
  obj(fn, name, model);
  const { J, h } = model as { J: unknown; h: unknown };
  const [N] = finiteMatrix(fn, `${name}.J`, J, { square: true });
  finiteArray(fn, `${name}.h`, h, { length: N, lengthOf: `${name}.J` });
  return N;
}

/** An energy that overflowed float64 is refused, not returned as ±∞ or NaN. */
function finiteEnergy(fn: string, e: number, what: string): number {
  if (!Number.isFinite(e)) throw new RangeError(`${fn}: the energy overflows float64 (${what} too large), got ${e}`);
  return e;
}

/**
 * `Hamiltonian model spins = -interaction - field` with interaction = Σ_i Σ_j J_ij s_i s_j and
 * field = Σ_i h_i s_i (the listing's sign: −h·s, where paper eq 6 has +h·s). Domain: model.J a
 * finite N×N matrix, model.h and `spins` N finite numbers (N ≥ 1; the listing's spins are ±1 but
 * any finite values are evaluated); an energy that overflows float64 is refused.
 */
export function leanHamiltonian(model: LeanIsingModel, spins: readonly number[]): number {
  const fn = "leanHamiltonian";
  const n = modelArg(fn, "model", model);
  finiteArray(fn, "spins", spins, { length: n, lengthOf: "model.J" });
  const N = spins.length;
  let interaction = 0;
  for (let i = 0; i < N; i++) for (let j = 0; j < N; j++) interaction += model.J[i][j] * spins[i] * spins[j];
  let field = 0;
  for (let i = 0; i < N; i++) field += model.h[i] * spins[i];
  return finiteEnergy(fn, -interaction - field, "model.J, model.h or spins");
}

/**
 * Paper 000 eq 6 for one configuration: −Σ_ij J_ij S_i S_j + h Σ_i S_i (uniform field h). Domain:
 * J a finite N×N matrix (N ≥ 1), h finite, `spins` N finite numbers; an energy that overflows
 * float64 is refused.
 */
export function eq6Energy(J: number[][], h: number, spins: readonly number[]): number {
  const fn = "eq6Energy";
  const [n] = finiteMatrix(fn, "J", J, { square: true });
  finite(fn, "h", h);
  finiteArray(fn, "spins", spins, { length: n, lengthOf: "J" });
  let e = 0;
  for (let i = 0; i < spins.length; i++) {
    e += h * spins[i];
    for (let j = 0; j < spins.length; j++) e -= J[i][j] * spins[i] * spins[j];
  }
  return finiteEnergy(fn, e, "J, h or spins");
}

/**
 * `EffectiveIsingHamiltonian H = { J := Σ_l (H l).J, h := fun i => Σ_l (H l).h i }`. Domain:
 * `layers` one or more models of one size N (each as {@link leanHamiltonian} takes it); sums that
 * overflow float64 are refused.
 */
export function leanEffectiveModel(layers: readonly LeanIsingModel[]): LeanIsingModel {
  const fn = "leanEffectiveModel";
  if (!Array.isArray(layers)) throw new TypeError(`${fn}: layers must be an array of models, got ${show(layers)}`);
  if (layers.length === 0)
    throw new RangeError(`${fn}: layers must hold at least one model (EffectiveIsingHamiltonian of no layers)`);
  const N = modelArg(fn, "layers[0]", layers[0]);
  for (let l = 1; l < layers.length; l++) {
    const n = modelArg(fn, `layers[${l}]`, layers[l]);
    if (n !== N) throw new RangeError(`${fn}: layers[${l}] has ${n} spins and layers[0] ${N}: they must agree`);
  }
  const J = Array.from({ length: N }, (_, i) =>
    Array.from({ length: N }, (_, j) => layers.reduce((s, m) => s + m.J[i][j], 0)),
  );
  const h = Array.from({ length: N }, (_, i) => layers.reduce((s, m) => s + m.h[i], 0));
  if (!J.every((row) => row.every(Number.isFinite)) || !h.every(Number.isFinite))
    throw new RangeError(`${fn}: the summed couplings or fields of layers overflow float64`);
  return { J, h };
}

/**
 * `attentionMatrix attn i j = exp(scores i j) / Z` with Z summed over all N² pairs: the literal
 * encoding lives with the other attention references and is re-exported here, next to the rest of
 * the listing.
 */
export { leanAttentionMatrix } from "../attention/attention.js";
