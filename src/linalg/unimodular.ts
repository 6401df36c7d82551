/**
 * Exact integer matrices with integer inverses, for exact checks of the RG fixed points.
 *
 * @module
 */

/** A·B over the integers (bigint), A of size m×k and B of size k×n. */
export function mulBig(A: readonly (readonly bigint[])[], B: readonly (readonly bigint[])[]): bigint[][] {
  return A.map((r) => B[0].map((_, j) => r.reduce((s, x, k) => s + x * B[k][j], 0n)));
}

/**
 * A unimodular integer matrix S as a product of elementary row operations (i, j, c): row i += c·row j,
 * applied in order, with its inverse built alongside: (I + c e_i e_jᵀ)⁻¹ = I − c e_i e_jᵀ, so
 * S ← (I + c e_i e_jᵀ) S and S⁻¹ ← S⁻¹ (I − c e_i e_jᵀ). Operations with i = j (mod n) or c = 0 are skipped.
 */
export function unimodular(
  n: number,
  ops: ReadonlyArray<readonly [number, number, number]>,
): { S: bigint[][]; Sinv: bigint[][] } {
  const I = () => Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1n : 0n)));
  const S = I();
  const Sinv = I();
  for (const [a, b, c] of ops) {
    const i = a % n;
    const j = b % n;
    if (i === j || c === 0) continue;
    const k = BigInt(c);
    for (let col = 0; col < n; col++) S[i][col] += k * S[j][col];
    for (let row = 0; row < n; row++) Sinv[row][j] -= k * Sinv[row][i];
  }
  return { S, Sinv };
}

/** S·diag(1, …, 1, 0, …, 0)·S⁻¹ with r ones: an integer idempotent of rank r. */
export function integerIdempotent(
  n: number,
  r: number,
  ops: ReadonlyArray<readonly [number, number, number]>,
): bigint[][] {
  const { S, Sinv } = unimodular(n, ops);
  const E = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j && i < r ? 1n : 0n)));
  return mulBig(mulBig(S, E), Sinv);
}
