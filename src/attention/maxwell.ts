/**
 * The blog's Maxwell-Boltzmann velocity distribution (004): one velocity component v with density
 * P(v) ∝ exp(−c·m v²/T). The printed formula e^{−½mv²/2T} is c = 1/4; the Boltzmann factor
 * e^{−E/T} with E = ½mv² is c = 1/2. For a Gaussian of variance T/(2cm), ⟨½mv²⟩ = T/(4c), so only
 * c = 1/2 gives equipartition ⟨½mv²⟩ = ½T per dimension.
 *
 * @module
 */
import { int, real } from "../args/check.js";
import { NumericError } from "../claims/violation.js";

/** c, m and T must each lie in [1e-50, 1e50], where no product of the quadrature over- or underflows. */
const MB_MIN = 1e-50;
const MB_MAX = 1e50;
/** The most Simpson intervals: 2^24 (a fraction of a second). */
const MAX_INTERVALS = 2 ** 24;

/** c, m and T in [1e-50, 1e50] (the domain of the Maxwell-Boltzmann functions). */
function mbArgs(fn: string, c: unknown, m: unknown, t: unknown): void {
  for (const [name, v] of [
    ["c", c],
    ["m", m],
    ["t", t],
  ] as const)
    real(fn, name, v, MB_MIN, MB_MAX);
}

/**
 * ⟨½ m v²⟩ under P(v) ∝ exp(−c m v²/T), in closed form: T/(4c). Domain: c, m, T (argument `t`)
 * each in [1e-50, 1e50].
 */
export function meanKineticClosedForm(c: number, m: number, t: number): number {
  mbArgs("meanKineticClosedForm", c, m, t);
  return t / (4 * c);
}

/**
 * ⟨½ m v²⟩ under P(v) ∝ exp(−c m v²/T) by composite Simpson quadrature of numerator and normaliser
 * on [−L, L] with L = 12 standard deviations (the neglected tails are below e^{−72}). The road
 * independent of the Gaussian-moment formula. Domain: c, m, T (argument `t`) each in [1e-50, 1e50]
 * (then c·m·v², ½m·v² and the step stay far from float64's limits), `intervals` an even integer in
 * [2, 2^24] (its cost).
 */
export function meanKineticQuadrature(c: number, m: number, t: number, intervals = 4000): number {
  mbArgs("meanKineticQuadrature", c, m, t);
  int("meanKineticQuadrature", "intervals", intervals, 2, MAX_INTERVALS);
  if (intervals % 2 !== 0)
    throw new RangeError(`meanKineticQuadrature: intervals must be even (Simpson's rule), got ${intervals}`);
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
 * never a verdict on the formula. Domain: c, m, T (argument `t`) each in [1e-50, 1e50].
 */
export function meanKineticChecked(c: number, m: number, t: number): number {
  mbArgs("meanKineticChecked", c, m, t);
  const q = meanKineticQuadrature(c, m, t);
  const exact = meanKineticClosedForm(c, m, t);
  if (!(Math.abs(q - exact) <= 1e-9 * exact)) {
    throw new NumericError(`quadrature ${q} disagrees with the closed form ${exact} (c = ${c}, m = ${m}, T = ${t})`);
  }
  return q;
}
