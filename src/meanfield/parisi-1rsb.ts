/**
 * The standard one-step replica-symmetry-breaking (1-RSB) Parisi matrix (Mézard, Parisi & Virasoro,
 * "Spin Glass Theory and Beyond", 1987): n replicas in n/m diagonal blocks of size m; two replicas in
 * the same block have overlap q₁, in different blocks q₀ < q₁. The off-diagonal entries take exactly
 * two values, and the number of blocks (pure states the replicas fall into) is n/m, set by the Parisi
 * parameter m, not fixed at two. In the n → 0 limit the states' weights follow a Poisson–Dirichlet law
 * with parameter m ∈ (0, 1): infinitely many states.
 *
 * @module
 */

/** The n×n 1-RSB matrix (row-major) with block size m (m divides n), diagonal 0. */
export function oneRsbMatrix(n: number, m: number, q0: number, q1: number): Float64Array {
  if (!Number.isInteger(n) || !Number.isInteger(m) || m < 1 || n % m !== 0)
    throw new RangeError(`oneRsbMatrix: the block size m = ${m} must divide n = ${n}`);
  const Q = new Float64Array(n * n);
  for (let a = 0; a < n; a++)
    for (let b = 0; b < n; b++) if (a !== b) Q[a * n + b] = Math.floor(a / m) === Math.floor(b / m) ? q1 : q0;
  return Q;
}

/** The distinct off-diagonal values of an n×n matrix, ascending. */
export function distinctOffDiagonal(Q: Float64Array, n: number): number[] {
  const values = new Set<number>();
  for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) if (a !== b) values.add(Q[a * n + b]);
  return [...values].sort((x, y) => x - y);
}

/**
 * The number of states the replicas fall into: classes of the relation "overlap equal to the largest
 * off-diagonal value" (replicas in the same state have the self-overlap q₁), counted by union–find.
 */
export function stateCount(Q: Float64Array, n: number): number {
  const top = Math.max(...distinctOffDiagonal(Q, n));
  const parent = Array.from({ length: n }, (_, a) => a);
  const find = (a: number): number => (parent[a] === a ? a : (parent[a] = find(parent[a])));
  for (let a = 0; a < n; a++) for (let b = a + 1; b < n; b++) if (Q[a * n + b] === top) parent[find(a)] = find(b);
  return new Set(Array.from({ length: n }, (_, a) => find(a))).size;
}
