/**
 * Estimators of the mean of a correlated time series with standard errors.
 *
 * - {@link binningError}: the series is averaged in blocks of 2^k; the naive error of the block
 *   means grows with k until the blocks are longer than the autocorrelation time, then plateaus.
 *   We take the block size giving ≥ 32 blocks and report that error (conservative once blocks are
 *   independent). With B blocks the relative uncertainty of the error itself is ≈ 1/√(2(B−1)).
 * - {@link integratedAutocorrelationTime}: τ_int = ½ + Σ_{t≥1} ρ(t) with Sokal's self-consistent
 *   window t ≤ 6 τ; the error is √(2τ_int Var / n).
 *
 * @module
 */
import { finiteArray, func, int, obj } from "../args/check.js";

/**
 * Mean and standard error of a series by binning.
 *
 * @param x - the series: finite numbers, at least 2·minBlocks of them.
 * @param minBlocks - the fewest blocks the error is taken over, an integer in [1, 2^30] (default 32).
 * @throws TypeError or RangeError naming the argument when x is not an array of finite numbers or
 *   minBlocks is not such an integer (a minBlocks of 0 or less would double the block size forever).
 */
export function binningError(
  x: ArrayLike<number>,
  minBlocks = 32,
): { mean: number; se: number; blockSize: number; blocks: number } {
  int("binningError", "minBlocks", minBlocks, 1, 2 ** 30);
  finiteArray("binningError", "x", x);
  const n = x.length;
  if (n < 2 * minBlocks)
    throw new RangeError(`binningError: x needs ≥ 2·minBlocks = ${2 * minBlocks} samples, got ${n}`);
  let mean = 0;
  for (let i = 0; i < n; i++) mean += x[i];
  mean /= n;
  let blockSize = 1;
  while (Math.floor(n / (blockSize * 2)) >= minBlocks) blockSize *= 2;
  const B = Math.floor(n / blockSize);
  let s2 = 0;
  let bm = 0;
  const means = new Float64Array(B);
  for (let b = 0; b < B; b++) {
    let s = 0;
    for (let i = b * blockSize; i < (b + 1) * blockSize; i++) s += x[i];
    means[b] = s / blockSize;
    bm += means[b];
  }
  bm /= B;
  for (let b = 0; b < B; b++) s2 += (means[b] - bm) ** 2;
  return { mean, se: Math.sqrt(s2 / (B - 1) / B), blockSize, blocks: B };
}

/**
 * Integrated autocorrelation time with Sokal's automatic window, and the resulting standard error.
 *
 * @param x - the series: at least 2 finite numbers (TypeError or RangeError naming `x` otherwise).
 *   The cost is O(n·τ), at most O(n²/2) for a series that never decorrelates.
 */
export function integratedAutocorrelationTime(x: ArrayLike<number>): { mean: number; tau: number; se: number } {
  finiteArray("integratedAutocorrelationTime", "x", x, { minLength: 2 });
  const n = x.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += x[i];
  mean /= n;
  let c0 = 0;
  for (let i = 0; i < n; i++) c0 += (x[i] - mean) ** 2;
  c0 /= n;
  if (c0 === 0) return { mean, tau: 0.5, se: 0 };
  let tau = 0.5;
  for (let t = 1; t < n / 2; t++) {
    let c = 0;
    for (let i = 0; i + t < n; i++) c += (x[i] - mean) * (x[i + t] - mean);
    tau += c / (n - t) / c0;
    if (t >= 6 * tau) break;
  }
  return { mean, tau, se: Math.sqrt((2 * tau * c0) / n) };
}

/**
 * Simulate n steps of a finite chain from x0 and return the visited states (inverse-CDF sampling).
 *
 * @param k - the chain: n states and its row-stochastic n×n matrix p (a {@link kernel}).
 * @param x0 - the start, an integer state in [0, n).
 * @param steps - the number of steps, an integer in [0, 2^28] (the result holds one Int32 a step).
 * @param next - the uniform [0, 1) source.
 * @throws TypeError or RangeError naming the argument outside these domains.
 */
export function simulateChain(
  k: { n: number; p: Float64Array },
  x0: number,
  steps: number,
  next: () => number,
): Int32Array {
  obj("simulateChain", "k", k);
  int("simulateChain", "k.n", k.n, 1, 2 ** 13);
  finiteArray("simulateChain", "k.p", k.p, { length: k.n * k.n });
  int("simulateChain", "x0", x0, 0, k.n - 1);
  int("simulateChain", "steps", steps, 0, 2 ** 28);
  func("simulateChain", "next", next);
  const out = new Int32Array(steps);
  let x = x0;
  for (let t = 0; t < steps; t++) {
    const u = next();
    let acc = 0;
    let y = k.n - 1;
    for (let j = 0; j < k.n; j++) {
      acc += k.p[x * k.n + j];
      if (u < acc) {
        y = j;
        break;
      }
    }
    x = y;
    out[t] = x;
  }
  return out;
}
