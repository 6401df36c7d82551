import { describe, expect, it } from "vitest";
import { rgEigenvalueFate, rgEigenvalueMap, rgFlow, rgFlowTwiceExact, rgIterate } from "../../src/linalg/rg.js";

describe("RG map R(J) = ½(J + J²)", () => {
  it("fixes projectors and moves non-idempotents", () => {
    expect(
      rgFlow([
        [1, 0],
        [0, 0],
      ]),
    ).toEqual([
      [1, 0],
      [0, 0],
    ]);
    expect(
      rgFlow([
        [0.5, 0.5],
        [0.5, 0.5],
      ]),
    ).toEqual([
      [0.5, 0.5],
      [0.5, 0.5],
    ]);
    expect(
      rgFlow([
        [2, 0],
        [0, 0],
      ]),
    ).toEqual([
      [3, 0],
      [0, 0],
    ]);
    // An oblique (non-symmetric) idempotent: [[1, 1], [0, 0]].
    expect(
      rgFlowTwiceExact([
        [1n, 1n],
        [0n, 0n],
      ]),
    ).toEqual([
      [2n, 2n],
      [0n, 0n],
    ]);
  });

  it("eigenvalue fates follow iteration of f(λ) = λ(1+λ)/2", () => {
    for (const lambda of [-2.5, -1.999, -1.5, -0.5, 0.3, 0.999, 1.001, 3]) {
      let x = lambda;
      for (let k = 0; k < 200 && Math.abs(x) < 1e6; k++) x = rgEigenvalueMap(x);
      const fate = rgEigenvalueFate(lambda);
      if (fate === "zero") expect(Math.abs(x)).toBeLessThan(1e-12);
      else expect(Math.abs(x)).toBeGreaterThan(1e6);
    }
    expect(rgEigenvalueFate(-2)).toBe("one");
    expect(rgEigenvalueMap(-2)).toBe(1);
  });

  it("iterates until the cap", () => {
    expect(Math.abs(rgIterate([[2]], 1000)[0][0])).toBeGreaterThan(1e12);
    expect(Math.abs(rgIterate([[0.9]], 2000)[0][0])).toBeLessThan(1e-12);
  });
});
