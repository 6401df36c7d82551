/**
 * 002 Remark 7's β_dynamic: the attention row A_i = softmax(β Q_i·K_j) read as a Gibbs state at
 * inverse temperature β with energies E_j = −Q_i·K_j (the sign convention of boltzmann.ts).
 *
 * The standard definition of "inverse temperature" used here: the equilibrium state at temperature
 * T = 1/β is the distribution q over the states that minimises the free energy F_T[q] = Σ q_j E_j −
 * T·S(q). The identity F_T[q] − F_T[p_β] = T·KL(q ‖ p_β), with p_β = softmax(−βE), holds for every
 * β ≠ 0, so p_β is the minimiser when β > 0 and the maximiser when β < 0 (T < 0). This module
 * evaluates F_T for any real β ≠ 0 (boltzmann.ts's freeEnergyFunctional is restricted to β > 0);
 * the second road is T·KL(q ‖ p) from klToSoftmax.
 *
 * @module
 */
import { finite, finiteArray } from "../args/check.js";

/**
 * F_T[q] = Σ_j q_j E_j − S(q)/β with E_j = −a_j and S the Gibbs entropy (0 ln 0 = 0). Domain: q finite,
 * ≥ 0, summing to 1 within 1e-9; a finite of the same length; β finite and ≠ 0.
 */
export function gibbsFunctional(q: ArrayLike<number>, a: ArrayLike<number>, beta: number): number {
  finiteArray("gibbsFunctional", "q", q, { minLength: 1 });
  finiteArray("gibbsFunctional", "a", a, { length: q.length, lengthOf: "q" });
  finite("gibbsFunctional", "beta", beta);
  if (beta === 0) throw new RangeError("gibbsFunctional: beta must be ≠ 0 (T = 1/β), got 0");
  let total = 0;
  for (let i = 0; i < q.length; i++) {
    if (q[i] < 0) throw new RangeError(`gibbsFunctional: q[${i}] must be ≥ 0, got ${q[i]}`);
    total += q[i];
  }
  if (Math.abs(total - 1) > 1e-9) throw new RangeError(`gibbsFunctional: q must sum to 1, got ${total}`);
  let u = 0;
  let s = 0;
  for (let i = 0; i < q.length; i++) {
    u -= q[i] * a[i];
    if (q[i] > 0) s -= q[i] * Math.log(q[i]);
  }
  return u - s / beta;
}

/**
 * The attention scores of query row i, s_j = Q_i·K_j, for Q_i (length d) and K (n rows of length d),
 * all finite.
 */
export function queryScores(qi: ArrayLike<number>, k: ReadonlyArray<ArrayLike<number>>): number[] {
  finiteArray("queryScores", "qi", qi, { minLength: 1 });
  if (!Array.isArray(k) || k.length === 0) throw new RangeError("queryScores: K must be a non-empty array of rows");
  return k.map((row, j) => {
    finiteArray("queryScores", `K[${j}]`, row, { length: qi.length, lengthOf: "qi" });
    let s = 0;
    for (let c = 0; c < qi.length; c++) s += qi[c] * row[c];
    return s;
  });
}
