/**
 * The XX ring in a longitudinal field, H(h) = Σ_i (X_i X_{i+1} + Y_i Y_{i+1}) − h Σ_i Z_i on N
 * sites with periodic boundary: a finite quantum system whose ground-state energy has exact kinks
 * (level crossings), against the reading of paper 000 Remark 6 that only N → ∞ gives an exact
 * non-analytic point.
 *
 * Why it has kinks: H commutes with the magnetisation Σ Z_i, so E₀(h) = min over sectors of
 * energies that are each linear in h (the field only shifts a sector by −h·(2n − N), n up spins).
 * Where the minimising sector changes, dE₀/dh jumps by 2 (one spin flips): an exact
 * discontinuity at finite N, unlike the transverse-field ring whose ground state is non-degenerate.
 *
 * Two roads: exact diagonalisation of the 2^N × 2^N matrix ({@link xxRingHamiltonian}, Jacobi
 * eigenvalues of src/linalg/matrix.ts) and the free-fermion closed form
 * ({@link xxRingGroundEnergyFreeFermion}).
 *
 * @module
 */
import { fromRows, symmetricEigenvalues } from "../linalg/matrix.js";

function checkRing(N: number): void {
  if (!Number.isInteger(N) || N < 3 || N > 12)
    throw new RangeError(`xx ring: N must be an integer in [3, 12], got ${N}`);
}

/**
 * The dense 2^N × 2^N matrix of H(h) in the Z basis (bit i of the index is 1 for Z_i = +1).
 * X_i X_j + Y_i Y_j = 2(σ⁺_i σ⁻_j + σ⁻_i σ⁺_j): it swaps the two spins with amplitude 2 when they
 * differ and gives 0 when they are equal.
 */
export function xxRingHamiltonian(N: number, h: number): number[][] {
  checkRing(N);
  const dim = 2 ** N;
  const H = Array.from({ length: dim }, () => new Array<number>(dim).fill(0));
  for (let b = 0; b < dim; b++) {
    let z = 0;
    for (let i = 0; i < N; i++) z += (b >> i) & 1 ? 1 : -1;
    H[b][b] = -h * z;
    for (let i = 0; i < N; i++) {
      const j = (i + 1) % N;
      if (((b >> i) & 1) !== ((b >> j) & 1)) H[b ^ (1 << i) ^ (1 << j)][b] += 2;
    }
  }
  return H;
}

/** E₀(h) by exact diagonalisation of {@link xxRingHamiltonian} (float64 Jacobi; N ≤ 6 is quick). */
export function xxRingGroundEnergyExact(N: number, h: number): number {
  const values = symmetricEigenvalues(fromRows(xxRingHamiltonian(N, h)));
  let m = Number.POSITIVE_INFINITY;
  for (const v of values) if (v < m) m = v;
  return m;
}

/**
 * The lowest energy with exactly n up spins, from free fermions. Jordan–Wigner maps the ring to
 * spinless fermions hopping with amplitude 2, single-particle energies 4 cos k; the boundary
 * condition depends on the particle number: periodic momenta k = 2πm/N for odd n, antiperiodic
 * k = 2π(m + ½)/N for even n. So E_n(h) = (sum of the n smallest 4 cos k) − h(2n − N).
 */
export function xxRingSectorEnergy(N: number, n: number, h: number): number {
  checkRing(N);
  if (!Number.isInteger(n) || n < 0 || n > N) throw new RangeError(`xx ring: n must be an integer in [0, ${N}]`);
  const shift = n % 2 === 1 ? 0 : 0.5;
  const eps = Array.from({ length: N }, (_, m) => 4 * Math.cos((2 * Math.PI * (m + shift)) / N)).sort((a, b) => a - b);
  let e = 0;
  for (let i = 0; i < n; i++) e += eps[i];
  return e - h * (2 * n - N);
}

/** E₀(h) = min_n {@link xxRingSectorEnergy}: the free-fermion road. */
export function xxRingGroundEnergyFreeFermion(N: number, h: number): number {
  let m = Number.POSITIVE_INFINITY;
  for (let n = 0; n <= N; n++) m = Math.min(m, xxRingSectorEnergy(N, n, h));
  return m;
}

/**
 * The fields h ≥ 0 where the minimising sector changes (dE₀/dh jumps), from the closed form: the
 * crossings of the sector lines, in increasing order. For N = 4: 2√2 − 2 and 2.
 */
export function xxRingCrossings(N: number, hMax: number): number[] {
  const out: number[] = [];
  const lowest = (h: number) => {
    let best = 0;
    for (let n = 1; n <= N; n++) if (xxRingSectorEnergy(N, n, h) < xxRingSectorEnergy(N, best, h)) best = n;
    return best;
  };
  // The sector lines have slopes −(2n − N): between two crossings the minimiser is fixed, so scan
  // the line intersections E_n(h) = E_m(h) directly.
  const cands = new Set<number>();
  for (let n = 0; n <= N; n++)
    for (let m = n + 1; m <= N; m++) {
      // E_n(0) − h(2n − N) = E_m(0) − h(2m − N)  ⇒  h = (E_m(0) − E_n(0)) / (2m − 2n).
      const h = (xxRingSectorEnergy(N, m, 0) - xxRingSectorEnergy(N, n, 0)) / (2 * (m - n));
      if (h > 0 && h <= hMax) cands.add(h);
    }
  for (const h of [...cands].sort((a, b) => a - b)) {
    const d = 1e-9 * Math.max(1, h);
    if (lowest(h - d) !== lowest(h + d)) out.push(h);
  }
  return out;
}
