/**
 * Integrals over spheres in ℝ^D for the thesis' §3.1-3.2 (states on S_{D−1} in eq 3.1; a "global
 * proposition" landing near a target vector).
 *
 * A function of the angle φ to one axis integrates over the sphere of radius R as
 * ∫ g dσ = |S^{D−2}| R^{D−1} ∫_0^π g(cos φ) sin^{D−2}φ dφ, |S^{D−2}| = 2π^{(D−1)/2}/Γ((D−1)/2).
 *
 * - {@link gaussianSphereMass}: ∫_{‖x‖=R} π dσ for π = N(μ, I/β), ‖μ‖ = R: by Simpson's rule in φ and,
 *   second road, by the closed form ∫_0^π e^{κ cos φ} sin^{2ν}φ dφ = √π Γ(ν + ½)(2/κ)^ν I_ν(κ)
 *   (ν = (D−2)/2, κ = βR²; I_ν by its power series, summed in log space).
 * - {@link capLogProbability}: log P(u·e ≥ c) for u uniform on S^{D−1}: Simpson in φ over [0, arccos c]
 *   (integrand scaled by its largest value) over Wallis' ∫_0^π sin^n = √π Γ((n+1)/2)/Γ(n/2 + 1);
 *   second road {@link capProbabilityRecursion}, W_n(a) = −sin^{n−1}a cos a/n + (n−1)/n W_{n−2}(a).
 *
 * @module
 */
import { int, real } from "../args/check.js";

/** ln Γ(x) for x a positive multiple of ½ (exact recursion from Γ(1) = 1, Γ(½) = √π). x ≤ 10^6. */
export function lnGammaHalf(x: number): number {
  real("lnGammaHalf", "x", x, 0.5, 1e6);
  if (!Number.isInteger(2 * x)) throw new RangeError(`lnGammaHalf: x must be a multiple of ½, got ${x}`);
  let s = Number.isInteger(x) ? 0 : 0.5 * Math.log(Math.PI);
  for (let t = Number.isInteger(x) ? 1 : 0.5; t < x - 0.25; t += 1) s += Math.log(t);
  return s;
}

/** ln |S^{D−1}| for the unit sphere in ℝ^D: ln(2π^{D/2}/Γ(D/2)). D ≥ 1 integer. */
export function lnSphereArea(D: number): number {
  int("lnSphereArea", "D", D, 1, 1e6);
  return Math.log(2) + (D / 2) * Math.log(Math.PI) - lnGammaHalf(D / 2);
}

/** Simpson's rule for ∫_a^b f with n (even) intervals. */
function simpson(f: (t: number) => number, a: number, b: number, n: number): number {
  const h = (b - a) / n;
  let s = f(a) + f(b);
  for (let i = 1; i < n; i++) s += (i % 2 ? 4 : 2) * f(a + i * h);
  return (s * h) / 3;
}

/**
 * ∫_{‖x‖=R} π(x) dσ(x) for the Gaussian density π = N(μ, I/β) with ‖μ‖ = R (the thesis' J = 0 target
 * of one spin), by Simpson's rule in φ (`intervals` even). D ∈ [2, 512], R > 0, β > 0.
 */
export function gaussianSphereMass(D: number, R: number, beta: number, intervals = 4000): number {
  int("gaussianSphereMass", "D", D, 2, 512);
  real("gaussianSphereMass", "R", R, 0, 1e6, { openLo: true });
  real("gaussianSphereMass", "beta", beta, 0, 1e6, { openLo: true });
  const kappa = beta * R * R;
  // ‖x − μ‖² = 2R²(1 − cos φ) on the sphere.
  const inner = simpson((p) => Math.exp(-kappa * (1 - Math.cos(p))) * Math.sin(p) ** (D - 2), 0, Math.PI, intervals);
  const lnPre = (D / 2) * Math.log(beta / (2 * Math.PI)) + lnSphereArea(D - 1) + (D - 1) * Math.log(R);
  return Math.exp(lnPre) * inner;
}

/** Second road: the same mass from the closed form with the modified Bessel function I_{(D−2)/2}(βR²). D ≥ 3. */
export function gaussianSphereMassBessel(D: number, R: number, beta: number): number {
  int("gaussianSphereMassBessel", "D", D, 3, 512);
  real("gaussianSphereMassBessel", "R", R, 0, 1e6, { openLo: true });
  real("gaussianSphereMassBessel", "beta", beta, 0, 1e6, { openLo: true });
  const kappa = beta * R * R;
  const nu = (D - 2) / 2;
  // ln(e^{−κ} I_ν(κ)) = ln Σ_k exp(−κ + (2k + ν) ln(κ/2) − ln k! − ln Γ(k + ν + 1))
  const terms: number[] = [];
  let lnFact = 0;
  const kMax = Math.ceil(kappa + 40 * Math.sqrt(kappa + 1) + 60);
  for (let k = 0; k <= kMax; k++) {
    if (k > 0) lnFact += Math.log(k);
    terms.push(-kappa + (2 * k + nu) * Math.log(kappa / 2) - lnFact - lnGammaHalf(k + nu + 1));
  }
  const top = Math.max(...terms);
  const lnScaledI = top + Math.log(terms.reduce((s, t) => s + Math.exp(t - top), 0));
  const lnInner = 0.5 * Math.log(Math.PI) + lnGammaHalf(nu + 0.5) + nu * Math.log(2 / kappa) + lnScaledI;
  const lnPre = (D / 2) * Math.log(beta / (2 * Math.PI)) + lnSphereArea(D - 1) + (D - 1) * Math.log(R);
  return Math.exp(lnPre + lnInner);
}

/**
 * ln P(u·e ≥ c) for u uniform on the unit sphere of ℝ^D (the cap within angle arccos c of e):
 * ln[∫_0^{arccos c} sin^{D−2}φ dφ / ∫_0^π sin^{D−2}φ dφ]. D ∈ [2, 10^4], c ∈ (−1, 1).
 */
export function capLogProbability(D: number, c: number, intervals = 4000): number {
  int("capLogProbability", "D", D, 2, 1e4);
  real("capLogProbability", "c", c, -1, 1, { openLo: true, openHi: true });
  const n = D - 2;
  const a = Math.acos(c);
  // sin^n is largest at min(a, π/2) on [0, a]; scale by it so nothing underflows.
  const ref = Math.sin(Math.min(a, Math.PI / 2));
  const inner = simpson((p) => (Math.sin(p) / ref) ** n, 0, a, intervals);
  const lnWallis = 0.5 * Math.log(Math.PI) + lnGammaHalf((n + 1) / 2) - lnGammaHalf(n / 2 + 1);
  return n * Math.log(ref) + Math.log(inner) - lnWallis;
}

/** Second road: P(u·e ≥ c) by the integration-by-parts recursion for W_n(a) = ∫_0^a sin^n. D ∈ [2, 200]. */
export function capProbabilityRecursion(D: number, c: number): number {
  int("capProbabilityRecursion", "D", D, 2, 200);
  real("capProbabilityRecursion", "c", c, -1, 1, { openLo: true, openHi: true });
  const n = D - 2;
  const a = Math.acos(c);
  const W = (upper: number): number => {
    let w0 = upper; // W_0
    let w1 = 1 - Math.cos(upper); // W_1
    if (n === 0) return w0;
    for (let m = 2; m <= n; m++) {
      const w = (-(Math.sin(upper) ** (m - 1)) * Math.cos(upper)) / m + ((m - 1) / m) * w0;
      w0 = w1;
      w1 = w;
    }
    return w1;
  };
  return W(a) / W(Math.PI);
}
