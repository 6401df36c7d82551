import { describe, expect, it } from "vitest";
import { Decimal } from "decimal.js";
import { decimalContext, rowsOf } from "../../src/precision/decimal-matrix.js";
import { growthFamily } from "../../src/precision/growth-family.js";
import { layerExponentialProduct, minusBetaSum } from "../../src/precision/layer-product.js";

describe("layerExponentialProduct at the requested digits", () => {
  it("is e^{−βΣd} on diagonal layers to 60 digits (decimal.js exp as the second road)", () => {
    const X = Decimal.clone({ precision: 80 });
    const P = rowsOf(
      layerExponentialProduct(
        [
          [
            [0.25, 0],
            [0, 1],
          ],
          [
            [0.5, 0],
            [0, -2],
          ],
        ],
        1,
        60,
        decimalContext(60),
      ),
    );
    // e^{−0.75} and e^{1} (dyadic entries: −β·x is exact in float64): each factor at 60 digits, the product rounded at 60: ≤ 10^−58 relative.
    // (At expm's default of 34 digits the factors would be off by ~10^−34.)
    const rel = (a: Decimal, b: Decimal) => a.minus(b).div(b).abs().toNumber();
    expect(rel(new X(P[0][0]), new X("-0.75").exp())).toBeLessThan(1e-58);
    expect(rel(new X(P[1][1]), new X(1).exp())).toBeLessThan(1e-58);
  });
  it("names itself when refusing an empty list or a non-finite t", () => {
    expect(() => layerExponentialProduct([], 1, 20, decimalContext(20))).toThrow(/^layerExponentialProduct: no layers/);
    expect(() => minusBetaSum([], 1)).toThrow(/^minusBetaSum: no layers/);
    expect(() => growthFamily(Number.POSITIVE_INFINITY)).toThrow(/^growthFamily: t = Infinity is not finite/);
  });
});
