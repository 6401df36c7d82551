import { describe, expect, it } from "vitest";
import { Decimal } from "decimal.js";
import { fromEntries } from "../../src/precision/bigfloat-matrix.js";
import { spectralNormBig } from "../../src/precision/spectral-norm.js";
import { decimalContext, dspectralNorm, toDecimalMatrix } from "../../src/precision/decimal-matrix.js";

const D = decimalContext(50);

describe("spectralNormBig", () => {
  it("agrees with the decimal Jacobi road on a non-symmetric matrix", () => {
    const A = [
      ["1", "2", "0"],
      ["-0.5", "0.25", "3"],
      ["0", "1", "-1"],
    ];
    const a = spectralNormBig(fromEntries(A, 220), 200, D);
    const b = dspectralNorm(toDecimalMatrix(A, D), D);
    expect(a.minus(b).abs().lt(new Decimal(10).pow(-45))).toBe(true);
  });

  it("handles degenerate and nearly degenerate top singular values", () => {
    // Singular values 1 and 1 − 1e-30: float64 cannot see the gap.
    const A = [
      ["1", "0"],
      ["0", "0.999999999999999999999999999999"],
    ];
    expect(spectralNormBig(fromEntries(A, 220), 200, D).toString()).toBe("1");
    const B = [
      ["2", "0"],
      ["0", "-2"],
    ];
    expect(spectralNormBig(fromEntries(B, 220), 200, D).toString()).toBe("2");
  });

  it("is 0 for the zero matrix", () => {
    expect(
      spectralNormBig(
        fromEntries(
          [
            [0, 0],
            [0, 0],
          ],
          64,
        ),
        64,
        D,
      ).toString(),
    ).toBe("0");
  });
});
