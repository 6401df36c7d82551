/**
 * Exact enumeration of all 2^n configurations of an Ising model, in Gray-code order.
 *
 * Consecutive Gray codes g(i) = i ⊕ (i ≫ 1) differ in one bit, the lowest set bit of i, so each new
 * configuration costs one local-field update, O(degree), instead of O(n + |E|). Bit k of g(i) set
 * means s_k = −1 (so g = 0 is the all-up state).
 *
 * @module
 */
import { int, isingModelArg } from "../args/check.js";
import { type IsingModel, isingEnergy, neighbours } from "./lattice.js";

/** The largest system enumerated (2^24 states: 16.7 M energies, 134 MB of Float64). */
export const MAX_ENUMERATION_SPINS = 24;

/** Energies and magnetizations M = Σ s_i of every configuration, in Gray-code order. */
export interface Enumeration {
  readonly n: number;
  /** H of configuration g(i), at index i. */
  readonly energy: Float64Array;
  /** Σ_k s_k of configuration g(i), at index i. */
  readonly magnetization: Int16Array;
}

/** The ±1 spins of Gray-code index i (bit k of i ⊕ (i ≫ 1) set ⇔ s_k = −1). */
export function grayConfiguration(i: number, n: number): Int8Array {
  int("grayConfiguration", "n", n, 1, 32);
  int("grayConfiguration", "i", i, 0, 2 ** n - 1);
  const g = i ^ (i >>> 1);
  const s = new Int8Array(n);
  for (let k = 0; k < n; k++) s[k] = (g >>> k) & 1 ? -1 : 1;
  return s;
}

/** Enumerate every configuration of `model` (n ≤ {@link MAX_ENUMERATION_SPINS}) in Gray-code order. */
export function enumerateIsing(model: IsingModel): Enumeration {
  const n = isingModelArg("enumerateIsing", "model", model);
  if (n > MAX_ENUMERATION_SPINS)
    throw new RangeError(`enumerateIsing: model.n = ${n} > ${MAX_ENUMERATION_SPINS} (2^n configurations)`);
  const count = 2 ** n;
  const energy = new Float64Array(count);
  const magnetization = new Int16Array(count);
  const nb = neighbours(model);
  const s = new Int8Array(n).fill(1);
  let e = isingEnergy(model, s);
  let m = n;
  energy[0] = e;
  magnetization[0] = m;
  for (let i = 1; i < count; i++) {
    const k = 31 - Math.clz32(i & -i); // the bit that changes between g(i−1) and g(i)
    let local = model.field[k];
    for (let p = nb.start[k]; p < nb.start[k + 1]; p++) local += nb.coupling[p] * s[nb.index[p]];
    // Flipping s_k changes H by 2 s_k (Σ_j J_kj s_j + h_k).
    e += 2 * s[k] * local;
    m -= 2 * s[k];
    s[k] = -s[k];
    energy[i] = e;
    magnetization[i] = m;
  }
  return { n, energy, magnetization };
}

/**
 * The joint density of states g(E, M) of a model with integer couplings and fields (counts are
 * exact: they are below 2^53). Keys are `E` and `M` as integers.
 */
export function densityOfStates(model: IsingModel): Map<number, Map<number, number>> {
  isingModelArg("densityOfStates", "model", model);
  for (const J of model.coupling)
    if (!Number.isInteger(J)) throw new RangeError("densityOfStates needs integer couplings");
  for (const h of model.field) if (!Number.isInteger(h)) throw new RangeError("densityOfStates needs integer fields");
  const { energy, magnetization } = enumerateIsing(model);
  const g = new Map<number, Map<number, number>>();
  for (let i = 0; i < energy.length; i++) {
    let row = g.get(energy[i]);
    if (!row) g.set(energy[i], (row = new Map()));
    row.set(magnetization[i], (row.get(magnetization[i]) ?? 0) + 1);
  }
  return g;
}

/** The energy histogram g(E) (summed over M) of a density of states. */
export function energyHistogram(g: Map<number, Map<number, number>>): Array<[number, number]> {
  if (!(g instanceof Map))
    throw new TypeError("energyHistogram: g must be a density of states (a Map), see densityOfStates");
  const out: Array<[number, number]> = [];
  for (const [E, row] of g) {
    if (!Number.isFinite(E) || !(row instanceof Map))
      throw new RangeError(`energyHistogram: g must map finite energies to Maps, got key ${E}`);
    let c = 0;
    for (const v of row.values()) c += v;
    out.push([E, c]);
  }
  return out.sort((a, b) => a[0] - b[0]);
}
