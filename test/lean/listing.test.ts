import { describe, expect, it } from "vitest";
import { eq6Energy, leanAttentionMatrix, leanEffectiveModel, leanHamiltonian } from "../../src/lean/listing.js";

describe("transcriptions of the Lean listing", () => {
  it("Hamiltonian: −Σ J s s − Σ h s (by hand on two spins)", () => {
    // J = [[0,1],[1,0]], h = [1, 2], s = [1, −1]: interaction = −2, field = −1 → 2 + 1 = 3.
    expect(
      leanHamiltonian(
        {
          J: [
            [0, 1],
            [1, 0],
          ],
          h: [1, 2],
        },
        [1, -1],
      ),
    ).toBe(3);
    // eq 6 with uniform h = 1: −(−2) + 1·0 = 2.
    expect(
      eq6Energy(
        [
          [0, 1],
          [1, 0],
        ],
        1,
        [1, -1],
      ),
    ).toBe(2);
  });

  it("EffectiveIsingHamiltonian sums J and h", () => {
    const e = leanEffectiveModel([
      { J: [[1]], h: [2] },
      { J: [[3]], h: [-1] },
    ]);
    expect(e).toEqual({ J: [[4]], h: [1] });
  });

  it("attentionMatrix is normalized over all pairs", () => {
    const A = leanAttentionMatrix([[0], [0]], [[0], [0]], 1);
    expect(A.flat()).toEqual([0.25, 0.25, 0.25, 0.25]);
  });
});
