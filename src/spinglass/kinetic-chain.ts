/**
 * The kinetic model of the thesis' eq 2.15, discretized so that its transition matrix can be written
 * down: N = 2 spins on circles of radius 1, K angles each, updated in parallel with
 * P(s′|s) = Π_i exp(β s′_i·h_i(s)) / Σ_{s″_i} exp(β s″_i·h_i(s)), h_i(s) = x_i + Σ_j J_ij s_j.
 *
 * The kernel is positive, so on its finite state space it has a unique stationary law whatever J is;
 * with symmetric J it satisfies detailed balance (parallel Glauber dynamics, Peretto 1984), with
 * asymmetric J it carries probability currents (a non-equilibrium steady state).
 *
 * @module
 */
import { gaussianArray } from "./arbitraries.js";

/** The (K²)×(K²) row-stochastic transition matrix of two circle spins (J row-major 2×2, x two 2-vectors). */
export function kineticChain(
  J: readonly number[],
  x: readonly (readonly number[])[],
  beta: number,
  K: number,
): Float64Array {
  const S = K * K;
  const P = new Float64Array(S * S);
  const ang = (k: number) => [Math.cos((2 * Math.PI * k) / K), Math.sin((2 * Math.PI * k) / K)];
  for (let a = 0; a < S; a++) {
    const s = [ang(Math.floor(a / K)), ang(a % K)];
    const cond: number[][] = [];
    for (let i = 0; i < 2; i++) {
      const h = [
        x[i][0] + J[i * 2] * s[0][0] + J[i * 2 + 1] * s[1][0],
        x[i][1] + J[i * 2] * s[0][1] + J[i * 2 + 1] * s[1][1],
      ];
      const w = Array.from({ length: K }, (_, k) => Math.exp(beta * (ang(k)[0] * h[0] + ang(k)[1] * h[1])));
      const z = w.reduce((p, q) => p + q);
      cond.push(w.map((v) => v / z));
    }
    for (let b = 0; b < S; b++) P[a * S + b] = cond[0][Math.floor(b / K)] * cond[1][b % K];
  }
  return P;
}

/**
 * Power iteration π ← πP for `iters` steps from `start` (default uniform), and the residual ‖πP − π‖₁
 * after it: ≈ 0 when the chain has reached its stationary law.
 */
export function stationary(
  P: Float64Array,
  S: number,
  iters: number,
  start?: Float64Array,
): { pi: Float64Array; residual: number } {
  if (P.length !== S * S) throw new RangeError(`stationary: P has ${P.length} entries, expected ${S * S}`);
  let pi: Float64Array = start ? Float64Array.from(start) : new Float64Array(S).fill(1 / S);
  for (let t = 0; t < iters; t++) pi = stepOf(P, S, pi);
  const next = stepOf(P, S, pi);
  let residual = 0;
  for (let b = 0; b < S; b++) residual += Math.abs(next[b] - pi[b]);
  return { pi, residual };
}

/**
 * πP for a row vector π and row-major S×S P: next_b = Σ_a π_a P_ab, the sum over a taken in
 * ascending order from +0 (as `for a: next[b] += π_a P_ab` does). Four rows of P per pass over b,
 * each next_b updated as (((next_b + π_a P_ab) + π_{a+1} P_{a+1,b}) + …), left to right: the same
 * roundings in the same order, with a quarter of the loads and stores of next (3× faster at
 * S = 144, where 400 steps per input were thesis-meanfield.ness-detailed-balance's time).
 */
function stepOf(P: Float64Array, S: number, pi: Float64Array): Float64Array {
  const next = new Float64Array(S);
  let a = 0;
  for (; a + 3 < S; a += 4) {
    const p0 = pi[a];
    const p1 = pi[a + 1];
    const p2 = pi[a + 2];
    const p3 = pi[a + 3];
    const o0 = a * S;
    const o1 = o0 + S;
    const o2 = o1 + S;
    const o3 = o2 + S;
    for (let b = 0; b < S; b++) next[b] = next[b] + p0 * P[o0 + b] + p1 * P[o1 + b] + p2 * P[o2 + b] + p3 * P[o3 + b];
  }
  for (; a < S; a++) {
    const p0 = pi[a];
    const o0 = a * S;
    for (let b = 0; b < S; b++) next[b] += p0 * P[o0 + b];
  }
  return next;
}

/** Largest probability current max_ab |π_a P_ab − π_b P_ba| (0 under detailed balance). */
export function largestCurrent(P: Float64Array, pi: Float64Array): number {
  const S = pi.length;
  let current = 0;
  for (let a = 0; a < S; a++)
    for (let b = 0; b < S; b++) current = Math.max(current, Math.abs(pi[a] * P[a * S + b] - pi[b] * P[b * S + a]));
  return current;
}

/**
 * Couplings and fields of the asymmetric test case from a seed: J₁₂ = asym + ε, J₂₁ = −asym + ε
 * (ε = 0.2·g, a small symmetric part), small self-couplings and Gaussian fields. asym = 0 gives
 * symmetric couplings.
 */
export function kineticInput(seed: number, asym: number): { J: number[]; x: number[][] } {
  const g = gaussianArray(seed, 8);
  const J = [g[0] * 0.3, asym + 0.2 * g[1], -asym + 0.2 * g[1], g[2] * 0.3];
  const x = [
    [g[3], g[4]],
    [g[5], g[6]],
  ];
  return { J, x };
}

/**
 * The Metropolis–Hastings transition matrix on S states targeting `target` (any positive weights, up to
 * a constant) with a uniform proposal: P_ab = min(1, π_b/π_a)/S for b ≠ a, the rest on the diagonal. It
 * satisfies detailed balance with π, so π is its stationary law whatever π is, including the
 * stationary law of a non-equilibrium chain.
 */
export function metropolisMatrix(target: ArrayLike<number>): Float64Array {
  const S = target.length;
  const P = new Float64Array(S * S);
  for (let a = 0; a < S; a++) {
    if (!(target[a] > 0)) throw new RangeError(`metropolisMatrix: target weight ${a} is ${target[a]}, not positive`);
    let stay = 1;
    for (let b = 0; b < S; b++) {
      if (b === a) continue;
      const p = Math.min(1, target[b] / target[a]) / S;
      P[a * S + b] = p;
      stay -= p;
    }
    P[a * S + a] = stay;
  }
  return P;
}

/** ‖πP − π‖₁: how far π is from being stationary for P (0 for its stationary law). */
export function stationarityResidual(P: Float64Array, pi: ArrayLike<number>): number {
  const S = pi.length;
  let r = 0;
  for (let b = 0; b < S; b++) {
    let s = 0;
    for (let a = 0; a < S; a++) s += pi[a] * P[a * S + b];
    r += Math.abs(s - pi[b]);
  }
  return r;
}
