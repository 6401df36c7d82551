/**
 * The mean-field (N → ∞) free energy of the Curie–Weiss model, −βf = max_m [βJm²/2 + βhm + s(m)],
 * s(m) the binary entropy of a magnetization m ∈ [−1, 1]. Its maximizers are the stable solutions of
 * m = tanh(β(Jm + h)), so the maximum is taken over those solutions.
 *
 * @module
 */
import { meanFieldSolutions } from "./self-consistency.js";

/** The entropy per spin of magnetization m: −p ln p − q ln q with p = (1+m)/2, q = (1−m)/2. */
export function binaryEntropy(m: number): number {
  const p = (1 + m) / 2;
  const q = (1 - m) / 2;
  return -(p > 0 ? p * Math.log(p) : 0) - (q > 0 ? q * Math.log(q) : 0);
}

/** −βf of the mean-field Curie–Weiss model at (β, J, h), maximizing over the self-consistent solutions. */
export function meanFieldMinusBetaF(beta: number, J: number, h: number): number {
  let best = Number.NEGATIVE_INFINITY;
  for (const m of meanFieldSolutions(beta, J, h))
    best = Math.max(best, (beta * J * m * m) / 2 + beta * h * m + binaryEntropy(m));
  return best;
}
