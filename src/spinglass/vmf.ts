/**
 * Wood's (1994) sampler for the von Mises–Fisher distribution on the sphere, and the law of a
 * vector spin of radius R in a field: p(s) ∝ exp(β s·θ) on ‖s‖ = R is R·vMF(θ̂, κ = βR‖θ‖).
 *
 * Wood's algorithm draws w = u·μ from its marginal density ∝ e^{κw}(1 − w²)^{(D−3)/2} by rejection
 * from a transformed Beta((D−1)/2, (D−1)/2) envelope, then completes u = wμ + √(1−w²) v with v
 * uniform on the unit sphere orthogonal to μ.
 *
 * @module
 */
import type { Prng } from "../random/prng.js";
import { finite, finiteArray, float64Array, prngLike, real } from "../args/check.js";

function checkRng(fn: string, rng: unknown): void {
  prngLike(fn, "rng", rng);
}

function chiSquare(rng: Prng, dof: number): number {
  let s = 0;
  for (let k = 0; k < dof; k++) {
    const g = rng.normal();
    s += g * g;
  }
  return s;
}

/**
 * One draw from vMF(μ, κ) on the unit sphere S^{D−1} (μ a D-vector, κ ≥ 0), D ≥ 2.
 * Uses Wood's rejection step; the Beta((D−1)/2,(D−1)/2) variate is G₁/(G₁+G₂) with G ~ χ²_{D−1}.
 *
 * μ is the mean direction: a μ whose squared norm differs from 1 by more than 10^−12 is normalized
 * first (a unit μ is used as given, bit for bit), so the draw is always on the unit sphere; μ = 0
 * or a non-finite μ is a RangeError naming μ. `out`, if given, is a Float64Array of length D.
 */
export function sampleVmf(
  rng: Prng,
  mu: ArrayLike<number>,
  kappa: number,
  out?: Float64Array<ArrayBuffer>,
): Float64Array {
  const fn = "sampleVmf";
  checkRng(fn, rng);
  finiteArray(fn, "μ", mu, { minLength: 2, maxLength: 2 ** 24 });
  const D = mu.length;
  finite(fn, "κ", kappa);
  if (!(kappa >= 0)) throw new RangeError(`sampleVmf: κ must be finite and ≥ 0, got ${kappa}`);
  if (out === undefined) out = new Float64Array(D);
  else float64Array(fn, "out", out, D);
  let norm2 = 0;
  for (let a = 0; a < D; a++) norm2 += mu[a] * mu[a];
  if (Math.abs(norm2 - 1) > 1e-12) {
    // Scale by the largest entry first so the norm neither overflows nor underflows.
    let big = 0;
    for (let a = 0; a < D; a++) big = Math.max(big, Math.abs(mu[a]));
    if (big === 0) throw new RangeError("sampleVmf: μ must be a nonzero direction, got the zero vector");
    const unit = Float64Array.from(mu, (v) => v / big);
    let n2 = 0;
    for (let a = 0; a < D; a++) n2 += unit[a] * unit[a];
    const n = Math.sqrt(n2);
    for (let a = 0; a < D; a++) unit[a] /= n;
    mu = unit;
  }
  const d1 = D - 1;
  // b = (−2κ + √(4κ² + d1²))/d1, written without cancellation.
  const b = d1 / (2 * kappa + Math.sqrt(4 * kappa * kappa + d1 * d1));
  const x0 = (1 - b) / (1 + b);
  const c = kappa * x0 + d1 * Math.log(1 - x0 * x0);
  let w = 0;
  for (let tries = 0; ; tries++) {
    if (tries > 100000) throw new RangeError(`sampleVmf: rejection did not accept (κ=${kappa}, D=${D})`);
    const g1 = chiSquare(rng, d1);
    const g2 = chiSquare(rng, d1);
    const z = g1 / (g1 + g2);
    w = (1 - (1 + b) * z) / (1 - (1 - b) * z);
    const u = rng.next();
    if (kappa * w + d1 * Math.log(1 - x0 * w) - c >= Math.log(u)) break;
  }
  // v: a standard normal vector, projected orthogonal to μ and normalized.
  let dot = 0;
  for (let a = 0; a < D; a++) {
    out[a] = rng.normal();
    dot += out[a] * mu[a];
  }
  let n2 = 0;
  for (let a = 0; a < D; a++) {
    out[a] -= dot * mu[a];
    n2 += out[a] * out[a];
  }
  const f = Math.sqrt(Math.max(0, 1 - w * w) / n2);
  for (let a = 0; a < D; a++) out[a] = w * mu[a] + f * out[a];
  return out;
}

/**
 * One draw of a spin of radius R in field θ at inverse temperature β: s = R·vMF(θ̂, βR‖θ‖).
 * θ: at least 2 finite numbers; β ≥ 0 and R > 0 finite, with βR‖θ‖ finite (TypeError or
 * RangeError naming the argument otherwise).
 */
export function sampleSpin(rng: Prng, theta: ArrayLike<number>, beta: number, R: number): Float64Array {
  const fn = "sampleSpin";
  checkRng(fn, rng);
  finiteArray(fn, "θ", theta, { minLength: 2, maxLength: 2 ** 24 });
  real(fn, "β", beta, 0, Number.MAX_VALUE);
  real(fn, "R", R, 0, Number.MAX_VALUE, { openLo: true });
  const D = theta.length;
  let n = 0;
  for (let a = 0; a < D; a++) n += theta[a] * theta[a];
  n = Math.sqrt(n);
  const mu = new Float64Array(D);
  if (n === 0) mu[0] = 1;
  else for (let a = 0; a < D; a++) mu[a] = theta[a] / n;
  if (!Number.isFinite(beta * R * n))
    throw new RangeError(`sampleSpin: κ = βR‖θ‖ must be finite, got β = ${beta}, R = ${R}, ‖θ‖ = ${n}`);
  const u = sampleVmf(rng, mu, beta * R * n);
  for (let a = 0; a < D; a++) u[a] *= R;
  return u;
}
