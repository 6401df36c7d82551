/**
 * Mean-field self-consistency m = tanh(β(Jm + h)) (paper 000 §6.1 eq 17, blog 004), its solutions
 * and their number, and the blog's attention self-consistency ⟨x⟩ = Σ_j x_j softmax_j(β⟨x⟩·x_j).
 *
 * Counting: g(m) = tanh(β(Jm + h)) − m is continuous on [−1, 1] with g(−1) ≥ 0 ≥ g(1); roots are
 * found by scanning for sign changes on a fine grid and refining by bisection. Analytically (second
 * road): for βJ ≤ 1 and any h there is one root (g′(m) = βJ sech²(β(Jm + h)) − 1 ≤ βJ − 1 ≤ 0, so g
 * is decreasing); for βJ > 1 there are three roots iff |h| < h_sp(β, J), with the spinodal field
 * h_sp = J m* − atanh(m*)/β, m* = √(1 − 1/(βJ)) (where g and g′ vanish together).
 *
 * @module
 */
import { finite, finiteArray, func, int, real } from "../args/check.js";
import { softmax } from "../attention/softmax.js";

/**
 * Roots of f on [a, b] found by a grid scan (n cells) and bisection; isolated sign changes only.
 * a ≤ b finite with b − a finite, n an integer in [1, 10^7] (n + 1 calls of f, plus ≤ 200 per root).
 */
export function scanRoots(f: (x: number) => number, a: number, b: number, n = 20000): number[] {
  func("scanRoots", "f", f);
  finite("scanRoots", "a", a);
  finite("scanRoots", "b", b);
  if (!(b >= a) || !Number.isFinite(b - a))
    throw new RangeError(`scanRoots: need a ≤ b with b − a finite, got a = ${a}, b = ${b}`);
  int("scanRoots", "n", n, 1, 1e7);
  const roots: number[] = [];
  let x0 = a;
  let f0 = f(a);
  if (f0 === 0) roots.push(a);
  for (let i = 1; i <= n; i++) {
    const x1 = a + ((b - a) * i) / n;
    const f1 = f(x1);
    if (f1 === 0) roots.push(x1);
    else if (f0 !== 0 && Math.sign(f0) !== Math.sign(f1)) {
      let lo = x0,
        hi = x1,
        flo = f0;
      for (let it = 0; it < 200 && hi - lo > 1e-15; it++) {
        const mid = 0.5 * (lo + hi);
        const fm = f(mid);
        if (fm === 0) {
          lo = hi = mid;
          break;
        }
        if (Math.sign(fm) === Math.sign(flo)) {
          lo = mid;
          flo = fm;
        } else hi = mid;
      }
      roots.push(0.5 * (lo + hi));
    }
    x0 = x1;
    f0 = f1;
  }
  return roots;
}

/** The solutions m ∈ [−1, 1] of m = tanh(β(Jm + h)), sorted. */
export function meanFieldSolutions(beta: number, J = 1, h = 0): number[] {
  for (const [k, v] of Object.entries({ beta, J, h }))
    if (!Number.isFinite(v)) throw new RangeError(`meanFieldSolutions: ${k} = ${v}`);
  if (beta < 0) throw new RangeError(`meanFieldSolutions: β must be ≥ 0, got ${beta}`);
  return scanRoots((m) => Math.tanh(beta * (J * m + h)) - m, -1, 1);
}

/** The spinodal field h_sp(β, J) for βJ > 1 (three solutions iff |h| < h_sp); 0 for βJ ≤ 1. β ≥ 0 and J finite. */
export function spinodalField(beta: number, J = 1): number {
  real("spinodalField", "β", beta, 0, Number.MAX_VALUE);
  finite("spinodalField", "J", J);
  if (beta * J <= 1) return 0;
  const m = Math.sqrt(1 - 1 / (beta * J));
  return Math.atanh(m) / beta - J * m < 0 ? J * m - Math.atanh(m) / beta : Math.atanh(m) / beta - J * m;
}

/** The number of solutions predicted analytically: 1, 3 (|h| < h_sp, βJ > 1) or 2 at a tangency. */
export function predictedSolutionCount(beta: number, J = 1, h = 0): number {
  finite("predictedSolutionCount", "h", h);
  if (beta * J <= 1) return 1;
  const hs = spinodalField(beta, J);
  return Math.abs(h) < hs ? 3 : Math.abs(h) === hs ? 2 : 1;
}

/**
 * The blog's attention self-consistency map for scalar tokens x_j: G(u) = Σ_j x_j e^{βu x_j} / Σ_k e^{βu x_k}.
 * Its fixed points are the solutions of ⟨x⟩ = G(⟨x⟩). For tokens {+1, −1}, G(u) = tanh(βu).
 * x: finite tokens, at least one; β and u finite with βu finite. Where βu·x_j overflows, G is the
 * softmax average at inverse temperature βu (shifted on x, see `softmax`).
 */
export function attentionAverage(x: ArrayLike<number>, beta: number, u: number): number {
  finiteArray("attentionAverage", "x", x, { minLength: 1 });
  finite("attentionAverage", "β", beta);
  finite("attentionAverage", "u", u);
  let top = -Infinity;
  for (let j = 0; j < x.length; j++) top = Math.max(top, beta * u * x[j]);
  let z = 0,
    s = 0;
  for (let j = 0; j < x.length; j++) {
    const w = Math.exp(beta * u * x[j] - top);
    z += w;
    s += w * x[j];
  }
  if (!Number.isFinite(top)) {
    const c = beta * u;
    if (!Number.isFinite(c)) throw new RangeError(`attentionAverage: βu overflows float64 (β = ${beta}, u = ${u})`);
    const p = softmax(x, c);
    let g = 0;
    for (let j = 0; j < x.length; j++) g += p[j] * x[j];
    return g;
  }
  return s / z;
}

/** Fixed points of u = G(u) on [min x, max x] (every fixed point lies in the tokens' hull). */
export function attentionSelfConsistentSolutions(x: ArrayLike<number>, beta: number): number[] {
  finiteArray("attentionSelfConsistentSolutions", "x", x, { minLength: 1 });
  finite("attentionSelfConsistentSolutions", "β", beta);
  let lo = Infinity,
    hi = -Infinity;
  for (let j = 0; j < x.length; j++) {
    lo = Math.min(lo, x[j]);
    hi = Math.max(hi, x[j]);
  }
  if (lo === hi) return [lo];
  const pad = 1e-9 * (hi - lo);
  return scanRoots((u) => attentionAverage(x, beta, u) - u, lo - pad, hi + pad);
}
