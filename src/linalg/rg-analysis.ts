/**
 * Numbers the RG claims rest on, computed from the map R(J) = ½(J + J·J) of src/linalg/rg.ts: how
 * far a matrix is from being fixed, the spectrum of R's linearization, and where iteration goes.
 *
 * @module
 */
import { fromRows, spectralNorm, symmetricEigenvalues } from "./matrix.js";
import { randomOrthogonal, withSpectrum } from "./random.js";
import { rgEigenvalueMap, rgFlow } from "./rg.js";
import { Prng } from "../random/prng.js";

type Flow = (J: ReadonlyArray<ReadonlyArray<number>>) => number[][];

/** ‖R(J) − J‖₂: 0 exactly at fixed points (the idempotents). */
export function rgFixedPointDefect(J: ReadonlyArray<ReadonlyArray<number>>, flow: Flow = rgFlow): number {
  const RJ = flow(J);
  return spectralNorm(fromRows(RJ.map((r, i) => r.map((x, j) => x - J[i][j]))));
}

/**
 * The eigenvalues (ascending) of the symmetrized central-difference Jacobian of R at P, step h. R is
 * quadratic, so central differences are exact up to rounding: at a symmetric projector of rank r
 * they are ½ ((n−r)² times), 1 (2r(n−r)) and 3/2 (r²), i.e. ½(1 + p_i + p_j).
 */
export function rgJacobianSpectrum(P: ReadonlyArray<ReadonlyArray<number>>, h = 1e-3, flow: Flow = rgFlow): number[] {
  const n = P.length;
  const N = n * n;
  const Jac = Array.from({ length: N }, () => new Array<number>(N).fill(0));
  for (let c = 0; c < N; c++) {
    const Pp = P.map((row) => [...row]);
    const Pm = P.map((row) => [...row]);
    Pp[Math.floor(c / n)][c % n] += h;
    Pm[Math.floor(c / n)][c % n] -= h;
    const Rp = flow(Pp);
    const Rm = flow(Pm);
    for (let k = 0; k < N; k++) Jac[k][c] = (Rp[Math.floor(k / n)][k % n] - Rm[Math.floor(k / n)][k % n]) / (2 * h);
  }
  const sym = Jac.map((row, i) => row.map((x, j) => 0.5 * (x + Jac[j][i])));
  return Array.from(symmetricEigenvalues(fromRows(sym))).sort((a, b) => a - b);
}

/** The linearization spectrum predicted at a symmetric projector of rank r in dimension n (ascending). */
export function projectorLinearizationSpectrum(n: number, r: number): number[] {
  return [...new Array((n - r) ** 2).fill(0.5), ...new Array(2 * r * (n - r)).fill(1), ...new Array(r * r).fill(1.5)];
}

/**
 * Iterate R 200 times from J = Q diag(λ) Qᵀ (Q random orthogonal from `seed`) and, as the second road,
 * f(λ) = λ(1 + λ)/2 on each eigenvalue. Returns ‖R^k(J)‖₂ and max|f^k(λ)| (stopping once an entry
 * leaves [−1e6, 1e6]; unbounded values are reported as 1e300).
 */
export function rgIterateNorms(
  seed: number,
  lambdas: readonly number[],
  flow: Flow = rgFlow,
  steps = 200,
): { normX: number; normF: number } {
  const n = lambdas.length;
  let X = withSpectrum(randomOrthogonal(new Prng(seed), n), [...lambdas]);
  let f = [...lambdas];
  for (let k = 0; k < steps; k++) {
    X = flow(X);
    f = f.map(rgEigenvalueMap);
    // The loop stops once an entry reaches 1e6, so one more step cannot overflow to ∞ − ∞: a NaN is
    // a broken flow, not a divergence (which the 1e300 stand-in below is for).
    if (X.some((row) => row.some(Number.isNaN)) || f.some(Number.isNaN))
      throw new RangeError(`rgIterateNorms: the flow returned NaN at step ${k + 1}`);
    if (X.some((row) => row.some((x) => !(Math.abs(x) < 1e6)))) break;
  }
  const normX = spectralNorm(fromRows(X.map((row) => row.map((x) => (Number.isFinite(x) ? x : 1e300)))));
  const normF = Math.max(...f.map((x) => (Number.isFinite(x) ? Math.abs(x) : 1e300)));
  return { normX, normF };
}
