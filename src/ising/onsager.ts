/**
 * The infinite square-lattice Ising model (J = 1, h = 0): Onsager's critical point and free
 * energy, and Yang's spontaneous magnetization.
 *
 * - T_c = 2 / ln(1 + √2) (sinh 2K_c = 1).
 * - Free energy per spin (Onsager 1944), one-dimensional form: with κ = 2 sinh 2K / cosh² 2K,
 *     −βf = ln(2 cosh 2K) + (1/π) ∫₀^{π/2} ln[(1 + √(1 − κ² sin² θ)) / 2] dθ
 *   (the double-integral form −βf = ln 2 + (1/2π²)∫₀^π∫₀^π ln[cosh² 2K − sinh 2K (cos θ₁ + cos θ₂)]
 *   is implemented separately as an independent road).
 * - Spontaneous magnetization (Yang 1952): M = (1 − sinh^{−4} 2K)^{1/8} for T < T_c, 0 above.
 *
 * @module
 */
import { finite, int, real } from "../args/check.js";

/** Onsager's critical coupling K_c = ½ ln(1 + √2). */
export const ONSAGER_KC = 0.5 * Math.log(1 + Math.SQRT2);
/** Onsager's critical temperature T_c = 2 / ln(1 + √2) ≈ 2.269185. */
export const ONSAGER_TC = 1 / ONSAGER_KC;

/** Gauss–Legendre nodes and weights on [−1, 1] (Newton's method on the Legendre recurrence). */
export function gaussLegendre(n: number): { x: Float64Array; w: Float64Array } {
  // O(n²) Newton iterations; 10^4 nodes take about a second.
  int("gaussLegendre", "n", n, 1, 1e4);
  const x = new Float64Array(n);
  const w = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let z = Math.cos((Math.PI * (i + 0.75)) / (n + 0.5));
    let dp = 0;
    for (let it = 0; it < 100; it++) {
      let p0 = 1;
      let p1 = z;
      for (let k = 2; k <= n; k++) {
        const p2 = ((2 * k - 1) * z * p1 - (k - 1) * p0) / k;
        p0 = p1;
        p1 = p2;
      }
      dp = (n * (z * p1 - p0)) / (z * z - 1);
      const dz = p1 / dp;
      z -= dz;
      if (Math.abs(dz) < 1e-16) break;
    }
    x[i] = z;
    w[i] = 2 / ((1 - z * z) * dp * dp);
  }
  return { x, w };
}

const GL = gaussLegendre(200);

function integrate(f: (t: number) => number, a: number, b: number, panels = 8): number {
  let s = 0;
  const hw = (b - a) / panels;
  for (let p = 0; p < panels; p++) {
    const lo = a + p * hw;
    for (let i = 0; i < GL.x.length; i++) s += GL.w[i] * f(lo + (hw * (GL.x[i] + 1)) / 2);
  }
  return (s * hw) / 2;
}

/** −βf of the infinite lattice at β (per spin), the one-dimensional integral form. */
export function onsagerMinusBetaF(beta: number): number {
  if (!(beta > 0) || !Number.isFinite(beta)) throw new RangeError(`onsager: β must be positive, got ${beta}`);
  const K2 = 2 * beta;
  const kappa = (2 * Math.sinh(K2)) / Math.cosh(K2) ** 2;
  const integral = integrate(
    (t) => Math.log((1 + Math.sqrt(Math.max(0, 1 - kappa * kappa * Math.sin(t) ** 2))) / 2),
    0,
    Math.PI / 2,
    16,
  );
  return Math.log(2 * Math.cosh(K2)) + integral / Math.PI;
}

/** −βf of the infinite lattice by Onsager's double integral (an independent road). */
export function onsagerMinusBetaFDouble(beta: number): number {
  // The integrand's cosh² 2β overflows past β ≈ 177.7 (it returned Infinity on (177.7, 350], the old bound).
  real("onsagerMinusBetaFDouble", "β", beta, 0, 175, {
    openLo: true,
    what: "in (0, 175] (cosh² 2β overflows past 177)",
  });
  const c = Math.cosh(2 * beta) ** 2;
  const s = Math.sinh(2 * beta);
  const inner = (t1: number) => integrate((t2) => Math.log(c - s * (Math.cos(t1) + Math.cos(t2))), 0, Math.PI, 4);
  return Math.log(2) + integrate(inner, 0, Math.PI, 4) / (2 * Math.PI * Math.PI);
}

/** Yang's spontaneous magnetization per spin, (1 − sinh^{−4} 2K)^{1/8} below T_c, 0 above. */
export function yangMagnetization(beta: number): number {
  if (!(finite("yangMagnetization", "β", beta) > 0)) throw new RangeError(`yang: β must be positive, got ${beta}`);
  const s = Math.sinh(2 * beta);
  if (s <= 1) return 0;
  return (1 - s ** -4) ** 0.125;
}
