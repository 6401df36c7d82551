import { describe, expect, it } from "vitest";
import { expmFloat } from "../../src/linalg/expm.js";
import { commutator, fromRows, matmul, toRows, transposeMatrix } from "../../src/linalg/matrix.js";
import { SO3_LX, SO3_LY, so3TowerBlock } from "../../src/linalg/so3-tower.js";
import { trotterError } from "../../src/precision/trotter.js";
import { trotterErrorFloat } from "../../src/linalg/trotter-float.js";

describe("so3TowerBlock", () => {
  it("is skew (its exponentials are rotations) and [L_x, L_y] = L_z", () => {
    const [H1, H2] = so3TowerBlock(3);
    for (const H of [H1, H2]) {
      const E = fromRows(expmFloat(H));
      const I = toRows(matmul(E, transposeMatrix(E)));
      for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) expect(I[i][j]).toBeCloseTo(i === j ? 1 : 0, 12);
    }
    expect(toRows(commutator(fromRows(SO3_LX), fromRows(SO3_LY)))).toEqual([
      [0, -1, 0],
      [1, 0, 0],
      [0, 0, 0],
    ]);
  });
  it("block c·n keeps an n-step error of order 1 (float and decimal roads agree)", () => {
    for (const n of [1, 7, 100]) {
      const worst = Math.max(
        ...[1, 2, 3].map((c) => trotterError(so3TowerBlock(c * n), 1, n, { digits: 20 }).toNumber()),
      );
      expect(worst).toBeGreaterThan(0.5);
      const f = trotterErrorFloat(so3TowerBlock(2 * n), 1, n, 1);
      expect(f).toBeCloseTo(trotterError(so3TowerBlock(2 * n), 1, n, { digits: 20 }).toNumber(), 8);
    }
    expect(() => so3TowerBlock(Number.NaN)).toThrow(RangeError);
  });
});
