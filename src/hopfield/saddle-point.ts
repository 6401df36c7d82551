/**
 * The blog's "the behavior of the system near the fixed-point attractors is encoded in the
 * saddle-points of the probability distribution" (004), on a continuous landscape where it can be
 * computed: the tilted double well E(x) = a(x² − 1)² + hx, gradient dynamics ẋ = −E′(x), and the
 * Boltzmann density P(x) ∝ e^{−βE(x)}.
 *
 * The fixed points of the dynamics are the stationary points of P (P′ = −βE′P); the attractors
 * (E″ > 0) are P's local maxima, the "saddle points" of the saddle-point (Laplace) method, and the
 * unstable fixed point between them bounds the two basins. Restricted to a basin, P is expected to
 * be the Gaussian of the saddle-point method, mean x* and variance 1/(βE″(x*)), as β → ∞.
 * {@link basinMoments} computes the restricted mean and variance by composite Simpson quadrature;
 * {@link doubleWellCriticalPoints} solves E′ = 4a x(x² − 1) + h = 0 in closed form (three real
 * roots by the trigonometric formula when |h| < 8a/(3√3)).
 *
 * @module
 */
import { finite, int } from "../args/check.js";

/** The tilted double well: energy and its first two derivatives. */
export interface DoubleWell {
  a: number;
  h: number;
  E: (x: number) => number;
  dE: (x: number) => number;
  d2E: (x: number) => number;
}

/** E(x) = a(x² − 1)² + hx. Domain: a in [0.1, 10], |h| < 8a/(3√3) (two wells). */
export function doubleWell(a: number, h: number): DoubleWell {
  const fn = "doubleWell";
  finite(fn, "a", a);
  finite(fn, "h", h);
  if (a < 0.1 || a > 10) throw new RangeError(`${fn}: a must be in [0.1, 10], got ${a}`);
  if (Math.abs(h) >= (8 * a) / (3 * Math.sqrt(3)))
    throw new RangeError(`${fn}: |h| must be below 8a/(3√3) = ${(8 * a) / (3 * Math.sqrt(3))} (two wells), got ${h}`);
  return {
    a,
    h,
    E: (x) => a * (x * x - 1) ** 2 + h * x,
    dE: (x) => 4 * a * x * (x * x - 1) + h,
    d2E: (x) => 4 * a * (3 * x * x - 1),
  };
}

/**
 * The three roots of E′(x) = 4a(x³ − x) + h = 0, increasing: the left minimum, the barrier
 * (maximum), the right minimum. x³ − x + h/(4a) = 0 has, for |h/(4a)| < 2/(3√3), the roots
 * x_k = (2/√3) cos(φ/3 − 2πk/3), cos φ = −(h/(4a))·(3√3/2).
 */
export function doubleWellCriticalPoints(w: DoubleWell): [number, number, number] {
  const q = w.h / (4 * w.a);
  const phi = Math.acos(Math.max(-1, Math.min(1, (-q * 3 * Math.sqrt(3)) / 2)));
  const r = [0, 1, 2].map((k) => (2 / Math.sqrt(3)) * Math.cos(phi / 3 - (2 * Math.PI * k) / 3)).sort((u, v) => u - v);
  return [r[0], r[1], r[2]];
}

/** Mean, variance and the grid point of largest density of a restricted Boltzmann density. */
export interface Moments {
  mean: number;
  variance: number;
  mode: number;
}

/**
 * Mean and variance of x under e^{−βE(x)} restricted to [lo, hi], by composite Simpson quadrature on
 * `cells` (even) cells, the exponent shifted by its largest value on the grid so nothing underflows
 * at large β; and the grid point of largest density. Domain: lo < hi finite, β in (0, 1e6],
 * cells an even integer in [2, 2^22].
 */
export function basinMoments(E: (x: number) => number, lo: number, hi: number, beta: number, cells = 4000): Moments {
  const fn = "basinMoments";
  finite(fn, "lo", lo);
  finite(fn, "hi", hi);
  if (!(lo < hi)) throw new RangeError(`${fn}: lo must be below hi, got [${lo}, ${hi}]`);
  finite(fn, "beta", beta);
  if (!(beta > 0 && beta <= 1e6)) throw new RangeError(`${fn}: beta must be in (0, 1e6], got ${beta}`);
  int(fn, "cells", cells, 2, 2 ** 22);
  if (cells % 2 !== 0) throw new RangeError(`${fn}: cells must be even, got ${cells}`);
  const step = (hi - lo) / cells;
  const ex = new Float64Array(cells + 1);
  let top = Number.NEGATIVE_INFINITY;
  let mode = lo;
  for (let k = 0; k <= cells; k++) {
    const e = finite(fn, `E(${lo + k * step})`, E(lo + k * step));
    ex[k] = -beta * e;
    if (ex[k] > top) {
      top = ex[k];
      mode = lo + k * step;
    }
  }
  let z = 0;
  let m1 = 0;
  for (let k = 0; k <= cells; k++) {
    const x = lo + k * step;
    const w = (k === 0 || k === cells ? 1 : k % 2 === 1 ? 4 : 2) * Math.exp(ex[k] - top);
    z += w;
    m1 += w * x;
  }
  const mean = m1 / z;
  // Centred second moment, computed about the mean to avoid cancellation in m2/z − mean².
  let c2 = 0;
  for (let k = 0; k <= cells; k++) {
    const x = lo + k * step - mean;
    c2 += (k === 0 || k === cells ? 1 : k % 2 === 1 ? 4 : 2) * Math.exp(ex[k] - top) * x * x;
  }
  return { mean, variance: c2 / z, mode };
}
