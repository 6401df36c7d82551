/**
 * The two field conventions of paper 000: eq 1 (§2.1) H = −ΣJ S S − hΣS and eq 6 (§4.1)
 * H = −ΣJ S S + hΣS, both described as "an external field term".
 *
 * @module
 */
import { enumerateIsing } from "./enumerate.js";
import { isingModel } from "./lattice.js";
import { thermoFromEnumeration } from "./observables.js";

/** Which printed Hamiltonian: eq 1's −hΣS or eq 6's +hΣS. */
export type FieldConvention = "eq1" | "eq6";

/**
 * ⟨m⟩ per spin, by exact enumeration, of the model with couplings `edges` (i, j, J_ij) in a uniform
 * field h written with `convention`. {@link isingModel} uses eq 1's sign, so eq 6 is eq 1 with −h.
 */
export function meanMagnetization(
  n: number,
  edges: ReadonlyArray<readonly [number, number, number]>,
  h: number,
  convention: FieldConvention,
  beta: number,
): number {
  const field = convention === "eq1" ? h : -h;
  return thermoFromEnumeration(enumerateIsing(isingModel(n, edges, field)), beta).m;
}
