/**
 * The blog's Maxwell-Boltzmann velocity distribution (004): one velocity component v with density
 * P(v) ∝ exp(−c·m v²/T). The printed formula e^{−½mv²/2T} is c = 1/4; the Boltzmann factor
 * e^{−E/T} with E = ½mv² is c = 1/2. For a Gaussian of variance T/(2cm), ⟨½mv²⟩ = T/(4c), so only
 * c = 1/2 gives equipartition ⟨½mv²⟩ = ½T per dimension.
 *
 * @module
 */
import { NumericError } from "../claims/violation.js";

/** ⟨½ m v²⟩ under P(v) ∝ exp(−c m v²/T), in closed form: T/(4c). */
export function meanKineticClosedForm(c: number, m: number, t: number): number {
  if (!(c > 0 && m > 0 && t > 0)) throw new RangeError("Maxwell-Boltzmann needs c, m, T > 0");
  return t / (4 * c);
}

/**
 * ⟨½ m v²⟩ under P(v) ∝ exp(−c m v²/T) by composite Simpson quadrature of numerator and normaliser
 * on [−L, L] with L = 12 standard deviations (the neglected tails are below e^{−72}). The road
 * independent of the Gaussian-moment formula.
 */
export function meanKineticQuadrature(c: number, m: number, t: number, intervals = 4000): number {
  if (!(c > 0 && m > 0 && t > 0)) throw new RangeError("Maxwell-Boltzmann needs c, m, T > 0");
  if (intervals % 2 !== 0) throw new RangeError("Simpson needs an even number of intervals");
  const sd = Math.sqrt(t / (2 * c * m));
  const l = 12 * sd;
  const h = (2 * l) / intervals;
  let num = 0;
  let den = 0;
  for (let k = 0; k <= intervals; k++) {
    const v = -l + k * h;
    const w = k === 0 || k === intervals ? 1 : k % 2 === 1 ? 4 : 2;
    const p = Math.exp((-c * m * v * v) / t);
    den += w * p;
    num += w * p * 0.5 * m * v * v;
  }
  return num / den;
}

/**
 * ⟨½mv²⟩ by quadrature after checking it against the closed form to relative 1e-9: the two roads
 * must agree before either is used, and a disagreement is a bug of a reference (a NumericError),
 * never a verdict on the formula.
 */
export function meanKineticChecked(c: number, m: number, t: number): number {
  const q = meanKineticQuadrature(c, m, t);
  const exact = meanKineticClosedForm(c, m, t);
  if (!(Math.abs(q - exact) <= 1e-9 * exact)) {
    throw new NumericError(`quadrature ${q} disagrees with the closed form ${exact} (c = ${c}, m = ${m}, T = ${t})`);
  }
  return q;
}
