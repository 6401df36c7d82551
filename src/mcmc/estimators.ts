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

/** Mean and standard error of a series by binning. */
export function binningError(
  x: ArrayLike<number>,
  minBlocks = 32,
): { mean: number; se: number; blockSize: number; blocks: number } {
  const n = x.length;
  if (n < 2 * minBlocks) throw new RangeError(`binningError: need ≥ ${2 * minBlocks} samples, got ${n}`);
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

/** Integrated autocorrelation time with Sokal's automatic window, and the resulting standard error. */
export function integratedAutocorrelationTime(x: ArrayLike<number>): { mean: number; tau: number; se: number } {
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

/** Simulate n steps of a finite chain from x0 and return the visited states (inverse-CDF sampling). */
export function simulateChain(
  k: { n: number; p: Float64Array },
  x0: number,
  steps: number,
  next: () => number,
): Int32Array {
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
