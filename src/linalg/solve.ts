/**
 * Dense linear solves in float64: Gaussian elimination with partial pivoting, the one solver the
 * references use for their small systems (stationary distributions of finite chains, the
 * fundamental matrix, Anderson-acceleration least squares, Jacobians of the mean-field maps).
 * Partial pivoting is backward stable for these sizes (n ≤ a few hundred) in practice.
 *
 * @module
 */
import { finiteArray, int } from "../args/check.js";

/**
 * The largest n: 2^12, the largest finite chain (src/mcmc/finite-chain.ts) whose stationary
 * distribution is solved here; elimination is O(n³), some 10¹⁰ operations (tens of seconds) there.
 */
const MAX_N = 2 ** 12;

/**
 * Solve A x = b for a square n×n row-major `A`. Neither input is modified.
 *
 * @throws RangeError when the sizes do not match, an entry is not finite, or a pivot is exactly
 * zero after pivoting (A is singular to working precision in the plainest sense; callers that
 * regularize, as Anderson acceleration does, never see it), or when the solution overflows (A
 * singular to working precision). Domain: n an integer in [1, 2^12] (O(n³)), A n² finite numbers,
 * b n finite numbers.
 */
export function solveLinear(A: ArrayLike<number>, b: ArrayLike<number>, n: number): Float64Array {
  int("solveLinear", "n", n, 1, MAX_N);
  finiteArray("solveLinear", "A", A, { length: n * n, lengthOf: "n" });
  finiteArray("solveLinear", "b", b, { length: n, lengthOf: "n" });
  const M = Float64Array.from(A);
  const y = Float64Array.from(b);
  for (let k = 0; k < M.length; k++)
    if (!Number.isFinite(M[k])) throw new RangeError(`solveLinear: A[${Math.floor(k / n)}][${k % n}] is ${M[k]}`);
  for (let k = 0; k < n; k++) if (!Number.isFinite(y[k])) throw new RangeError(`solveLinear: b[${k}] is ${y[k]}`);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r * n + c]) > Math.abs(M[p * n + c])) p = r;
    if (M[p * n + c] === 0) throw new RangeError(`solveLinear: singular matrix (no nonzero pivot in column ${c})`);
    if (p !== c) {
      for (let k = 0; k < n; k++) {
        const t = M[c * n + k];
        M[c * n + k] = M[p * n + k];
        M[p * n + k] = t;
      }
      const t = y[c];
      y[c] = y[p];
      y[p] = t;
    }
    const d = M[c * n + c];
    for (let r = c + 1; r < n; r++) {
      const f = M[r * n + c] / d;
      if (f === 0) continue;
      for (let k = c; k < n; k++) M[r * n + k] -= f * M[c * n + k];
      y[r] -= f * y[c];
    }
  }
  const x = new Float64Array(n);
  for (let r = n - 1; r >= 0; r--) {
    let s = y[r];
    for (let k = r + 1; k < n; k++) s -= M[r * n + k] * x[k];
    x[r] = s / M[r * n + r];
  }
  // Once, after the solve: a non-finite x means A is singular to working precision.
  for (let k = 0; k < n; k++)
    if (!Number.isFinite(x[k]))
      throw new RangeError(`solveLinear: A is singular to working precision (x[${k}] = ${x[k]})`);
  return x;
}
