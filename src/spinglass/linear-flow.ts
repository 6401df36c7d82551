/**
 * The linear flow ṡ = J s behind the thesis' Legendre remark (A.2.7): its exact backward step
 * s(t − ε) = e^{−εJ} s, by Taylor series, and the matrix–vector product the expansions use.
 *
 * @module
 */

/** J v for a row-major N×N matrix J. */
export function matVec(J: ArrayLike<number>, N: number, v: ArrayLike<number>): Float64Array {
  if (J.length !== N * N || v.length !== N) throw new RangeError("matVec: sizes do not match");
  const out = new Float64Array(N);
  for (let i = 0; i < N; i++) for (let j = 0; j < N; j++) out[i] += J[i * N + j] * v[j];
  return out;
}

/**
 * e^{−εJ} s by its Taylor series Σ_k (−εJ)^k s / k! to 40 terms: exact to rounding for ‖εJ‖ ≲ 1
 * (the 41st term is below ‖εJ‖⁴¹/41! ≈ 3·10⁻⁵⁰ there).
 */
export function expmApply(J: ArrayLike<number>, N: number, s: ArrayLike<number>, eps: number): Float64Array {
  const out = Float64Array.from(s);
  let term: Float64Array = Float64Array.from(s);
  for (let k = 1; k <= 40; k++) {
    const next = matVec(J, N, term);
    for (let i = 0; i < N; i++) next[i] = (-eps * next[i]) / k;
    term = next;
    for (let i = 0; i < N; i++) out[i] += term[i];
  }
  return out;
}
