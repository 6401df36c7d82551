import { describe, expect, it } from "vitest";
import {
  isingDiagonal,
  randomCommuting,
  randomOrthogonal,
  randomPsd,
  randomSymmetric,
  withSpectrum,
} from "../../src/linalg/random.js";
import {
  commutator,
  fromRows,
  isSymmetric,
  matmul,
  symmetricEigenvalues,
  transposeMatrix,
} from "../../src/linalg/matrix.js";
import { Prng } from "../../src/random/prng.js";

describe("random matrix families", () => {
  it("commuting family commutes exactly in float64", () => {
    for (let seed = 0; seed < 20; seed++) {
      const [A, B, C] = randomCommuting(new Prng(seed), 5, 3).map(fromRows);
      expect(Array.from(commutator(A, B).data).every((x) => x === 0)).toBe(true);
      expect(Array.from(commutator(B, C).data).every((x) => x === 0)).toBe(true);
    }
  });

  it("symmetric and PSD families have the promised structure", () => {
    const p = new Prng(3);
    expect(isSymmetric(fromRows(randomSymmetric(p, 4)))).toBe(true);
    const ev = symmetricEigenvalues(fromRows(randomPsd(p, 4)));
    expect(ev[0]).toBeGreaterThan(-1e-12);
  });

  it("orthogonal matrices and prescribed spectra", () => {
    const Q = fromRows(randomOrthogonal(new Prng(5), 4));
    const I = matmul(transposeMatrix(Q), Q);
    I.data.forEach((x, k) => expect(x).toBeCloseTo(k % 5 === 0 ? 1 : 0, 12));
    const ev = symmetricEigenvalues(fromRows(withSpectrum(randomOrthogonal(new Prng(6), 3), [-1, 0.5, 2])));
    expect(Array.from(ev).map((x) => Number(x.toFixed(10)))).toEqual([-1, 0.5, 2]);
  });

  it("isingDiagonal follows eq 6 (two spins by hand)", () => {
    // J = [[0, 1], [0, 0]], h = 0.5: E(s) = −s0 s1 + 0.5(s0 + s1); index k: bit i set → s_i = −1.
    const H = isingDiagonal(
      [
        [0, 1],
        [0, 0],
      ],
      0.5,
    );
    expect([H[0][0], H[1][1], H[2][2], H[3][3]]).toEqual([0, 1, 1, -2]);
    expect(H[0][1]).toBe(0);
  });
});
