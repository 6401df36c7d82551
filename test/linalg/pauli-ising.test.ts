import { describe, expect, it } from "vitest";
import { pauliIsing } from "../../src/linalg/pauli-ising.js";
import { isingDiagonal } from "../../src/linalg/random.js";
import { Prng } from "../../src/random/prng.js";

/** Second road: −Σ J_ij X_i X_j + h Σ X_i from bit-flip operators (X_i flips bit i of the index). */
function byBitFlips(J: number[][], h: number): number[][] {
  const N = J.length;
  const dim = 2 ** N;
  const H = Array.from({ length: dim }, () => new Array<number>(dim).fill(0));
  for (let b = 0; b < dim; b++) {
    for (let i = 0; i < N; i++) {
      H[b ^ (1 << i)][b] += h;
      for (let j = 0; j < N; j++) H[b ^ (1 << i) ^ (1 << j)][b] -= J[i][j];
    }
  }
  return H;
}

describe("pauliIsing", () => {
  it("along z is the classical diagonal; along x equals the bit-flip construction", () => {
    const prng = new Prng(11);
    for (let N = 1; N <= 3; N++) {
      const J = Array.from({ length: N }, () => Array.from({ length: N }, () => (prng.int(9) - 4) / 4));
      const h = 0.75;
      expect(pauliIsing(J, h, "z")).toEqual(isingDiagonal(J, h));
      const a = pauliIsing(J, h, "x");
      const b = byBitFlips(J, h);
      for (let r = 0; r < a.length; r++) for (let c = 0; c < a.length; c++) expect(a[r][c]).toBeCloseTo(b[r][c], 12);
    }
  });
  it("single spin: h σ^x", () => {
    const H = pauliIsing([[0]], 1, "x");
    expect(H[0][1]).toBeCloseTo(1, 14);
    expect(H[0][0]).toBeCloseTo(0, 14);
  });
});
