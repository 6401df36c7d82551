/**
 * Exact per-spin averages of the L×L Ising torus (J = 1, h = 0), the reference values of the
 * Monte Carlo checks.
 *
 * @module
 */
import { enumerateIsing } from "./enumerate.js";
import { squareLattice } from "./lattice.js";
import { thermoFromEnumeration } from "./observables.js";
import { rowTransferJets } from "./row-transfer.js";

const cache = new Map<string, { u: number; absM: number; m2: number }>();

/**
 * Per-spin energy u = −∂ ln Z/∂β / N and ⟨m²⟩ = ∂² ln Z/∂h² / (β² N²) from the row transfer matrix
 * with jets; ⟨|m|⟩ by enumeration for L = 4 only (NaN otherwise: no closed road for |m|). Cached.
 */
export function exactTorusAverages(L: number, beta: number): { u: number; absM: number; m2: number } {
  const key = `${L}:${beta}`;
  let v = cache.get(key);
  if (!v) {
    const N = L * L;
    const u = -rowTransferJets(L, L, beta, { wrt: "beta" }).d1 / N;
    const m2 = rowTransferJets(L, L, beta, { wrt: "h" }).d2 / (beta * beta * N * N);
    const absM = L === 4 ? thermoFromEnumeration(enumerateIsing(squareLattice(4, 4)), beta).absM : Number.NaN;
    v = { u, absM, m2 };
    cache.set(key, v);
  }
  return v;
}
