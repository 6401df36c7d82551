/**
 * The susceptibility of a Boltzmann-weighted token average: with weights p_j ∝ e^{β h·x_j} and
 * m(h) = Σ_j p_j x_j, ∂m_a/∂h_b = β·Cov_p(x^a, x^b) (fluctuation-dissipation: differentiating
 * p_j = e^{βh·x_j}/Z gives ∂p_j/∂h_b = β p_j (x_j^b − m_b)), so the response is symmetric and
 * positive semidefinite. {@link responseByDifferences} is the road that does not use the formula.
 *
 * @module
 */
import type { Mat } from "./matrix.js";
import { softmax } from "./softmax.js";

/** The weights p_j = softmax_j(β h·x_j). */
export function fieldWeights(x: Mat, h: number[], beta: number): Float64Array {
  return softmax(
    x.map((xj) => xj.reduce((s, c, a) => s + c * h[a], 0)),
    beta,
  );
}

/** m(h) = Σ_j p_j x_j under {@link fieldWeights}. */
export function fieldMean(x: Mat, h: number[], beta: number): number[] {
  const p = fieldWeights(x, h, beta);
  return Array.from({ length: h.length }, (_, a) => x.reduce((s, xj, j) => s + p[j] * xj[a], 0));
}

/** Cov_p(x^a, x^b) under {@link fieldWeights}, as a D×D matrix. */
export function fieldCovariance(x: Mat, h: number[], beta: number): Mat {
  const p = fieldWeights(x, h, beta);
  const m = fieldMean(x, h, beta);
  const d = h.length;
  return Array.from({ length: d }, (_, a) =>
    Array.from({ length: d }, (_, b) => x.reduce((s, xj, j) => s + p[j] * (xj[a] - m[a]) * (xj[b] - m[b]), 0)),
  );
}

/** ∂m_a/∂h_b by central differences of step `step`, as a D×D matrix (row a, column b). */
export function responseByDifferences(x: Mat, h: number[], beta: number, step = 1e-5): Mat {
  const d = h.length;
  const out: Mat = Array.from({ length: d }, () => new Array<number>(d).fill(0));
  for (let b = 0; b < d; b++) {
    const mu = fieldMean(
      x,
      h.map((c, k) => (k === b ? c + step : c)),
      beta,
    );
    const md = fieldMean(
      x,
      h.map((c, k) => (k === b ? c - step : c)),
      beta,
    );
    for (let a = 0; a < d; a++) out[a][b] = (mu[a] - md[a]) / (2 * step);
  }
  return out;
}
