import { describe, expect, it } from "vitest";
import {
  eq6Energy,
  type LeanIsingModel,
  leanAttentionMatrix,
  leanEffectiveModel,
  leanHamiltonian,
} from "../../src/lean/listing.js";

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

describe("listing transcriptions: domain (issue 15)", () => {
  const J = [
    [0, 1],
    [1, 0],
  ];
  it("leanHamiltonian names model.J, model.h or spins", () => {
    expect(() => leanHamiltonian({ J: [[0, 1]], h: [0, 0] }, [1, -1])).toThrow(
      /leanHamiltonian: model\.J must be square/,
    );
    expect(() => leanHamiltonian({ J, h: [0] }, [1, -1])).toThrow(/model\.h must have length 2/);
    expect(() => leanHamiltonian({ J, h: [0, 0] }, [1, Number.NaN])).toThrow(
      /leanHamiltonian: spins\[1\] must be finite/,
    );
    expect(() => leanHamiltonian(5 as unknown as LeanIsingModel, [1])).toThrow(/model must be an object/);
  });
  it("eq6Energy names J, h or spins, and refuses an overflowing energy (was ±∞)", () => {
    expect(() => eq6Energy(J, Number.NaN, [1, -1])).toThrow(/eq6Energy: h must be finite/);
    expect(() => eq6Energy(J, 0, [1])).toThrow(/eq6Energy: spins must have length 2/);
    expect(() => eq6Energy([[1e308]], 0, [1e10])).toThrow(/eq6Energy: the energy overflows float64/);
    expect(eq6Energy(J, 0.5, [1, -1])).toBe(2);
  });
  it("leanEffectiveModel refuses no layers, layers of different sizes and NaN couplings", () => {
    expect(() => leanEffectiveModel([])).toThrow(/leanEffectiveModel: layers must hold at least one model/);
    expect(() =>
      leanEffectiveModel([
        { J, h: [0, 0] },
        { J: [[0]], h: [0] },
      ]),
    ).toThrow(/layers\[1\] has 1 spins/);
    expect(() => leanEffectiveModel([{ J: [[Number.NaN]], h: [0] }])).toThrow(
      /layers\[0\]\.J\[0\]\[0\] must be finite/,
    );
  });
});
