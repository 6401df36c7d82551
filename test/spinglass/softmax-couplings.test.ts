import { describe, expect, it } from "vitest";
import { softmaxCouplings } from "../../src/spinglass/softmax-couplings.js";
import { gaussianArray } from "../../src/spinglass/arbitraries.js";

describe("softmaxCouplings", () => {
  it("matches exp(score)/Σ exp(score) computed from x W_Q W_Kᵀ xᵀ directly (second road)", () => {
    const [N, D] = [4, 3];
    const x = gaussianArray(1, N * D);
    const WQ = gaussianArray(2, D * D);
    const WK = gaussianArray(3, D * D);
    const J = softmaxCouplings(x, WQ, WK, N, D);
    // score_ij = Σ_{a,b,c} x_ia WQ_ab WK_cb x_jc
    for (let i = 0; i < N; i++) {
      const scores = Array.from({ length: N }, (_, j) => {
        let s = 0;
        for (let a = 0; a < D; a++)
          for (let b = 0; b < D; b++)
            for (let c = 0; c < D; c++) s += x[i * D + a] * WQ[a * D + b] * WK[c * D + b] * x[j * D + c];
        return s;
      });
      const z = scores.reduce((p, s) => p + Math.exp(s), 0);
      for (let j = 0; j < N; j++) expect(J[i * N + j]).toBeCloseTo(Math.exp(scores[j]) / z, 12);
    }
  });
});
