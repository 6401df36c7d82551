/**
 * Convergence diagnostics for Monte-Carlo chains: split-R̂ (Gelman–Rubin, as in Vehtari et al.
 * 2021 without rank normalization) and the effective sample size by Geyer's initial positive
 * sequence.
 *
 * @module
 */
import { finiteArray, show } from "../args/check.js";

function mean(x: ArrayLike<number>): number {
  let s = 0;
  for (let k = 0; k < x.length; k++) s += x[k];
  return s / x.length;
}

/**
 * Split-R̂ of several chains of equal length (each split in halves): √(V̂/W) with
 * V̂ = (n−1)/n W + B/n. Values near 1 (say < 1.01–1.05) are necessary for convergence.
 */
export function splitRhat(chains: ArrayLike<number>[]): number {
  if (!Array.isArray(chains)) throw new TypeError(`splitRhat: chains must be an array of chains, got ${show(chains)}`);
  if (chains.length < 1) throw new RangeError("splitRhat: chains must hold at least one chain, got none");
  for (const [k, c] of chains.entries()) finiteArray("splitRhat", `chains[${k}]`, c, { minLength: 4 });
  const halves: number[][] = [];
  const n0 = Math.min(...chains.map((c) => c.length));
  const n = Math.floor(n0 / 2);
  if (chains.length < 1 || n < 2) throw new RangeError("splitRhat: need at least one chain of length ≥ 4");
  for (const c of chains) {
    halves.push(Array.from({ length: n }, (_, k) => c[k]));
    halves.push(Array.from({ length: n }, (_, k) => c[n0 - n + k]));
  }
  const means = halves.map(mean);
  const grand = mean(means);
  const mChains = halves.length;
  const B = (n / (mChains - 1)) * means.reduce((s, mu) => s + (mu - grand) ** 2, 0);
  const W = halves.reduce((s, h, idx) => s + h.reduce((t, v) => t + (v - means[idx]) ** 2, 0) / (n - 1), 0) / mChains;
  if (W === 0) return B === 0 ? 1 : Infinity;
  const V = ((n - 1) / n) * W + B / n;
  return Math.sqrt(V / W);
}

/**
 * Effective sample size of one chain: n / τ with τ = −1 + 2 Σ Γ_k, Γ_k = ρ_{2k} + ρ_{2k+1} summed
 * while positive (Geyer's initial positive sequence).
 */
export function effectiveSampleSize(chain: ArrayLike<number>): number {
  finiteArray("effectiveSampleSize", "chain", chain, { minLength: 4 });
  const n = chain.length;
  if (n < 4) throw new RangeError("effectiveSampleSize: need at least 4 samples");
  const mu = mean(chain);
  const x = Float64Array.from({ length: n }, (_, k) => chain[k] - mu);
  const acov = (lag: number) => {
    let s = 0;
    for (let k = 0; k + lag < n; k++) s += x[k] * x[k + lag];
    return s / n;
  };
  const c0 = acov(0);
  if (c0 === 0) return n;
  let tau = -1;
  for (let k = 0; 2 * k + 1 < n; k++) {
    const g = (acov(2 * k) + acov(2 * k + 1)) / c0;
    if (!(g > 0)) break;
    tau += 2 * g;
  }
  return n / Math.max(tau, 1e-12);
}

/** Mean and its standard error from the ESS: SE = sd/√ESS. */
export function meanWithError(chain: ArrayLike<number>): { mean: number; se: number; ess: number } {
  finiteArray("meanWithError", "chain", chain, { minLength: 4 });
  const mu = mean(chain);
  let v = 0;
  for (let k = 0; k < chain.length; k++) v += (chain[k] - mu) ** 2;
  v /= chain.length - 1;
  const ess = effectiveSampleSize(chain);
  return { mean: mu, se: Math.sqrt(v / ess), ess };
}

/**
 * Pooled mean of several chains of one target and its standard error: the pooled standard
 * deviation over √(Σ ESS), each chain's ESS by {@link effectiveSampleSize}. Pooling assumes the
 * chains share one stationary law (check split-R̂ first); then the chains' means are independent
 * estimates of one mean, and the total ESS counts their independent draws.
 */
export function pooledMeanWithError(chains: ArrayLike<number>[]): {
  mean: number;
  se: number;
  ess: number[];
  totalEss: number;
} {
  if (!Array.isArray(chains) || chains.length < 1)
    throw new RangeError(`pooledMeanWithError: chains must be a non-empty array of chains, got ${show(chains)}`);
  for (const [k, c] of chains.entries()) finiteArray("pooledMeanWithError", `chains[${k}]`, c, { minLength: 4 });
  let sum = 0;
  let count = 0;
  for (const c of chains) for (let k = 0; k < c.length; k++, count++) sum += c[k];
  const mu = sum / count;
  let squares = 0;
  for (const c of chains) for (let k = 0; k < c.length; k++) squares += (c[k] - mu) ** 2;
  const ess = chains.map((c) => effectiveSampleSize(c));
  const totalEss = ess.reduce((p, q) => p + q, 0);
  return { mean: mu, se: Math.sqrt(squares / (count - 1) / totalEss), ess, totalEss };
}
