/**
 * Correlation between two queries' key choices in the Gibbs measure of a whole softmax structure
 * (paper 000 §3.2 Remark 1: "an effectively infinite correlation length across the entire Softmax
 * structure"). The attention matrix softmax_row(βS) is the product measure
 * P(j_0, …, j_{N−1}) ∝ exp(β Σ_i S_{i j_i}): each query draws its key independently. An optional
 * coupling J·[j_0 = j_1] between two queries is the smallest change that correlates them (a control).
 */

/**
 * Connected correlation of the event "queries 0 and 1 pick the same key",
 * C = P(j_0 = j_1) − Σ_a P(j_0 = a)·P(j_1 = a), in the Gibbs measure of
 * β(s0[j_0] + s1[j_1]) + J·[j_0 = j_1] over all N² pairs (enumerated, log-sum-exp shifted). It is
 * 0 for J = 0 whatever β (a product measure); |C| ≤ 1. Domain: s0, s1 finite rows of one length
 * N ≥ 1, β and J finite.
 */
export function sameKeyConnectedCorrelation(
  s0: readonly number[],
  s1: readonly number[],
  beta: number,
  coupling = 0,
): number {
  const n = s0.length;
  if (n < 1 || s1.length !== n)
    throw new RangeError(`sameKeyConnectedCorrelation: s0, s1 must be rows of one length ≥ 1`);
  for (const x of [...s0, ...s1, beta, coupling])
    if (typeof x !== "number" || !Number.isFinite(x))
      throw new RangeError(`sameKeyConnectedCorrelation: scores, β and J must be finite, got ${String(x)}`);
  const e: number[][] = s0.map((a, j) => s1.map((b, k) => beta * (a + b) + (j === k ? coupling : 0)));
  const m = Math.max(...e.flat());
  const w = e.map((r) => r.map((x) => Math.exp(x - m)));
  const z = w.flat().reduce((acc, x) => acc + x, 0);
  const p0 = w.map((r) => r.reduce((acc, x) => acc + x, 0) / z);
  const p1 = s1.map((_, k) => w.reduce((acc, r) => acc + r[k], 0) / z);
  let same = 0;
  let indep = 0;
  for (let a = 0; a < n; a++) {
    same += w[a][a] / z;
    indep += p0[a] * p1[a];
  }
  return same - indep;
}
