/**
 * Argument checks of the float64 matrix functions outside matrix.ts (expm.ts, trotter-float.ts).
 * Internal: the linalg index does not re-export this file.
 *
 * @internal
 * @module
 */
import { finiteArray, finiteMatrix, int, obj, show } from "../args/check.js";
import type { Matrix } from "./matrix.js";

/**
 * `A` must be a {@link Matrix} {n, data}: n an integer in [1, maxN], data a Float64Array of n²
 * finite entries. Errors name `A.n`, `A.data`.
 */
export function matrixArg(fn: string, name: string, A: unknown, maxN: number): Matrix {
  obj(fn, name, A);
  const { n, data } = A as Matrix;
  int(fn, `${name}.n`, n, 1, maxN);
  if (!(data instanceof Float64Array))
    throw new TypeError(`${fn}: ${name}.data must be a Float64Array, got ${show(data)}`);
  finiteArray(fn, `${name}.data`, data, { length: n * n, lengthOf: `${name}.n` });
  return A as Matrix;
}

/** `A` must be a square matrix given as rows (finite, at most maxN rows) or a {@link Matrix}; returns n. */
export function squareArg(fn: string, name: string, A: unknown, maxN: number): number {
  if (Array.isArray(A)) {
    const [n] = finiteMatrix(fn, name, A, { square: true });
    if (n > maxN) throw new RangeError(`${fn}: ${name} must have at most ${maxN} rows (cost grows as n³), got ${n}`);
    return n;
  }
  return matrixArg(fn, name, A, maxN).n;
}

/** Whether every entry of `A` is finite (O(n²), once per product in a loop of O(n³) products). */
export function allFinite(A: Matrix): boolean {
  const d = A.data;
  for (let i = 0; i < d.length; i++) if (!Number.isFinite(d[i])) return false;
  return true;
}
