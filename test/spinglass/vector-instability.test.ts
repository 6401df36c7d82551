import { describe, expect, it } from "vitest";
import { symmetrizedCouplings, topEigenpair, topEigenvalue, vectorTc } from "../../src/spinglass/vector-instability.js";
import { symmetricEigenvalues } from "../../src/linalg/matrix.js";
import { fromRows } from "../../src/linalg/matrix.js";

describe("topEigenvalue", () => {
  it("finds 2cos(π/(n+1)) for the path graph's adjacency (closed form)", () => {
    const n = 12;
    const K = new Float64Array(n * n);
    for (let i = 0; i + 1 < n; i++) K[i * n + i + 1] = K[(i + 1) * n + i] = 1;
    expect(topEigenvalue(K, n, 2)).toBeCloseTo(2 * Math.cos(Math.PI / (n + 1)), 9);
  });
  it("agrees with the Jacobi eigenvalues of src/linalg on a random K = J + Jᵀ (second road)", () => {
    const N = 30;
    const { K, norm } = symmetrizedCouplings(N, 7);
    const rows = Array.from({ length: N }, (_, i) => Array.from(K.subarray(i * N, (i + 1) * N)));
    const values = symmetricEigenvalues(fromRows(rows));
    expect(topEigenvalue(K, N, norm)).toBeCloseTo(Math.max(...values), 5);
  });
});

describe("vectorTc", () => {
  it("is ≈ √2 R²/D at large N (semicircle edge 2√2 of K = J + Jᵀ)", () => {
    const D = 32;
    const tc = vectorTc(200, D, 2);
    expect(tc / ((Math.SQRT2 * (D / 2 - 1)) / D)).toBeGreaterThan(0.9);
    expect(tc / ((Math.SQRT2 * (D / 2 - 1)) / D)).toBeLessThan(1.05);
  });
});

describe("topEigenpair", () => {
  it("returns a unit vector with K v ≈ λ v, λ the Jacobi top eigenvalue (second road)", () => {
    const N = 12;
    const { K, norm } = symmetrizedCouplings(N, 5);
    const { value, vector } = topEigenpair(K, N, norm);
    expect(Math.hypot(...vector)).toBeCloseTo(1, 12);
    for (let i = 0; i < N; i++) {
      let s = 0;
      for (let j = 0; j < N; j++) s += K[i * N + j] * vector[j];
      expect(s).toBeCloseTo(value * vector[i], 5);
    }
    const rows = Array.from({ length: N }, (_, i) => Array.from(K.subarray(i * N, (i + 1) * N)));
    expect(value).toBeCloseTo(Math.max(...symmetricEigenvalues(fromRows(rows))), 6);
  });
});
