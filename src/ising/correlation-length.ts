/**
 * The correlation length of the Ising model on an infinite strip of width L (periodic across), from
 * the two largest eigenvalues of the symmetric row transfer matrix T = K^{1/2} D K^{1/2}:
 *   ξ_L = 1 / ln(λ₀ / λ₁).
 * At h = 0, T commutes with the global flip, λ₀ belongs to the even sector and λ₁ to the odd one,
 * so each is found by power iteration restricted to its sector (start vectors v(s̄) = ±v(s)). Below
 * T_c the two sectors become nearly degenerate (tunnelling between the ordered states) and ξ_L grows
 * exponentially with L; at T_c, ξ_L / L → 1/(πη) = 4/π (Cardy's conformal result, η = 1/4); above
 * T_c, ξ_L → ξ_∞ = 1 / (2(K* − K)) with tanh K* = e^{−2K} (exact row correlation length).
 *
 * @module
 */
import { tridiagonalExtremeEigenvalue } from "../linalg/tridiagonal.js";
import { int, obj, oneOf, real } from "../args/check.js";

function applyT(L: number, beta: number, diagHalf: Float64Array, v: Float64Array, w: Float64Array): void {
  // T = D^{1/2} K D^{1/2} (symmetric, similar to D K): apply D^{1/2}, K (bit by bit), D^{1/2}.
  const size = 1 << L;
  const ep = Math.exp(beta),
    em = Math.exp(-beta);
  for (let s = 0; s < size; s++) w[s] = diagHalf[s] * v[s];
  for (let i = 0; i < L; i++) {
    const bit = 1 << i;
    // The pairs (s, s + bit) with that bit clear, block by block: each pair is updated on its own,
    // so this order gives the same numbers as testing every s, without the test.
    for (let base = 0; base < size; base += 2 * bit)
      for (let s = base; s < base + bit; s++) {
        const a = w[s],
          c = w[s + bit];
        w[s] = ep * a + em * c;
        w[s + bit] = em * a + ep * c;
      }
  }
  for (let s = 0; s < size; s++) w[s] *= diagHalf[s];
}

/** The largest eigenvalue of T in the even (+1) or odd (−1) flip sector, by power iteration. */
function sectorEigenvalue(L: number, beta: number, parity: 1 | -1, maxIter: number): number {
  const size = 1 << L;
  const mask = size - 1;
  const diagHalf = new Float64Array(size);
  for (let s = 0; s < size; s++) {
    let b = 0;
    for (let i = 0; i < L; i++) b += ((s >>> i) ^ (s >>> ((i + 1) % L))) & 1 ? -1 : 1;
    diagHalf[s] = Math.exp((beta * b) / 2);
  }
  let v = new Float64Array(size);
  // A start vector with the right parity and overlap with the top state of the sector.
  for (let s = 0; s < size; s++) {
    const m = L - 2 * popcount(s);
    v[s] = parity === 1 ? 1 : m;
  }
  let w = new Float64Array(size);
  let lambda = 0;
  for (let it = 0; it < maxIter; it++) {
    let norm = 0;
    for (let s = 0; s < size; s++) norm += v[s] * v[s];
    norm = Math.sqrt(norm);
    for (let s = 0; s < size; s++) v[s] /= norm;
    applyT(L, beta, diagHalf, v, w);
    // Keep the iterate exactly in its sector against rounding. s < s ^ mask exactly when the top
    // bit of s is clear, i.e. for s < size/2.
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
    if (done && it > 20) break;
  }
  return lambda;
}

function popcount(x: number): number {
  let c = 0;
  while (x) {
    x &= x - 1;
    c++;
  }
  return c;
}

/**
 * The largest eigenvalue of T in the even (+1) or odd (−1) flip sector by Lanczos from the same
 * start vector as {@link sectorEigenvalue} (projected on the sector at every step, fully
 * reorthogonalized twice), stopped when the top Ritz value moves by ≤ 1e-15 relative twice in a
 * row or the Krylov space is exhausted. Near T_c the power iteration needs thousands of steps (its
 * rate is λ₂/λ₀); Lanczos needs tens (rate ≈ e^{−2√(1 − λ₂/λ₀)} per step).
 */
function sectorEigenvalueLanczos(L: number, beta: number, parity: 1 | -1): number {
  const size = 1 << L;
  const mask = size - 1;
  const diagHalf = new Float64Array(size);
  for (let s = 0; s < size; s++) {
    let b = 0;
    for (let i = 0; i < L; i++) b += ((s >>> i) ^ (s >>> ((i + 1) % L))) & 1 ? -1 : 1;
    diagHalf[s] = Math.exp((beta * b) / 2);
  }
  let v = new Float64Array(size);
  for (let s = 0; s < size; s++) v[s] = parity === 1 ? 1 : L - 2 * popcount(s);
  let norm = Math.sqrt(dot(v, v));
  for (let s = 0; s < size; s++) v[s] /= norm;
  const basis: Float64Array[] = [];
  const a: number[] = [];
  const b: number[] = [];
  const w = new Float64Array(size);
  let prev = Number.NaN;
  let stable = 0;
  let top = 0;
  for (let j = 0; j < Math.min(size, 400); j++) {
    basis.push(v);
    applyT(L, beta, diagHalf, v, w);
    for (let s = 0; s < size >> 1; s++) {
      const x = 0.5 * (w[s] + parity * w[s ^ mask]);
      w[s] = x;
      w[s ^ mask] = parity * x;
    }
    const alpha = dot(w, v);
    a.push(alpha);
    for (let pass = 0; pass < 2; pass++)
      for (const u of basis) {
        const c = dot(w, u);
        for (let s = 0; s < size; s++) w[s] -= c * u[s];
      }
    norm = Math.sqrt(dot(w, w));
    top = largestTridiagonal(a, b);
    stable = Math.abs(top - prev) <= 1e-15 * Math.abs(top) ? stable + 1 : 0;
    prev = top;
    if (stable >= 2 || norm <= 1e-13 * Math.abs(top)) break;
    b.push(norm);
    v = new Float64Array(size);
    for (let s = 0; s < size; s++) v[s] = w[s] / norm;
  }
  return top;
}

function dot(x: Float64Array, y: Float64Array): number {
  let t = 0;
  for (let s = 0; s < x.length; s++) t += x[s] * y[s];
  return t;
}

/** The largest eigenvalue of the symmetric tridiagonal (a, b), to 2e-16 relative. */
function largestTridiagonal(a: number[], b: number[]): number {
  return tridiagonalExtremeEigenvalue(a, b, "largest", (lo, hi, mid) => hi - lo <= 2e-16 * Math.abs(mid));
}

/**
 * ξ_L = 1 / ln(λ₀/λ₁) of the periodic strip of width L ∈ [2, 14] at coupling β (J = 1, h = 0).
 * `options.method`: "lanczos" (default) or "power" (power iteration, at most `maxIter` steps per
 * sector; the second road, tested to agree to 1e-11 relative).
 */
export function stripCorrelationLength(
  L: number,
  beta: number,
  options: { maxIter?: number; method?: "lanczos" | "power" } = {},
): number {
  if (!Number.isInteger(L) || L < 2 || L > 14)
    throw new RangeError(`stripCorrelationLength: L must be in [2, 14], got ${L}`);
  if (!(beta > 0) || !Number.isFinite(beta))
    throw new RangeError(`stripCorrelationLength: β must be positive, got ${beta}`);
  obj("stripCorrelationLength", "options", options);
  const maxIter = int("stripCorrelationLength", "maxIter", options.maxIter ?? 20000, 1, 1e6);
  const method = oneOf("stripCorrelationLength", "options.method", options.method ?? "lanczos", [
    "lanczos",
    "power",
  ] as const);
  if (method === "lanczos")
    return 1 / Math.log(sectorEigenvalueLanczos(L, beta, 1) / sectorEigenvalueLanczos(L, beta, -1));
  const l0 = sectorEigenvalue(L, beta, 1, maxIter);
  const l1 = sectorEigenvalue(L, beta, -1, maxIter);
  return 1 / Math.log(l0 / l1);
}

/** The exact row correlation length of the infinite lattice above T_c: 1 / (2(K* − K)), tanh K* = e^{−2K}. */
export function onsagerCorrelationLength(beta: number): number {
  real("onsagerCorrelationLength", "β", beta, 0, Number.MAX_VALUE, { openLo: true, what: "finite and > 0" });
  const kStar = Math.atanh(Math.exp(-2 * beta));
  if (kStar <= beta) return Infinity;
  return 1 / (2 * (kStar - beta));
}
