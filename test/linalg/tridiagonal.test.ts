import { describe, expect, it } from "vitest";
import { eigenvaluesBelow, tridiagonalExtremeEigenvalue } from "../../src/linalg/tridiagonal.js";
import { fromRows, symmetricEigenvalues } from "../../src/linalg/matrix.js";
import { Prng } from "../../src/random/prng.js";

const tight = (lo: number, hi: number, mid: number) => hi - lo <= 2e-16 * Math.max(1, Math.abs(mid));

describe("tridiagonal extreme eigenvalues", () => {
  it("counts eigenvalues below x: 2cos(kπ/(n+1)) for the path-graph Laplacian's adjacency", () => {
    // a = 0, b = 1: eigenvalues 2cos(kπ/6), k = 1..5 = ±√3, ±1, 0.
    const a = [0, 0, 0, 0, 0];
    const b = [1, 1, 1, 1];
    expect(eigenvaluesBelow(a, b, -1.8)).toBe(0);
    expect(eigenvaluesBelow(a, b, 0.5)).toBe(3);
    expect(eigenvaluesBelow(a, b, 1.8)).toBe(5);
    expect(tridiagonalExtremeEigenvalue(a, b, "largest", tight)).toBeCloseTo(Math.sqrt(3), 14);
    expect(tridiagonalExtremeEigenvalue(a, b, "lowest", tight)).toBeCloseTo(-Math.sqrt(3), 14);
  });
  it("agrees with Jacobi (symmetricEigenvalues) on random tridiagonals", () => {
    const rng = new Prng(5);
    for (let t = 0; t < 20; t++) {
      const n = 2 + (t % 7);
      const a = Array.from({ length: n }, () => 4 * rng.next() - 2);
      const b = Array.from({ length: n - 1 }, () => 2 * rng.next() - 1);
      const rows = a.map((ai, i) => a.map((_, j) => (i === j ? ai : Math.abs(i - j) === 1 ? b[Math.min(i, j)] : 0)));
      const ev = Array.from(symmetricEigenvalues(fromRows(rows))).sort((x, y) => x - y);
      expect(tridiagonalExtremeEigenvalue(a, b, "lowest", tight)).toBeCloseTo(ev[0], 12);
      expect(tridiagonalExtremeEigenvalue(a, b, "largest", tight)).toBeCloseTo(ev[n - 1], 12);
    }
  });
});
