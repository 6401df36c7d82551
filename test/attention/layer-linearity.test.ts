import { describe, expect, it } from "vitest";
import { additivityDefect, attentionLayerOutput } from "../../src/attention/layer-linearity.js";

const x = [
  [1, 0],
  [0, 2],
  [-1, 1],
];
const y = [
  [0.5, 1],
  [2, -1],
  [0, 0.5],
];

describe("attention layer linearity", () => {
  it("with W_Q = 0 the weights are uniform (1/N) and the layer is linear: additivity defect ≈ 0; output by hand", () => {
    const l = {
      wq: [
        [0, 0],
        [0, 0],
      ],
      wk: [
        [1, 0],
        [0, 1],
      ],
      wv: [
        [1, 0],
        [0, 1],
      ],
    };
    expect(additivityDefect(l, x, y)).toBeLessThan(1e-14);
    // Uniform weights: every output row is the column mean of X.
    const out = attentionLayerOutput(l, x);
    for (const row of out) {
      expect(row[0]).toBeCloseTo(0, 14);
      expect(row[1]).toBeCloseTo(1, 14);
    }
  });
  it("with content-dependent weights additivity fails", () => {
    const I = [
      [1, 0],
      [0, 1],
    ];
    expect(additivityDefect({ wq: I, wk: I, wv: I }, x, y)).toBeGreaterThan(1e-2);
  });
});
