/**
 * The two sides of paper 000 eq 11/13 at high precision: the product of the layer exponentials
 * ∏_l e^{−βH_l} and the exponent −βΣ_l H_l of the single exponential.
 *
 * @module
 */
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
