/**
 * Energy conservation against the Boltzmann law (thesis 003 §2.1.1, "If the energy is conserved, the
 * resulting distribution can be described using the Boltzmann Distribution").
 *
 * A dynamics that conserves the energy H of a finite system never leaves the shell {s : H(s) = E} of
 * its start, so every stationary law it reaches is supported on that shell; the uniform one is the
 * microcanonical law. The Boltzmann law P_β ∝ e^{−βH} gives equal weight to the states of a shell,
 * so for the microcanonical law p_E the total-variation distance is exactly
 * TV(p_E, P_β) = 1 − P_β(shell) (closed form, {@link shellDistance}), and for any law supported on the
 * shell it is at least that. {@link closestBoltzmannDistance} minimizes TV(p, P_β) over β for any law
 * p by direct summation (the second road).
 *
 * @module
 */
import { finite, finiteArray, real } from "../args/check.js";
import { goldenMax } from "../numeric/golden-max.js";

/** The uniform law on the shell |H(s) − E| ≤ tol (the microcanonical law). At least one state must lie on it. */
export function microcanonicalLaw(energies: ArrayLike<number>, E: number, tol: number): Float64Array {
  finiteArray("microcanonicalLaw", "energies", energies, { minLength: 1 });
  finite("microcanonicalLaw", "E", E);
  real("microcanonicalLaw", "tol", tol, 0, Number.MAX_VALUE);
  const p = new Float64Array(energies.length);
  let count = 0;
  for (let k = 0; k < energies.length; k++) if (Math.abs(energies[k] - E) <= tol) count++;
  if (count === 0) throw new RangeError(`microcanonicalLaw: no state with |H − ${E}| ≤ ${tol}`);
  for (let k = 0; k < energies.length; k++) if (Math.abs(energies[k] - E) <= tol) p[k] = 1 / count;
  return p;
}

/** The Boltzmann law P_β(s) = e^{−βH(s)}/Z (shifted by the minimum energy, so no overflow for β ≥ 0). */
export function boltzmannLaw(energies: ArrayLike<number>, beta: number): Float64Array {
  finiteArray("boltzmannLaw", "energies", energies, { minLength: 1 });
  real("boltzmannLaw", "beta", beta, 0, Number.MAX_VALUE);
  let e0 = Number.POSITIVE_INFINITY;
  for (let k = 0; k < energies.length; k++) e0 = Math.min(e0, energies[k]);
  const p = new Float64Array(energies.length);
  let z = 0;
  for (let k = 0; k < energies.length; k++) {
    p[k] = Math.exp(-beta * (energies[k] - e0));
    z += p[k];
  }
  for (let k = 0; k < p.length; k++) p[k] /= z;
  return p;
}

/** Total-variation distance ½ Σ |p − q| of two laws on the same states. */
export function totalVariation(p: ArrayLike<number>, q: ArrayLike<number>): number {
  finiteArray("totalVariation", "p", p, { minLength: 1 });
  finiteArray("totalVariation", "q", q, { length: p.length, lengthOf: "p" });
  let d = 0;
  for (let k = 0; k < p.length; k++) d += Math.abs(p[k] - q[k]);
  return d / 2;
}

/** Closed form TV(p_E, P_β) = 1 − P_β(shell) for the microcanonical law p_E (shell |H − E| ≤ tol). */
export function shellDistance(energies: ArrayLike<number>, E: number, tol: number, beta: number): number {
  const q = boltzmannLaw(energies, beta);
  microcanonicalLaw(energies, E, tol); // the same argument checks, and a non-empty shell
  let inShell = 0;
  for (let k = 0; k < energies.length; k++) if (Math.abs(energies[k] - E) <= tol) inShell += q[k];
  return 1 - inShell;
}

/**
 * min over β ∈ [0, betaMax] of TV(p, P_β), by direct summation: the best of a grid (0 and 160
 * log-spaced points in [1e-3, betaMax]) refined by golden section around it. Returns the minimizing β
 * and the distance. `p` is a law on the states of `energies`.
 */
export function closestBoltzmannDistance(
  energies: ArrayLike<number>,
  p: ArrayLike<number>,
  betaMax = 1000,
): { beta: number; distance: number } {
  finiteArray("closestBoltzmannDistance", "p", p, { length: energies.length, lengthOf: "energies" });
  real("closestBoltzmannDistance", "betaMax", betaMax, 1e-3, 1e6, { openLo: true });
  const tv = (b: number) => totalVariation(p, boltzmannLaw(energies, b));
  const grid = [0];
  const n = 160;
  for (let i = 0; i <= n; i++) grid.push(1e-3 * (betaMax / 1e-3) ** (i / n));
  let best = 0;
  let bestD = tv(0);
  for (let i = 1; i < grid.length; i++) {
    const d = tv(grid[i]);
    if (d < bestD) {
      bestD = d;
      best = i;
    }
  }
  const lo = grid[Math.max(0, best - 1)];
  const hi = grid[Math.min(grid.length - 1, best + 1)];
  if (hi > lo) {
    const g = goldenMax((b) => -tv(b), lo, hi, 1e-9 * hi);
    if (-g.f < bestD) return { beta: g.x, distance: -g.f };
  }
  return { beta: grid[best], distance: bestD };
}
