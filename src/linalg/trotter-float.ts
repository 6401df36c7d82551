/**
 * The Trotter error in float64: products of mathjs `expm` factors and a Jacobi spectral norm.
 * It is the float road beside `trotterError` (bigint, any precision) for the same quantity.
 *
 * @module
 */
import { expmFloat } from "./expm.js";
import { axpby, eye, fromRows, matmul, scaleMatrix, spectralNorm, sumMatrices, type Matrix } from "./matrix.js";

/** One Trotter step: ∏_l e^{−βH_l/n} (order 1) or the symmetric Strang step (order 2). */
export function trotterStepFloat(Hs: readonly Matrix[], beta: number, n: number, order: 1 | 2): Matrix {
  const L = Hs.length;
  const factor = (H: Matrix, d: number) => fromRows(expmFloat(scaleMatrix(-beta / d, H)));
  if (order === 1 || L === 1) return Hs.map((H) => factor(H, n)).reduce((P, F) => matmul(P, F));
  const halves = Hs.slice(0, L - 1).map((H) => factor(H, 2 * n));
  let P = factor(Hs[L - 1], n);
  for (let l = L - 2; l >= 0; l--) P = matmul(matmul(halves[l], P), halves[l]);
  return P;
}

/** A^k by binary powering. */
export function matrixPower(A: Matrix, k: number): Matrix {
  if (!Number.isInteger(k) || k < 0) throw new RangeError(`matrixPower needs an integer k ≥ 0, got ${k}`);
  let result: Matrix | null = null;
  let base = A;
  for (let e = k; e > 0; e = Math.floor(e / 2)) {
    if (e & 1) result = result ? matmul(result, base) : base;
    if (e > 1) base = matmul(base, base);
  }
  return result ?? eye(A.n);
}

/** ‖(step)^n − e^{−βΣH}‖₂ in float64 (accurate to ≈ 1e-14 relative to ‖e^{−βΣH}‖). */
export function trotterErrorFloat(
  Hs: ReadonlyArray<ReadonlyArray<ReadonlyArray<number>>>,
  beta: number,
  n: number,
  order: 1 | 2 = 1,
): number {
  const Ms = Hs.map((H) => fromRows(H));
  const P = matrixPower(trotterStepFloat(Ms, beta, n, order), n);
  const exact = fromRows(expmFloat(scaleMatrix(-beta, sumMatrices(Ms))));
  return spectralNorm(axpby(1, P, -1, exact));
}
