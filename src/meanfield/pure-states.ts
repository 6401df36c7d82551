/**
 * Ergodicity breaking against replica symmetry breaking in the Curie–Weiss ferromagnet (the standard
 * example behind thesis 003 §2.1.4's "ergodicity breaking is synonymous to replica symmetry breaking").
 *
 * In the thermodynamic limit the ergodic components (pure states) are the global minimizers of the
 * Landau free energy per spin f(m) = −Jm²/2 − hm − T·s(m), s(m) the entropy of a ±1 spin of mean m.
 * Two replicas in pure states α, γ have overlap q_{αγ} = m_α m_γ. By the standard definition
 * (Mézard, Parisi & Virasoro 1987, ch. III) replica symmetry is broken when the overlap takes more
 * than one value once the symmetries of H are divided out: at h = 0, s → −s maps the state m to −m, so
 * q and −q are one value. Roads: the states are taken among the roots of m = tanh(β(Jm + h))
 * ({@link curieWeissPureStates}) and, independently, as the local minima of f on a grid that are
 * global ({@link curieWeissPureStatesGrid}).
 *
 * @module
 */
import { finite, finiteArray, real } from "../args/check.js";
import { meanFieldSolutions } from "./self-consistency.js";

/** f(m) = −Jm²/2 − hm − T s(m) with s(m) = −[(1+m)/2 ln((1+m)/2) + (1−m)/2 ln((1−m)/2)]; m ∈ [−1, 1], β > 0. */
export function curieWeissFreeEnergy(m: number, beta: number, J = 1, h = 0): number {
  real("curieWeissFreeEnergy", "m", m, -1, 1);
  real("curieWeissFreeEnergy", "beta", beta, 0, Number.MAX_VALUE, { openLo: true });
  finite("curieWeissFreeEnergy", "J", J);
  finite("curieWeissFreeEnergy", "h", h);
  const xlogx = (x: number) => (x > 0 ? x * Math.log(x) : 0);
  const s = -(xlogx((1 + m) / 2) + xlogx((1 - m) / 2));
  return (-J * m * m) / 2 - h * m - s / beta;
}

/**
 * The pure states: the roots of m = tanh(β(Jm + h)) that are local minima of f (f''(m) =
 * 1/(β(1 − m²)) − J ≥ 0, so the unstable root m = 0 below T_c is dropped however flat f is near T_c)
 * and whose free energy is within `tol` (relative to 1 + |f|) of the smallest, sorted. β > 0.
 */
export function curieWeissPureStates(beta: number, J = 1, h = 0, tol = 1e-10): number[] {
  real("curieWeissPureStates", "beta", beta, 0, Number.MAX_VALUE, { openLo: true });
  const roots = meanFieldSolutions(beta, J, h).filter((m) => beta * J * (1 - m * m) <= 1);
  if (roots.length === 0)
    throw new RangeError(
      `curieWeissPureStates: no stable root resolved at β = ${beta}, J = ${J}, h = ${h} (too close to T_c)`,
    );
  const f = roots.map((m) => curieWeissFreeEnergy(m, beta, J, h));
  const fmin = Math.min(...f);
  return roots.filter((_, k) => f[k] - fmin <= tol * (1 + Math.abs(fmin)));
}

/**
 * Second road: local minima of f on a grid of `n` cells of [−1, 1] (refined by golden section in
 * their cell pair) whose value is within `tol` of the smallest, sorted.
 */
export function curieWeissPureStatesGrid(beta: number, J = 1, h = 0, n = 4000, tol = 1e-9): number[] {
  real("curieWeissPureStatesGrid", "beta", beta, 0, Number.MAX_VALUE, { openLo: true });
  const f = (m: number) => curieWeissFreeEnergy(m, beta, J, h);
  const xs = Array.from({ length: n + 1 }, (_, i) => -1 + (2 * i) / n);
  const fs = xs.map(f);
  const minima: Array<[number, number]> = [];
  for (let i = 1; i < n; i++) {
    if (fs[i] <= fs[i - 1] && fs[i] < fs[i + 1]) {
      // golden section for the minimum on [x_{i−1}, x_{i+1}]
      let lo = xs[i - 1];
      let hi = xs[i + 1];
      const g = (Math.sqrt(5) - 1) / 2;
      for (let it = 0; it < 200 && hi - lo > 1e-13; it++) {
        const a = hi - g * (hi - lo);
        const b = lo + g * (hi - lo);
        if (f(a) < f(b)) hi = b;
        else lo = a;
      }
      const m = (lo + hi) / 2;
      minima.push([m, f(m)]);
    }
  }
  if (minima.length === 0) return [];
  const fmin = Math.min(...minima.map((x) => x[1]));
  return minima.filter((x) => x[1] - fmin <= tol * (1 + Math.abs(fmin))).map((x) => x[0]);
}

/**
 * The distinct overlaps q_{αγ} = m_α m_γ between replicas in the pure states `states` (α = γ
 * included: two replicas may fall into one state), to within `tol`. With `moduloFlip` q and −q are one
 * value (the s → −s symmetry of H at h = 0), as the standard definition of replica symmetry breaking
 * divides out symmetries of the Hamiltonian.
 */
export function overlapValues(states: ArrayLike<number>, moduloFlip: boolean, tol = 1e-9): number[] {
  finiteArray("overlapValues", "states", states, { minLength: 1 });
  const out: number[] = [];
  for (let a = 0; a < states.length; a++)
    for (let c = 0; c < states.length; c++) {
      const q = states[a] * states[c];
      const v = moduloFlip ? Math.abs(q) : q;
      if (!out.some((w) => Math.abs(w - v) <= tol)) out.push(v);
    }
  return out.sort((x, y) => x - y);
}
