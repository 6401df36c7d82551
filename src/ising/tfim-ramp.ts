/**
 * Preparing the ground state of the transverse-field Ising ring H(g) = −Σ Z_i Z_{i+1} − g Σ X_i
 * (N even) by a linear ramp g(t) = g₀ + (g₁ − g₀) t/T from the ground state of H(g₀): the fidelity
 * F = |⟨E₀(g₁)|ψ(T)⟩|² of the state reached with the target ground state.
 *
 * Free-fermion road: H conserves the parity Π X_i and its ground state is even, where the
 * Jordan–Wigner fermions are antiperiodic, k = (2n − 1)π/N, n = 1..N/2; each pair (k, −k) evolves
 * in the two-state space {|0⟩, |k, −k⟩} under h_k(g)·σ with h_k = (2 sin k, 0, −2(g − cos k))
 * (gap 2|h_k| = 4√(1 + g² − 2g cos k), so E₀ = −Σ_pairs 2√(…), tfimGroundEnergyFreeFermion). The
 * constant phase of the pairing term is gauged into |k, −k⟩; it does not change |⟨·|·⟩|. Each
 * pair is propagated by exact 2×2 exponentials at the midpoint of each step; F is the product of
 * the pairs' fidelities.
 *
 * Second road ({@link tfimRampFidelityED}): the whole 2^N-dimensional state, started from and
 * compared with the ground vectors of the dense H(g₀), H(g₁) (Jacobi), integrated by classical
 * Runge–Kutta on the bitwise action of H: independent of the fermion mapping and its conventions.
 *
 * @module
 */
import { int, real } from "../args/check.js";
import { fromRows, symmetricEigen } from "../linalg/matrix.js";

/** Pair fidelity after the ramp, by midpoint exact 2×2 steps. */
function pairFidelity(k: number, g0: number, g1: number, T: number, steps: number): number {
  // sin k and cos k once per mode (they were taken at every one of the `steps` steps: the same
  // doubles, a third of the step's transcendental calls).
  const sinK = Math.sin(k);
  const cosK = Math.cos(k);
  const hx = (_g: number) => 2 * sinK;
  const hz = (g: number) => -2 * (g - cosK);
  // Ground state of h·σ (real, in the x–z plane): the eigenvector of eigenvalue −|h|.
  const ground = (g: number): [number, number] => {
    const x = hx(g),
      z = hz(g);
    const r = Math.hypot(x, z);
    // h·σ = [[z, x], [x, −z]]; the −r eigenvector is (x, −(z + r)) up to normalisation, or (−(r − z), x).
    let a = -x,
      b = z + r;
    if (Math.hypot(a, b) < 1e-300) {
      a = r - z;
      b = -x;
    }
    const n = Math.hypot(a, b);
    return [a / n, b / n];
  };
  const [u0, v0] = ground(g0);
  // ψ = (ar + i ai, br + i bi)
  let ar = u0,
    ai = 0,
    br = v0,
    bi = 0;
  const dt = T / steps;
  for (let s = 0; s < steps; s++) {
    const g = g0 + ((g1 - g0) * (s + 0.5)) / steps;
    const x = hx(g),
      z = hz(g);
    const r = Math.hypot(x, z);
    const c = Math.cos(r * dt),
      sn = r > 0 ? Math.sin(r * dt) / r : dt;
    // U = c I − i sn (h·σ); (h·σ)ψ = (z a + x b, x a − z b)
    const pr = z * ar + x * br,
      pi = z * ai + x * bi;
    const qr = x * ar - z * br,
      qi = x * ai - z * bi;
    const nar = c * ar + sn * pi,
      nai = c * ai - sn * pr;
    const nbr = c * br + sn * qi,
      nbi = c * bi - sn * qr;
    ar = nar;
    ai = nai;
    br = nbr;
    bi = nbi;
  }
  const [u1, v1] = ground(g1);
  const or = u1 * ar + v1 * br,
    oi = u1 * ai + v1 * bi;
  return or * or + oi * oi;
}

function rampArgs(fn: string, N: number, g0: number, g1: number, T: number, steps: number, maxN: number): void {
  int(fn, "N", N, 2, maxN);
  if (N % 2 !== 0) throw new RangeError(`${fn}: N must be even, got ${N}`);
  real(fn, "g0", g0, -1e6, 1e6);
  real(fn, "g1", g1, -1e6, 1e6);
  real(fn, "T", T, 0, 1e7);
  int(fn, "steps", steps, 1, 1e8);
}

/**
 * F = |⟨E₀(g₁)|ψ(T)⟩|² for the N-site ring (N even in [2, 4096]) after a linear ramp from the ground
 * state of H(g₀) to g₁ in time T (≥ 0), with `steps` midpoint steps per fermion pair (default
 * max(1000, ⌈2T(1 + |g₀| + |g₁|)⌉): at N = 64, T = 5120 the result then agrees with 4× the steps
 * to 1e-6). g₀, g₁ finite with |g| ≤ 1e6; the pairs' total work N/2·steps ≤ 2^31.
 */
export function tfimRampFidelity(N: number, g0: number, g1: number, T: number, steps?: number): number {
  const st = steps ?? Math.max(1000, Math.ceil(2 * T * (1 + Math.abs(g0) + Math.abs(g1))));
  rampArgs("tfimRampFidelity", N, g0, g1, T, st, 4096);
  if ((N / 2) * st > 2 ** 31) throw new RangeError(`tfimRampFidelity: N/2·steps must be ≤ 2^31, got ${(N / 2) * st}`);
  let f = 1;
  for (let n = 1; n <= N / 2; n++) f *= pairFidelity(((2 * n - 1) * Math.PI) / N, g0, g1, T, st);
  return f;
}

/** (H(g) v)[s] for the ring on bit strings s (bit i = 1 ⇔ Z_i = −1), v complex as (re, im). */
function applyH(N: number, g: number, re: Float64Array, im: Float64Array, outRe: Float64Array, outIm: Float64Array) {
  const dim = 1 << N;
  for (let s = 0; s < dim; s++) {
    let zz = 0;
    for (let i = 0; i < N; i++) zz += ((s >> i) ^ (s >> ((i + 1) % N))) & 1 ? 1 : -1; // −Z_i Z_{i+1}
    let r = zz * re[s],
      m = zz * im[s];
    for (let i = 0; i < N; i++) {
      r -= g * re[s ^ (1 << i)];
      m -= g * im[s ^ (1 << i)];
    }
    outRe[s] = r;
    outIm[s] = m;
  }
}

function groundVector(N: number, g: number): Float64Array {
  const dim = 1 << N;
  const rows: number[][] = [];
  const e = new Float64Array(dim);
  const z = new Float64Array(dim);
  for (let s = 0; s < dim; s++) {
    e.fill(0);
    e[s] = 1;
    const out = new Float64Array(dim);
    applyH(N, g, e, z, out, new Float64Array(dim));
    rows.push(Array.from(out));
  }
  const { values, vectors } = symmetricEigen(fromRows(rows));
  let best = 0;
  for (let j = 1; j < dim; j++) if (values[j] < values[best]) best = j;
  const v = new Float64Array(dim);
  for (let s = 0; s < dim; s++) v[s] = vectors.data[s * dim + best];
  return v;
}

/**
 * The same fidelity by the whole state vector (second road): N even in [2, 8], classical RK4 with
 * `steps` steps (≤ 10^6) on i dψ/dt = H(g(t)) ψ.
 */
export function tfimRampFidelityED(N: number, g0: number, g1: number, T: number, steps: number): number {
  rampArgs("tfimRampFidelityED", N, g0, g1, T, steps, 8);
  if (steps > 1e6) throw new RangeError(`tfimRampFidelityED: steps must be ≤ 10^6, got ${steps}`);
  const dim = 1 << N;
  let re = Float64Array.from(groundVector(N, g0));
  let im = new Float64Array(dim);
  const dt = T / steps;
  const kRe = [0, 1, 2, 3].map(() => new Float64Array(dim));
  const kIm = [0, 1, 2, 3].map(() => new Float64Array(dim));
  const tRe = new Float64Array(dim),
    tIm = new Float64Array(dim);
  const hRe = new Float64Array(dim),
    hIm = new Float64Array(dim);
  // dψ/dt = −i H ψ: (re, im)' = (H im, −H re)
  const deriv = (g: number, r: Float64Array, m: Float64Array, dr: Float64Array, dm: Float64Array) => {
    applyH(N, g, r, m, hRe, hIm);
    for (let s = 0; s < dim; s++) {
      dr[s] = hIm[s];
      dm[s] = -hRe[s];
    }
  };
  const gAt = (t: number) => (T === 0 ? g0 : g0 + ((g1 - g0) * t) / T);
  for (let st = 0; st < steps; st++) {
    const t = st * dt;
    deriv(gAt(t), re, im, kRe[0], kIm[0]);
    for (let s = 0; s < dim; s++) {
      tRe[s] = re[s] + 0.5 * dt * kRe[0][s];
      tIm[s] = im[s] + 0.5 * dt * kIm[0][s];
    }
    deriv(gAt(t + dt / 2), tRe, tIm, kRe[1], kIm[1]);
    for (let s = 0; s < dim; s++) {
      tRe[s] = re[s] + 0.5 * dt * kRe[1][s];
      tIm[s] = im[s] + 0.5 * dt * kIm[1][s];
    }
    deriv(gAt(t + dt / 2), tRe, tIm, kRe[2], kIm[2]);
    for (let s = 0; s < dim; s++) {
      tRe[s] = re[s] + dt * kRe[2][s];
      tIm[s] = im[s] + dt * kIm[2][s];
    }
    deriv(gAt(t + dt), tRe, tIm, kRe[3], kIm[3]);
    const nr = new Float64Array(dim),
      ni = new Float64Array(dim);
    for (let s = 0; s < dim; s++) {
      nr[s] = re[s] + (dt / 6) * (kRe[0][s] + 2 * kRe[1][s] + 2 * kRe[2][s] + kRe[3][s]);
      ni[s] = im[s] + (dt / 6) * (kIm[0][s] + 2 * kIm[1][s] + 2 * kIm[2][s] + kIm[3][s]);
    }
    re = nr;
    im = ni;
  }
  const v = groundVector(N, g1);
  let or = 0,
    oi = 0;
  for (let s = 0; s < dim; s++) {
    or += v[s] * re[s];
    oi += v[s] * im[s];
  }
  return or * or + oi * oi;
}
