/**
 * Couplings read off an attention layer (the thesis' Table 2.1): J = row-softmax of the token–token
 * score matrix x W_Q W_Kᵀ xᵀ. Every entry is positive, so every cycle product is positive: the
 * couplings are unfrustrated.
 *
 * @module
 */
import { softmax } from "../attention/softmax.js";
import { rowDot } from "./system.js";

/** J = row-softmax of the N×N score matrix (x W_Q)(x W_K)ᵀ, x N×D, W_Q and W_K D×D (row-major). */
export function softmaxCouplings(
  x: Float64Array,
  WQ: Float64Array,
  WK: Float64Array,
  N: number,
  D: number,
): Float64Array {
  const Q = new Float64Array(N * D);
  const K = new Float64Array(N * D);
  for (let i = 0; i < N; i++)
    for (let b = 0; b < D; b++) {
      let q = 0;
      let k = 0;
      for (let a = 0; a < D; a++) {
        q += x[i * D + a] * WQ[a * D + b];
        k += x[i * D + a] * WK[a * D + b];
      }
      Q[i * D + b] = q;
      K[i * D + b] = k;
    }
  const J = new Float64Array(N * N);
  for (let i = 0; i < N; i++) {
    const scores = Array.from({ length: N }, (_, j) => rowDot(Q, i, K, j, D));
    const row = softmax(scores, 1);
    for (let j = 0; j < N; j++) J[i * N + j] = row[j];
  }
  return J;
}
