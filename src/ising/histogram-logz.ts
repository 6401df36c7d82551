/**
 * ln Z from an exact energy histogram, in decimal arithmetic: the enumeration road beside Kaufman's
 * formula for small tori.
 *
 * @module
 */
import type { Decimal } from "decimal.js";
import { decimalContext } from "../precision/decimal-matrix.js";
import { densityOfStates, energyHistogram } from "./enumerate.js";
import { squareLattice } from "./lattice.js";

/** ln Σ_E g(E) e^{−βE} with `digits`-digit decimals; β as a decimal string is taken exactly. */
export function logZFromHistogram(
  histogram: ReadonlyArray<readonly [number, number]>,
  beta: string | number,
  digits: number,
): Decimal {
  const D = decimalContext(digits);
  const b = new D(beta);
  let z = new D(0);
  for (const [E, g] of histogram) z = z.plus(D.exp(b.times(-E)).times(g));
  return D.ln(z);
}

let torus4: Array<[number, number]> | undefined;

/** The exact energy histogram of the 4×4 square-lattice torus (J = 1, h = 0; 65 536 states, enumerated once and cached). */
export function torus4x4Histogram(): Array<[number, number]> {
  torus4 ??= energyHistogram(densityOfStates(squareLattice(4, 4)));
  return torus4;
}
