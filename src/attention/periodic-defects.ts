/**
 * How far attention and encodings are from the periodic properties of paper 000 Remark 7 / §9:
 * cyclic-shift equivariance, edge effects, the metric axioms of the periodic distance, and how close
 * a sinusoidal encoding comes to repeating.
 *
 * @module
 */
import { int } from "../args/check.js";
import { finite } from "../claims/violation.js";
import { attention } from "./attention.js";
import { matmul, maxAbs, maxAbsDiff, type Mat } from "./matrix.js";
import { cycleDistancesFrom } from "./cycle-bfs.js";
import { sinusoidalFrequencies } from "./sinusoid.js";
import { cyclicShiftMatrix, cyclicShiftRows, sinusoidalEncoding } from "./periodic.js";

/** One attention layer's parameters and a cyclic shift s. */
export interface ShiftLayer {
  x: Mat;
  wq: Mat;
  wk: Mat;
  wv: Mat;
  s: number;
}

function run(x: Mat, l: ShiftLayer, bias: Mat, causal: boolean) {
  return attention(matmul(x, l.wq), matmul(x, l.wk), matmul(x, l.wv), { bias, causal });
}

/**
 * The larger of |A(σX) − σA(X)σ⁻¹| and |Z(σX) − σZ(X)| (σ the cyclic shift by s), with the bias
 * fixed by position (not moved with the tokens): 0 exactly when attention commutes with the shift.
 */
export function equivarianceDefect(l: ShiftLayer, bias: Mat, causal: boolean): number {
  const base = run(l.x, l, bias, causal);
  const shifted = run(cyclicShiftRows(l.x, l.s), l, bias, causal);
  return Math.max(
    maxAbsDiff(shifted.weights, cyclicShiftMatrix(base.weights, l.s)),
    maxAbsDiff(shifted.output, cyclicShiftRows(base.output, l.s)),
  );
}

/**
 * Rounding allowance for {@link equivarianceDefect}: shifting permutes the summation order of the
 * N-term softmax and matrix products, so the defect of an exactly equivariant layer is a few N ε
 * times the size of the products (|X|³|W_Q||W_K||W_V|, with a factor 8 · 64 of headroom).
 */
export function equivarianceTolerance(l: ShiftLayer): number {
  const n = l.x.length;
  return (
    64 * n * Number.EPSILON * (1 + maxAbs(l.x)) ** 3 * (1 + maxAbs(l.wq)) * (1 + maxAbs(l.wk)) * (1 + maxAbs(l.wv)) * 8
  );
}

/**
 * With every token's content equal (so Q·K is the same for all pairs), the largest difference
 * between token i's weight at cyclic offset r and token 0's weight at offset r, over i and r: 0 when
 * no token sits at an edge.
 */
export function edgeDefect(n: number, content: number[], bias: Mat): number {
  const x = Array.from({ length: n }, () => content.slice());
  const w = content.map((_, c) => content.map((__, e) => (c === e ? 1 : 0.5)));
  const a = attention(matmul(x, w), matmul(x, w), x, { bias }).weights;
  let defect = 0;
  for (let i = 0; i < n; i++)
    for (let r = 0; r < n; r++) defect = Math.max(defect, Math.abs(a[i][(i + r) % n] - a[0][r]));
  return defect;
}

/** The shift T ≤ maxT at which the sinusoidal encoding comes closest to repeating, and how close (max-norm). */
export function closestReturn(d: number, maxT: number): { t: number; gap: number } {
  const p0 = sinusoidalEncoding(0, d);
  // PE(t)_c as sinusoidalEncoding computes it (the same frequencies, sin for even c, cos for odd),
  // component by component: the running max g only grows, so once it reaches the best gap so far
  // this t cannot win (a win needs g < best) and the rest of its components are skipped. The
  // result is the full scan's; most t are ruled out by the first (ω = 1) pair. maxT sin/cos
  // vectors of d entries each were periodic.sinusoidal-not-periodic's time.
  const w = sinusoidalFrequencies(d);
  let best = { t: 0, gap: Number.POSITIVE_INFINITY };
  for (let t = 1; t <= maxT; t++) {
    let g = 0;
    for (let c = 0; c < d && g < best.gap; c++) {
      const p = c % 2 === 0 ? Math.sin(t * w[c]) : Math.cos(t * w[c]);
      g = Math.max(g, Math.abs(p - p0[c]));
    }
    if (g < best.gap) best = { t, gap: g };
  }
  return best;
}

/**
 * The number of failures, over all pairs and triples of ℤ_n, of: agreement with the n-cycle's BFS
 * distance, d(a, b) = 0 ⇔ a = b, symmetry, and the triangle inequality, for the distance `d`.
 * A non-finite distance is a {@link NumericError}, not a failure: every comparison with NaN is
 * false, so a broken `d` would otherwise be counted as "not a metric" (a refutation).
 */
export function metricFailures(n: number, d: (i: number, j: number, n: number) => number): number {
  // No sites, nothing to fail (as before); otherwise an integer N.
  if (!(n >= 1)) return 0;
  int("metricFailures", "n", n, 1, 2 ** 12); // the n² table; n³ triples take minutes already at 2^10
  // The triangle loop asks for each d(i, j) about 2n times: each is computed (and its label built)
  // once, on first request, so the calls that reach `d` and the first non-finite value named are
  // the same as without the table. NaN marks "not yet computed" (a stored value is finite).
  const table = new Float64Array(n * n).fill(Number.NaN);
  const dist = (i: number, j: number) => {
    const k = i * n + j;
    let v = table[k];
    if (Number.isNaN(v)) {
      v = finite(d(i, j, n), `d(${i}, ${j}) on ℤ_${n}`);
      table[k] = v;
    }
    return v;
  };
  let failures = 0;
  for (let a = 0; a < n; a++) {
    // The graph road, one breadth-first search per source (cycleGraphDistance's, per row).
    const graph = cycleDistancesFrom(a, n);
    for (let b = 0; b < n; b++) {
      const dab = dist(a, b);
      if (dab !== graph[b]) failures++;
      if ((dab === 0) !== (a === b)) failures++;
      if (dab !== dist(b, a)) failures++;
      for (let c = 0; c < n; c++) {
        // The table read inline (the hot loop); dist(a, c) still asked before dist(c, b).
        let ac = table[a * n + c];
        if (Number.isNaN(ac)) ac = dist(a, c);
        let cb = table[c * n + b];
        if (Number.isNaN(cb)) cb = dist(c, b);
        if (dab > ac + cb) failures++;
      }
    }
  }
  return failures;
}
