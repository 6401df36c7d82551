/**
 * The Trotter error in float64: products of mathjs `expm` factors and a Jacobi spectral norm.
 * It is the float road beside `trotterError` (bigint, any precision) for the same quantity.
 *
 * @module
 */
import { finite, int, oneOf, show } from "../args/check.js";
import { expmFloat } from "./expm.js";
import { axpby, eye, fromRows, matmul, scaleMatrix, spectralNorm, sumMatrices, type Matrix } from "./matrix.js";
import { allFinite, matrixArg, squareArg } from "./matrix-args.js";

/** The largest matrix side here: 128, the limit of {@link expmFloat}. */
const MAX_N = 128;
/** The largest step count n and power k: 2^53 (binary powering takes ≤ 53 squarings). */
const MAX_STEPS = 2 ** 53;

/** `Hs` must be a non-empty array of layers of one size (each checked by `check`); returns that size. */
function layers(fn: string, Hs: unknown, check: (name: string, H: unknown) => number): number {
  if (!Array.isArray(Hs)) throw new TypeError(`${fn}: Hs must be an array of matrices, got ${show(Hs)}`);
  if (Hs.length === 0) throw new RangeError(`${fn}: Hs must hold at least one matrix, got none`);
  const n = check("Hs[0]", Hs[0]);
  for (let l = 1; l < Hs.length; l++) {
    const m = check(`Hs[${l}]`, Hs[l]);
    if (m !== n) throw new RangeError(`${fn}: Hs[${l}] is ${m}×${m} and Hs[0] ${n}×${n}: they must agree`);
  }
  return n;
}

/** β finite, n an integer in [1, 2^53], order 1 or 2. */
function stepArgs(fn: string, beta: unknown, n: unknown, order: unknown): void {
  finite(fn, "beta", beta);
  int(fn, "n", n, 1, MAX_STEPS);
  oneOf(fn, "order", order, [1, 2]);
}

/**
 * One Trotter step: ∏_l e^{−βH_l/n} (order 1) or the symmetric Strang step (order 2). Domain: `Hs`
 * one or more finite n×n {@link Matrix}es of one size, n ≤ 128; β finite; n an integer in
 * [1, 2^53]; order 1 or 2. A factor that overflows float64 is refused (naming β).
 */
export function trotterStepFloat(Hs: readonly Matrix[], beta: number, n: number, order: 1 | 2): Matrix {
  const fn = "trotterStepFloat";
  layers(fn, Hs, (name, H) => matrixArg(fn, name, H, MAX_N).n);
  stepArgs(fn, beta, n, order);
  return step(fn, Hs, beta, n, order);
}

/** {@link trotterStepFloat} on checked arguments. */
function step(fn: string, Hs: readonly Matrix[], beta: number, n: number, order: 1 | 2): Matrix {
  const L = Hs.length;
  const factor = (H: Matrix, d: number) => {
    const S = scaleMatrix(-beta / d, H);
    if (!allFinite(S)) throw new RangeError(`${fn}: βH/n overflows float64 (beta = ${beta}, n = ${n})`);
    try {
      return fromRows(expmFloat(S));
    } catch (e) {
      if (e instanceof RangeError)
        throw new RangeError(`${fn}: e^{−βH/n} overflows float64 (beta = ${beta}, n = ${n}): ${e.message}`);
      throw e;
    }
  };
  if (order === 1 || L === 1)
    return finiteProduct(
      fn,
      Hs.map((H) => factor(H, n)),
      beta,
      n,
    );
  const halves = Hs.slice(0, L - 1).map((H) => factor(H, 2 * n));
  let P = factor(Hs[L - 1], n);
  for (let l = L - 2; l >= 0; l--) {
    P = matmul(matmul(halves[l], P), halves[l]);
    if (!allFinite(P)) throw new RangeError(`${fn}: the step overflows float64 (beta = ${beta}, n = ${n})`);
  }
  return P;
}

/** The product of `Fs` left to right (as `reduce` did), refusing an overflow. */
function finiteProduct(fn: string, Fs: Matrix[], beta: number, n: number): Matrix {
  let P = Fs[0];
  for (let l = 1; l < Fs.length; l++) {
    P = matmul(P, Fs[l]);
    if (!allFinite(P)) throw new RangeError(`${fn}: the step overflows float64 (beta = ${beta}, n = ${n})`);
  }
  return P;
}

/**
 * A^k by binary powering. Domain: A a finite {@link Matrix} with n ≤ 512 (the limit of
 * {@link matmul}); k an integer in [0, 2^53] (≤ 2·53 products). A power that overflows float64
 * is refused (a RangeError naming k).
 */
export function matrixPower(A: Matrix, k: number): Matrix {
  matrixArg("matrixPower", "A", A, 512);
  int("matrixPower", "k", k, 0, MAX_STEPS);
  return power(A, k, () => `matrixPower: A^k overflows float64 (k = ${k})`);
}

/** A^k on checked arguments; an overflow is a RangeError with the message `overflow()`. */
function power(A: Matrix, k: number, overflow: () => string): Matrix {
  let result: Matrix | null = null;
  let base = A;
  for (let e = k; e > 0; e = Math.floor(e / 2)) {
    if (e & 1) result = result ? matmul(result, base) : base;
    if (e > 1) base = matmul(base, base);
    if ((result && !allFinite(result)) || !allFinite(base)) throw new RangeError(overflow());
  }
  return result ?? eye(A.n);
}

/**
 * ‖(step)^n − e^{−βΣH}‖₂ in float64 (accurate to ≈ 1e-14 relative to ‖e^{−βΣH}‖). Domain: `Hs`
 * one or more finite square matrices (rows) of one size, at most 128; β finite; n an integer in
 * [1, 2^53]; order 1 or 2. Products that overflow float64 are refused (naming β and n).
 */
export function trotterErrorFloat(
  Hs: ReadonlyArray<ReadonlyArray<ReadonlyArray<number>>>,
  beta: number,
  n: number,
  order: 1 | 2 = 1,
): number {
  const fn = "trotterErrorFloat";
  layers(fn, Hs, (name, H) => squareArg(fn, name, H, MAX_N));
  stepArgs(fn, beta, n, order);
  const Ms = Hs.map((H) => fromRows(H));
  const P = power(
    step(fn, Ms, beta, n, order),
    n,
    () => `${fn}: (step)^n overflows float64 (beta = ${beta}, n = ${n})`,
  );
  const S = scaleMatrix(-beta, sumMatrices(Ms));
  if (!allFinite(S)) throw new RangeError(`${fn}: βΣH overflows float64 (beta = ${beta})`);
  let exact: Matrix;
  try {
    exact = fromRows(expmFloat(S));
  } catch (e) {
    if (e instanceof RangeError) throw new RangeError(`${fn}: e^{−βΣH} overflows float64 (beta = ${beta})`);
    throw e;
  }
  const d = axpby(1, P, -1, exact);
  if (!allFinite(d)) throw new RangeError(`${fn}: the difference overflows float64 (beta = ${beta}, n = ${n})`);
  return spectralNorm(d);
}
