/**
 * A pair of unbounded skew-adjoint operators given block by block, for the part of paper 000 eq 10
 * ("for any two operators") that finite matrices cannot show.
 *
 * @module
 */

/** The so(3) generators L_x, L_y (rotations about x and y); [L_x, L_y] = L_z. */
export const SO3_LX: readonly (readonly number[])[] = [
  [0, 0, 0],
  [0, 0, -1],
  [0, 1, 0],
];
/** See {@link SO3_LX}. */
export const SO3_LY: readonly (readonly number[])[] = [
  [0, 0, 1],
  [0, 0, 0],
  [-1, 0, 0],
];

/**
 * Block k of A = ⊕_{k≥1} k·L_x and B = ⊕_{k≥1} k·L_y on ℓ²(ℕ; ℝ³), as layer Hamiltonians for
 * `trotterError` at β = 1 (which forms e^{−βH}): H₁ = −k·L_x, H₂ = −k·L_y, so e^{−H₁} = e^{kL_x}.
 *
 * Why this pair: A and B are skew-adjoint and unbounded (‖block k‖ = k), each generates a unitary
 * group, and A + B = ⊕ k(L_x + L_y) is essentially skew-adjoint on the finitely supported
 * sequences, so Trotter's theorem (Trotter 1959; Kato 1978) gives the product formula in the
 * strong operator topology. In norm it fails: the n-step error of the whole operator is the
 * supremum of the block errors, and block k = c·n is (e^{cL_x}e^{cL_y})^n against e^{cn(L_x+L_y)},
 * two rotations about different axes whose distance stays of order 1 for every n.
 */
export function so3TowerBlock(k: number): number[][][] {
  if (!Number.isFinite(k)) throw new RangeError(`so3TowerBlock: k = ${k} is not finite`);
  return [SO3_LX.map((r) => r.map((x) => -k * x)), SO3_LY.map((r) => r.map((x) => -k * x))];
}
