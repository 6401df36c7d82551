/**
 * A Hopfield network engineered to have exponentially many attractors: N/2 disjoint pairs of units,
 * each pair coupled ferromagnetically (W_{2k,2k+1} = W_{2k+1,2k} = J > 0), no thresholds. A state is
 * a fixed point exactly when every pair is aligned (each unit's field is J times its partner), so
 * there are 2^{N/2} attractors: exponential in N, "a huge number" chosen through J alone.
 *
 * @module
 */

/** Row-major N×N weights of N/2 ferromagnetically coupled pairs (N even), coupling `j`. */
export function ferromagneticPairs(N: number, j = 1): Float64Array {
  if (!Number.isInteger(N) || N < 2 || N % 2 !== 0)
    throw new RangeError(`ferromagneticPairs: N must be even and ≥ 2, got ${N}`);
  const W = new Float64Array(N * N);
  for (let k = 0; k < N; k += 2) {
    W[k * N + k + 1] = j;
    W[(k + 1) * N + k] = j;
  }
  return W;
}
