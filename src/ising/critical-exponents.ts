/**
 * The order-parameter exponent β′ of M ~ (T_c − T)^β′ (paper 000 §5.2) in the two infinite systems
 * the project solves exactly: the 2D square-lattice Ising model (Yang's M, β′ = 1/8) and the mean-field
 * (Curie–Weiss) model (β′ = 1/2).
 *
 * @module
 */
import { logLogSlope } from "../fit/least-squares.js";
import { meanFieldSolutions } from "../meanfield/self-consistency.js";
import { ONSAGER_KC, yangMagnetization } from "./onsager.js";

/** Yang's spontaneous magnetization at reduced temperature t = (T_c − T)/T_c of the 2D Ising model. */
export function yangAtReducedT(t: number): number {
  return yangMagnetization(1 / ((1 / ONSAGER_KC) * (1 - t)));
}

/** The largest solution of m = tanh(βm) at reduced temperature t (T_c = 1, so β = 1/(1 − t)). */
export function meanFieldAtReducedT(t: number): number {
  return Math.max(...meanFieldSolutions(1 / (1 - t)));
}

/** The fitted exponent: the log-log slope of M between reduced temperatures t1 and t2. */
export function fittedExponent(M: (t: number) => number, t1: number, t2: number): number {
  return logLogSlope([t1, t2], [M(t1), M(t2)]);
}
