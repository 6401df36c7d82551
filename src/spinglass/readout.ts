/**
 * Readouts of a vector spin on the sphere of radius R in D dimensions (thesis eq 2.21-2.23).
 *
 * Exact (eq 2.21): the spin's law in a field θ at inverse temperature β is von Mises–Fisher,
 * p(s) ∝ exp(β s·θ) on ‖s‖ = R, whose mean is
 *   φ(θ) = R · r_ν(βR‖θ‖) · θ/‖θ‖,   ν = D/2 − 1,   r_ν = I_{ν+1}/I_ν.
 * (Write s = R u; the normalizer of exp(κ u·μ) on S^{D−1} is ∝ κ^{−ν} I_ν(κ), and the mean of u is
 * d/dκ log of it = I_{ν+1}(κ)/I_ν(κ) by I_ν' = I_{ν+1} + (ν/κ) I_ν.) For D = 3 (ν = ½) the ratio is
 * the Langevin function L(κ) = coth κ − 1/κ.
 *
 * Large-D (eq 2.22-2.23), with R² = ν: φ(θ) = βθ/(1 + γ), γ = √(1 + β²‖θ‖²/R²). It is the leading
 * uniform (Debye) asymptotic r_ν(νz) ≈ z/(1 + √(1 + z²)) with z = β‖θ‖/R; the relative error is
 * O(1/ν) = O(1/D).
 *
 * @module
 */
import { besselRatioF64 } from "../special/bessel-ratio.js";
import { finite, finiteArray, int, real } from "../args/check.js";

function norm(v: ArrayLike<number>): number {
  let s = 0;
  for (let k = 0; k < v.length; k++) s += v[k] * v[k];
  return Math.sqrt(s);
}

function checkBetaR(beta: number, R: number, fn = "readout"): void {
  real(fn, "β", beta, 0, Number.MAX_VALUE, { openLo: true, what: "finite and > 0" });
  real(fn, "R", R, 0, Number.MAX_VALUE, { openLo: true, what: "finite and > 0" });
}

/** A D-vector θ (or m) of finite entries, 1 ≤ D ≤ 2^24, with a finite norm. */
function vector(fn: string, name: string, v: ArrayLike<number>, minLength = 1): number {
  finiteArray(fn, name, v, { minLength, maxLength: 2 ** 24 });
  const n = norm(v);
  if (!Number.isFinite(n)) throw new RangeError(`${fn}: ‖${name}‖ overflows float64`);
  return n;
}

/** 2^{2n} B_{2n} / (2n)! for n = 1 … 14 (Bernoulli numbers B_2 … B_28), the series of coth κ − 1/κ. */
const LANGEVIN_SERIES: number[] = (() => {
  const B = [
    1 / 6,
    -1 / 30,
    1 / 42,
    -1 / 30,
    5 / 66,
    -691 / 2730,
    7 / 6,
    -3617 / 510,
    43867 / 798,
    -174611 / 330,
    854513 / 138,
    -236364091 / 2730,
    8553103 / 6,
    -23749461029 / 870,
  ];
  let fact = 1;
  return B.map((b, k) => {
    const n = k + 1;
    fact *= (2 * n - 1) * (2 * n);
    return (4 ** n * b) / fact;
  });
})();

/**
 * Langevin function L(κ) = coth κ − 1/κ (the D = 3 readout, R = 1). For |κ| < ½ the difference
 * cancels, so it is summed as L(κ) = Σ_{n≥1} 2^{2n} B_{2n} κ^{2n−1}/(2n)! (14 terms: the terms fall
 * like (κ/π)^{2n}, below 1e-21 relative at κ = ½); above, coth κ − 1/κ loses at most a few ulps.
 */
export function langevin(kappa: number): number {
  finite("langevin", "κ", kappa);
  if (Math.abs(kappa) < 0.5) {
    const k2 = kappa * kappa;
    let pow = kappa;
    let s = 0;
    for (const c of LANGEVIN_SERIES) {
      s += c * pow;
      pow *= k2;
    }
    return s;
  }
  return 1 / Math.tanh(kappa) - 1 / kappa;
}

/**
 * ‖φ(θ)‖ for the exact readout: R · r_{D/2−1}(βR‖θ‖). thetaNorm ≥ 0, β and R > 0 finite, D an
 * integer in [2, 2^24], and κ = βR‖θ‖ ≤ 10^12 (the Bessel ratio's float64 range, where it is 1 to
 * 10^−12 anyway); a TypeError or RangeError names the argument otherwise.
 */
export function exactReadoutNorm(thetaNorm: number, beta: number, R: number, D: number): number {
  const fn = "exactReadoutNorm";
  real(fn, "‖θ‖ (thetaNorm)", thetaNorm, 0, Number.MAX_VALUE);
  checkBetaR(beta, R, fn);
  if (!(finite(fn, "D", D) >= 2)) throw new RangeError(`exactReadoutNorm: D must be ≥ 2, got ${D}`);
  int(fn, "D", D, 2, 2 ** 24);
  if (!(beta * R * thetaNorm <= 1e12))
    throw new RangeError(`${fn}: κ = βR‖θ‖ (thetaNorm) must be ≤ 1e12, got ${beta * R * thetaNorm}`);
  return R * besselRatioF64(D / 2 - 1, beta * R * thetaNorm);
}

/** The exact vMF readout φ(θ) = R r_ν(βR‖θ‖) θ/‖θ‖ (eq 2.21) of one D-vector θ. φ(0) = 0. */
export function exactReadout(theta: ArrayLike<number>, beta: number, R: number): Float64Array {
  const n = vector("exactReadout", "θ", theta, 2);
  checkBetaR(beta, R, "exactReadout");
  const D = theta.length;
  const out = new Float64Array(D);
  if (n === 0) return out;
  const f = exactReadoutNorm(n, beta, R, D) / n;
  for (let a = 0; a < D; a++) out[a] = f * theta[a];
  return out;
}

/**
 * γ(‖θ‖) = √(1 + β²‖θ‖²/R²) (eq 2.23): thetaNorm and β ≥ 0, R > 0, all finite. Where z² = (β‖θ‖/R)²
 * overflows, γ = z to float64 precision.
 */
export function gammaLargeD(thetaNorm: number, beta: number, R: number): number {
  const fn = "gammaLargeD";
  real(fn, "‖θ‖ (thetaNorm)", thetaNorm, 0, Number.MAX_VALUE);
  real(fn, "β", beta, 0, Number.MAX_VALUE);
  real(fn, "R", R, 0, Number.MAX_VALUE, { openLo: true, what: "finite and > 0" });
  const z = (beta * thetaNorm) / R;
  if (!Number.isFinite(z))
    throw new RangeError(`${fn}: β‖θ‖/R overflows float64 (β = ${beta}, thetaNorm = ${thetaNorm}, R = ${R})`);
  return z < 1e150 ? Math.sqrt(1 + z * z) : z;
}

/** The large-D readout φ(θ) = βθ/(1 + γ) (eq 2.22) of one D-vector θ. */
export function largeDReadout(theta: ArrayLike<number>, beta: number, R: number): Float64Array {
  const n = vector("largeDReadout", "θ", theta);
  checkBetaR(beta, R, "largeDReadout");
  const g = gammaLargeD(n, beta, R);
  const out = new Float64Array(theta.length);
  const f = beta / (1 + g);
  for (let a = 0; a < theta.length; a++) out[a] = f * theta[a];
  return out;
}

/**
 * Inverse of the large-D readout, φ⁻¹(m) = 2R² m/(β(R² − ‖m‖²)), defined for ‖m‖ < R (the large-D
 * readout maps ℝ^D onto the open ball of radius R). Outside it throws a RangeError.
 * Derivation: with m = βθ/(1+γ), ‖m‖ = R(γ−1)/√(γ²−1)·… ⇒ γ = (R²+‖m‖²)/(R²−‖m‖²), θ = (1+γ)m/β.
 */
export function largeDReadoutInverse(m: ArrayLike<number>, beta: number, R: number): Float64Array {
  vector("largeDReadoutInverse", "m", m);
  checkBetaR(beta, R, "largeDReadoutInverse");
  const n2 = norm(m) ** 2;
  if (!(n2 < R * R))
    throw new RangeError(`largeDReadoutInverse: ‖m‖ = ${Math.sqrt(n2)} ≥ R = ${R}: outside the image of the readout`);
  const f = (2 * R * R) / (beta * (R * R - n2));
  const out = new Float64Array(m.length);
  for (let a = 0; a < m.length; a++) out[a] = f * m[a];
  return out;
}

/** γ(φ⁻¹(m)) = (R² + ‖m‖²)/(R² − ‖m‖²), for ‖m‖ < R. */
export function gammaOfInverse(mNorm2: number, R: number): number {
  real("gammaOfInverse", "‖m‖² (mNorm2)", mNorm2, 0, Number.MAX_VALUE);
  real("gammaOfInverse", "R", R, 0, Number.MAX_VALUE, { openLo: true, what: "finite and > 0" });
  const r2 = R * R;
  if (!(mNorm2 < r2)) throw new RangeError(`gammaOfInverse: ‖m‖² = ${mNorm2} ≥ R² = ${r2}`);
  return (r2 + mNorm2) / (r2 - mNorm2);
}

/**
 * Jacobian of the large-D readout at θ, D×D row-major: ∂φ/∂θ = β/(1+γ) [I − β² θθᵀ/(R² γ (1+γ))].
 * Its eigenvalues are β/(1+γ) (tangential) and β/(γ(1+γ)) (radial), both ≤ β/2: φ is
 * (β/2)-Lipschitz.
 */
export function largeDReadoutJacobian(theta: ArrayLike<number>, beta: number, R: number): Float64Array {
  finiteArray("largeDReadoutJacobian", "θ", theta, { minLength: 1, maxLength: 2 ** 13 });
  const n = vector("largeDReadoutJacobian", "θ", theta);
  checkBetaR(beta, R, "largeDReadoutJacobian");
  const D = theta.length;
  const g = gammaLargeD(n, beta, R);
  const a = beta / (1 + g);
  const b = (a * beta * beta) / (R * R * g * (1 + g));
  const out = new Float64Array(D * D);
  for (let i = 0; i < D; i++) for (let j = 0; j < D; j++) out[i * D + j] = (i === j ? a : 0) - b * theta[i] * theta[j];
  return out;
}

/**
 * The scalar large-D coefficient c(β) with φ(θ) = c(β)·θ: c = β/(1 + √(1 + β²a²)), a = ‖θ‖/R.
 * Its Maclaurin series in β: c = Σ_{k≥1} C(½, k) a^{2k−2} β^{2k−1} = ½β − ⅛a²β³ + (1/16)a⁴β⁵ − …
 * (from √(1+y) − 1 = Σ C(½,k) yᵏ and c = (√(1+β²a²) − 1)/(βa²)). Returns the coefficients of
 * β¹, β², …, β^order (the even ones are exactly 0). a finite, order an integer in [0, 10^4]; a
 * coefficient beyond the float64 range (|a| ≫ 1, high order) is ±∞.
 */
export function largeDCoefficientSeries(a: number, order: number): number[] {
  finite("largeDCoefficientSeries", "a", a);
  int("largeDCoefficientSeries", "order", order, 0, 1e4);
  const out: number[] = [];
  let binom = 1; // C(½, 0)
  for (let p = 1; p <= order; p++) {
    if (p % 2 === 0) {
      out.push(0);
      continue;
    }
    const k = (p + 1) / 2;
    // C(½, k) = C(½, k−1) · (½ − k + 1)/k
    binom = (binom * (0.5 - k + 1)) / k;
    out.push(binom * a ** (2 * k - 2));
  }
  return out;
}
