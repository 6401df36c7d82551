/**
 * The variance of the attention logit q·k and of q·k/√d_k, for i.i.d. zero-mean unit-variance
 * entries: Var(q·k) = Σ_c Var(q_c k_c) = d_k (the products are uncorrelated with variance 1), so the
 * 1/√d_k scale fixes the logit variance at 1.
 *
 * @module
 */
import { D50, type Dec } from "./decimal.js";
import type { Prng } from "../random/prng.js";

/**
 * Var(q·k) for Rademacher (±1) entries, exactly in 50 digits: the products q_c k_c are i.i.d. ±1,
 * so q·k = 2B − d_k with B ~ Binomial(d_k, ½), and Var = Σ_m C(d_k, m) 2^{−d_k} (2m − d_k)²
 * (the mean is 0).
 */
export function rademacherDotVariance(dk: number): Dec {
  if (!Number.isInteger(dk) || dk < 1) throw new RangeError(`d_k must be a positive integer, got ${dk}`);
  let c = new D50(1);
  let v = new D50(0);
  const half = new D50(2).pow(-dk);
  for (let m = 0; m <= dk; m++) {
    v = v.add(c.mul(half).mul((2 * m - dk) ** 2));
    c = c.mul(dk - m).div(m + 1);
  }
  return v;
}

/**
 * The Monte-Carlo second moment of q·k/√d over `samples` draws of Gaussian q, k ∈ ℝ^d (entries
 * N(0, 1) from `rng`), with its standard error √((2 + 6/d)/samples): E X⁴ = 3 + 6/d for
 * X = q·k/√d, so Var(X²) = 2 + 6/d.
 */
export function gaussianScaledDotMoment(rng: Prng, d: number, samples: number): { estimate: number; se: number } {
  if (!Number.isInteger(d) || d < 1) throw new RangeError(`d must be a positive integer, got ${d}`);
  let acc = 0;
  // The pairs (q_e, k_e) in the order normal() would draw them, a sample at a time.
  const qk = new Float64Array(2 * d);
  for (let t = 0; t < samples; t++) {
    rng.fillNormal(qk);
    let dot = 0;
    for (let e = 0; e < d; e++) dot += qk[2 * e] * qk[2 * e + 1];
    const x = dot / Math.sqrt(d);
    acc += x * x;
  }
  return { estimate: acc / samples, se: Math.sqrt((2 + 6 / d) / samples) };
}
