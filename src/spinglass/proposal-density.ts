/**
 * The thesis' local proposal density as printed (eq 3.5), for checking what it says:
 * Q(y|x) = 1/(N√(2πD)) exp[−½ ((y − x)/(N√D))²], the square read as ‖y − x‖².
 *
 * As printed its width is N√D (the inverse of the stated σ = 1/(N√D)) and its prefactor is a
 * one-dimensional normalization, so over ℝ^D it integrates to (2πN²D)^{D/2}/(N√(2πD)).
 *
 * @module
 */

/** log Q(y|x) of eq 3.5 as printed, for D-vectors x, y (D = their length). */
export function logQPrinted(y: ArrayLike<number>, x: ArrayLike<number>, N: number, D: number): number {
  if (y.length !== x.length) throw new RangeError("logQPrinted: x and y differ in length");
  let d2 = 0;
  for (let a = 0; a < y.length; a++) d2 += (y[a] - x[a]) ** 2;
  return -Math.log(N * Math.sqrt(2 * Math.PI * D)) - (0.5 * d2) / (N * N * D);
}

/**
 * log ∫_{ℝ^D} Q(y|x) dy for the printed Q, in closed form: a Gaussian of standard deviation N√D per
 * component integrates to (2πN²D)^{D/2}, divided by the prefactor's N√(2πD).
 */
export function logIntegralPrinted(N: number, D: number): number {
  return (D / 2) * Math.log(2 * Math.PI * N * N * D) - Math.log(N * Math.sqrt(2 * Math.PI * D));
}
