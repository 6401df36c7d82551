/**
 * The correlation length ξ_L = 1/ln(λ₀/λ₁) of the Ising model (J = 1, h = 0) on an infinite strip
 * of width L whose cross-section is periodic (a cylinder, as in correlation-length.ts) or open
 * (free edges): the same symmetric row transfer matrix T = D^{1/2} K D^{1/2}, with D counting the
 * L horizontal bonds of a periodic row or the L − 1 of an open one. λ₀ is the top eigenvalue in the
 * even flip sector, λ₁ in the odd one (at h = 0, T commutes with the global flip), each by power
 * iteration restricted to its sector.
 *
 * Second road ({@link stripCorrelationLengthDense}): the dense 2^L × 2^L matrix T, all eigenpairs by
 * Jacobi, each eigenvector's parity read from v(s̄) = ±v(s); for L ≤ 6.
 *
 * @module
 */
import { int, oneOf, real } from "../args/check.js";
import { fromRows, symmetricEigen } from "../linalg/matrix.js";

/** The cross-section of the strip. */
export type StripBoundary = "periodic" | "open";

function rowBonds(L: number, s: number, bc: StripBoundary): number {
  let b = 0;
  const last = bc === "periodic" ? L : L - 1;
  for (let i = 0; i < last; i++) b += ((s >>> i) ^ (s >>> ((i + 1) % L))) & 1 ? -1 : 1;
  return b;
}

function args(fn: string, L: number, beta: number, bc: StripBoundary, maxL: number): void {
  int(fn, "L", L, 2, maxL);
  real(fn, "beta", beta, 0, 1e3, { openLo: true, what: "finite, > 0 and ≤ 1e3" });
  oneOf(fn, "bc", bc, ["periodic", "open"] as const);
}

function sectorEigenvalue(L: number, beta: number, bc: StripBoundary, parity: 1 | -1): number {
  const size = 1 << L;
  const mask = size - 1;
  const dh = new Float64Array(size);
  for (let s = 0; s < size; s++) dh[s] = Math.exp((beta * rowBonds(L, s, bc)) / 2);
  const ep = Math.exp(beta),
    em = Math.exp(-beta);
  let v = new Float64Array(size);
  for (let s = 0; s < size; s++) {
    let m = L;
    for (let i = 0; i < L; i++) m -= 2 * ((s >>> i) & 1);
    // Odd start: the magnetisation, plus a small position-dependent part so that it overlaps the
    // top odd state whatever its spatial profile (open strips are not translation invariant).
    let w = 0;
    for (let i = 0; i < L; i++) w += (1 - 2 * ((s >>> i) & 1)) * (1 + 0.1 * i);
    v[s] = parity === 1 ? 1 : m + 0.01 * w;
  }
  let w = new Float64Array(size);
  let lambda = 0;
  for (let it = 0; it < 100000; it++) {
    let norm = 0;
    for (let s = 0; s < size; s++) norm += v[s] * v[s];
    norm = Math.sqrt(norm);
    for (let s = 0; s < size; s++) v[s] /= norm;
    for (let s = 0; s < size; s++) w[s] = dh[s] * v[s];
    for (let i = 0; i < L; i++) {
      const bit = 1 << i;
      for (let base = 0; base < size; base += 2 * bit)
        for (let s = base; s < base + bit; s++) {
          const a = w[s],
            c = w[s + bit];
          w[s] = ep * a + em * c;
          w[s + bit] = em * a + ep * c;
        }
    }
    for (let s = 0; s < size; s++) w[s] *= dh[s];
    for (let s = 0; s < size >> 1; s++) {
      const a = 0.5 * (w[s] + parity * w[s ^ mask]);
      w[s] = a;
      w[s ^ mask] = parity * a;
    }
    let rq = 0;
    for (let s = 0; s < size; s++) rq += v[s] * w[s];
    const done = Math.abs(rq - lambda) <= 1e-15 * Math.abs(rq);
    lambda = rq;
    [v, w] = [w, v];
    if (done && it > 50) break;
  }
  return lambda;
}

/**
 * ξ_L = 1/ln(λ₀/λ₁) of the strip of width L ∈ [2, 14] with the given cross-section, at coupling
 * β ∈ (0, 1e3].
 */
export function stripCorrelationLengthBC(L: number, beta: number, bc: StripBoundary): number {
  args("stripCorrelationLengthBC", L, beta, bc, 14);
  return 1 / Math.log(sectorEigenvalue(L, beta, bc, 1) / sectorEigenvalue(L, beta, bc, -1));
}

/** The same ξ_L from the dense transfer matrix and all its eigenpairs (second road), L ∈ [2, 6]. */
export function stripCorrelationLengthDense(L: number, beta: number, bc: StripBoundary): number {
  args("stripCorrelationLengthDense", L, beta, bc, 6);
  const size = 1 << L;
  const rows: number[][] = [];
  for (let s = 0; s < size; s++) {
    const row: number[] = [];
    for (let t = 0; t < size; t++) {
      let vert = 0;
      for (let i = 0; i < L; i++) vert += ((s >>> i) ^ (t >>> i)) & 1 ? -1 : 1;
      row.push(Math.exp((beta * (rowBonds(L, s, bc) + rowBonds(L, t, bc))) / 2 + beta * vert));
    }
    rows.push(row);
  }
  const { values, vectors } = symmetricEigen(fromRows(rows));
  let even = -Infinity,
    odd = -Infinity;
  for (let j = 0; j < size; j++) {
    let sym = 0;
    for (let s = 0; s < size; s++) sym += vectors.data[s * size + j] * vectors.data[(s ^ (size - 1)) * size + j];
    if (sym > 0.5) even = Math.max(even, values[j]);
    else if (sym < -0.5) odd = Math.max(odd, values[j]);
  }
  return 1 / Math.log(even / odd);
}
