import { describe, expect, it } from "vitest";
import { expmApply, matVec } from "../../src/spinglass/linear-flow.js";
import { expmFloat } from "../../src/linalg/expm.js";
import { gaussianArray } from "../../src/spinglass/arbitraries.js";

describe("expmApply", () => {
  it("agrees with src/linalg's expm (scaling and squaring, second road)", () => {
    const N = 5;
    const J = gaussianArray(3, N * N, 0.5);
    const s = gaussianArray(4, N);
    const eps = 0.3;
    const E = expmFloat(Array.from({ length: N }, (_, i) => Array.from({ length: N }, (_, j) => -eps * J[i * N + j])));
    const direct = E.map((row) => row.reduce((acc, v, j) => acc + v * s[j], 0));
    const series = expmApply(J, N, s, eps);
    for (let i = 0; i < N; i++) expect(series[i]).toBeCloseTo(direct[i], 12);
  });
  it("is e^{−ελ} s for a diagonal J (closed form)", () => {
    const J = Float64Array.from([2, 0, 0, -1]);
    const r = expmApply(J, 2, [1, 1], 0.1);
    expect(r[0]).toBeCloseTo(Math.exp(-0.2), 14);
    expect(r[1]).toBeCloseTo(Math.exp(0.1), 14);
  });
  it("matVec checks sizes", () => expect(() => matVec([1, 2], 2, [1, 1])).toThrow(RangeError));
});
