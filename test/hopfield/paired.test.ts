import { describe, expect, it } from "vitest";
import { attractorBasins, stateOfCode } from "../../src/hopfield/basins.js";
import { ferromagneticPairs } from "../../src/hopfield/paired.js";

describe("ferromagnetically coupled pairs", () => {
  it("have 2^{N/2} attractors; second road: count states whose every field agrees with the unit", () => {
    for (const N of [2, 4, 6, 8]) {
      const W = ferromagneticPairs(N);
      expect(attractorBasins(W, new Float64Array(N), N).attractors.length).toBe(2 ** (N / 2));
      let fixed = 0;
      for (let c = 0; c < 2 ** N; c++) {
        const s = stateOfCode(c, N);
        let ok = true;
        for (let i = 0; i < N; i++) {
          let h = 0;
          for (let j = 0; j < N; j++) h += W[i * N + j] * s[j];
          if (h * s[i] <= 0) ok = false;
        }
        if (ok) fixed++;
      }
      expect(fixed).toBe(2 ** (N / 2));
    }
    expect(() => ferromagneticPairs(3)).toThrow(RangeError);
  });
});
