/**
 * The two sides of paper 000 eq 11/13 at high precision: the product of the layer exponentials
 * ∏_l e^{−βH_l} and the exponent −βΣ_l H_l of the single exponential.
 *
 * @module
 */
import { fromRows, isSymmetric, spectralNorm, symmetricEigenvalues } from "../linalg/matrix.js";
import { expm } from "./expm.js";
import { type DecimalCtor, type DecimalMatrix, dmul, toDecimalMatrix } from "./decimal-matrix.js";

/**
 * ∏_l e^{−βH_l} (left to right, l = 1 … L) with `digits`-digit decimals: each factor by the
 * arbitrary-precision {@link expm}, the product in the decimal context `C`.
 */
export function layerExponentialProduct(
  Hs: ReadonlyArray<ReadonlyArray<ReadonlyArray<number>>>,
  beta: number,
  digits: number,
  C: DecimalCtor,
): DecimalMatrix {
  if (Hs.length === 0) throw new RangeError("layerExponentialProduct: no layers");
  return Hs.map((H) =>
    toDecimalMatrix(
      expm(
        H.map((r) => r.map((x) => -beta * x)),
        { digits },
      ),
      C,
    ),
  ).reduce((X, Y) => dmul(X, Y, C));
}

/**
 * −βΣ_l H_l in float64, summed layer by layer (exact for the dyadic inputs k/4 and β = k/16 the
 * Trotter family uses, whose sums need few bits).
 */
export function minusBetaSum(Hs: ReadonlyArray<ReadonlyArray<ReadonlyArray<number>>>, beta: number): number[][] {
  if (Hs.length === 0) throw new RangeError("minusBetaSum: no layers");
  return Hs.reduce<number[][]>(
    (acc, H) => acc.map((r, i) => r.map((x, j) => x - beta * H[i][j])),
    Hs[0].map((r) => r.map(() => 0)),
  );
}

/**
 * How much the layer product magnifies its factors' rounding, relative to the single exponential:
 * ∏_l ‖e^{−βH_l}‖₂ / ‖e^{−βΣ_l H_l}‖₂, for symmetric layers and β ≥ 0. Each factor's error is a few
 * units of its last digit times its own norm, and the product's error is their sum times the other
 * factors' norms; dividing by ‖e^{−βΣH}‖₂ makes it relative. For symmetric H, ‖e^{−βH}‖₂ =
 * e^{−βλ_min(H)}, so the ratio is e^{β(λ_min(ΣH) − Σ_l λ_min(H_l))}, at least 1 by Weyl's inequality
 * (λ_min(ΣH) ≥ Σλ_min(H_l)) and 1 when all minima share an eigenvector. Float64: a tolerance scale.
 */
export function layerProductAmplification(
  Hs: ReadonlyArray<ReadonlyArray<ReadonlyArray<number>>>,
  beta: number,
): number {
  if (!(beta >= 0) || !Number.isFinite(beta))
    throw new RangeError(`layerProductAmplification: beta must be finite and ≥ 0, got ${beta}`);
  const lowest = (H: ReadonlyArray<ReadonlyArray<number>>, name: string) => {
    const M = fromRows(H);
    if (!isSymmetric(M, 1e-12)) throw new RangeError(`layerProductAmplification: ${name} must be symmetric`);
    return Math.min(...symmetricEigenvalues(M));
  };
  const layerMinima = Hs.reduce((t, H, l) => t + lowest(H, `Hs[${l}]`), 0);
  const sum = Hs[0].map((r, i) => r.map((_, j) => Hs.reduce((t, H) => t + H[i][j], 0)));
  const sumMinimum = lowest(sum, "Σ_l H_l");
  return Math.exp(beta * (sumMinimum - layerMinima));
}

/**
 * e^{|β|Σ_l ‖H_l‖₂}: a bound on the norm of every product of the factors e^{∓βH_l/n}, e^{∓βH_l/(2n)}
 * that a Trotter step and its powers form (‖e^{A}‖ ≤ e^{‖A‖}, submultiplicativity), so the scale of a
 * float road's rounding. Any square layers; float64.
 */
export function layerNormGrowth(Hs: ReadonlyArray<ReadonlyArray<ReadonlyArray<number>>>, beta: number): number {
  if (!Number.isFinite(beta)) throw new RangeError(`layerNormGrowth: beta must be finite, got ${beta}`);
  return Math.exp(Math.abs(beta) * Hs.reduce((t, H) => t + spectralNorm(fromRows(H)), 0));
}
