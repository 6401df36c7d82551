/**
 * Onsager's specific heat per spin of the infinite square-lattice Ising model (J = 1, k_B = 1), in
 * closed form with complete elliptic integrals evaluated by the arithmetic-geometric mean.
 *
 * With K = β, κ = 2 sinh 2K / cosh² 2K and κ″ = 2 tanh² 2K − 1 (Huang, Statistical Mechanics, §15.5),
 * the energy per spin is u = −coth 2K [1 + (2/π) κ″ K₁(κ)], K₁, E₁ the complete elliptic integrals of
 * the first and second kind of modulus κ; c = −β² ∂u/∂β is differentiated below in closed form. c
 * diverges logarithmically at K_c = ½ ln(1 + √2), where κ = 1.
 */
import { ONSAGER_KC } from "./onsager.js";

/**
 * Complete elliptic integrals K(k) = ∫₀^{π/2} dθ/√(1 − k² sin²θ) and E(k) = ∫₀^{π/2} √(1 − k² sin²θ) dθ
 * from the modulus k ∈ [0, 1) and its complement k′ = √(1 − k²) (passed separately so that k′ keeps
 * its relative precision when k is close to 1). AGM: a₀ = 1, b₀ = k′, c₀ = k; K = π/(2 a_∞),
 * E = K (1 − Σ_n 2^{n−1} c_n²).
 */
export function ellipticKE(k: number, kPrime: number): { K: number; E: number } {
  if (!(k >= 0 && k < 1) || !(kPrime > 0 && kPrime <= 1))
    throw new RangeError(`ellipticKE: need k ∈ [0, 1) and k′ ∈ (0, 1], got ${k}, ${kPrime}`);
  let a = 1;
  let b = kPrime;
  let c = k;
  let sum = 0.5 * c * c; // 2^{−1} c₀²
  let pow = 0.5;
  for (let n = 0; n < 64 && Math.abs(c) > 1e-17 * a; n++) {
    const an = (a + b) / 2;
    const bn = Math.sqrt(a * b);
    c = (a - b) / 2;
    a = an;
    b = bn;
    pow *= 2;
    sum += pow * c * c;
  }
  const K = Math.PI / (2 * a);
  return { K, E: K * (1 - sum) };
}

/**
 * Specific heat per spin c(β) = −β² ∂u/∂β of the infinite square lattice at inverse temperature
 * β > 0, β ≠ K_c (RangeError there: c is infinite), from Onsager's energy per spin
 * u = −coth 2K [1 + (2/π) κ″ K₁(κ)] (K = β) differentiated in closed form:
 *   ∂u/∂K = 2(coth² 2K − 1)[1 + (2/π)κ″K₁] − coth 2K (2/π)[8 t(1 − t²) K₁ + 4(1 − s²)² K₁/(κ ch⁵) − 4E₁/(κ ch)],
 * with s = sinh 2K, ch = cosh 2K, t = tanh 2K, using κ″ = −(1 − s²)/ch², ∂κ/∂K = 4(1 − s²)/ch³ and
 * dK₁/dκ = E₁/(κ k′²) − K₁/κ, k′ = |1 − s²|/ch² (exact algebra: cosh⁴ − 4 sinh² = (1 − sinh²)²).
 * Every factor that vanishes at K_c is written as a power of (1 − s²), so c keeps its precision
 * next to K_c, where it diverges like (8/π)K_c² ln(1/|1 − β/K_c|).
 */
export function onsagerSpecificHeat(beta: number): number {
  if (typeof beta !== "number" || !(beta > 0) || !(beta <= 350))
    throw new RangeError(`onsagerSpecificHeat: β must be in (0, 350], got ${String(beta)}`);
  const s = Math.sinh(2 * beta);
  const ch = Math.cosh(2 * beta);
  const oneMinusS2 = (1 - s) * (1 + s);
  const kPrime = Math.abs(oneMinusS2) / (ch * ch);
  if (beta === ONSAGER_KC || !(kPrime > 0))
    throw new RangeError(`onsagerSpecificHeat: c is infinite at β = K_c, got β = ${beta}`);
  const kappa = (2 * s) / (ch * ch);
  const t = s / ch;
  const coth = 1 / t;
  const kpp = -oneMinusS2 / (ch * ch);
  const { K, E } = ellipticKE(Math.min(kappa, 1 - Number.EPSILON), kPrime);
  const twoOverPi = 2 / Math.PI;
  const duDK =
    2 * (coth * coth - 1) * (1 + twoOverPi * kpp * K) -
    coth *
      twoOverPi *
      (8 * t * (1 - t * t) * K + (4 * oneMinusS2 * oneMinusS2 * K) / (kappa * ch ** 5) - (4 * E) / (kappa * ch));
  return -beta * beta * duDK;
}
