/**
 * The blog's attention output z_i = W_V⟨x⟩_i (004, "How Boltzmann factors appear"), computed in
 * three orders of summation: as printed, z_i^a = Σ_b W_V^{ab} Σ_j α_ij x_j^b; as W_V applied to the
 * thermal average ⟨x⟩_i = Σ_j α_ij x_j; and per token, Σ_j α_ij (W_V x_j)^a. They are equal by
 * linearity; the three loops are independent roads that round differently.
 *
 * @module
 */
import type { Mat } from "./matrix.js";

/** z_i^a in the printed order Σ_b W_V^{ab} Σ_j α_ij x_j^b. */
export function zPrintedOrder(alpha: Mat, x: Mat, wv: Mat, i: number, a: number): number {
  let printed = 0;
  for (let b = 0; b < x[0].length; b++) {
    let inner = 0;
    for (let j = 0; j < x.length; j++) inner += alpha[i][j] * x[j][b];
    printed += wv[a][b] * inner;
  }
  return printed;
}

/** The thermal average ⟨x⟩_i = Σ_j α_ij x_j. */
export function thermalAverage(alpha: Mat, x: Mat, i: number): number[] {
  const mean = new Array<number>(x[0].length).fill(0);
  for (let j = 0; j < x.length; j++) for (let b = 0; b < mean.length; b++) mean[b] += alpha[i][j] * x[j][b];
  return mean;
}

/** (W_V⟨x⟩_i)^a. */
export function zFromAverage(alpha: Mat, x: Mat, wv: Mat, i: number, a: number): number {
  const mean = thermalAverage(alpha, x, i);
  let s = 0;
  for (let b = 0; b < mean.length; b++) s += wv[a][b] * mean[b];
  return s;
}

/** Σ_j α_ij (W_V x_j)^a. */
export function zPerToken(alpha: Mat, x: Mat, wv: Mat, i: number, a: number): number {
  let s = 0;
  for (let j = 0; j < x.length; j++) {
    let vx = 0;
    for (let b = 0; b < x[0].length; b++) vx += wv[a][b] * x[j][b];
    s += alpha[i][j] * vx;
  }
  return s;
}
