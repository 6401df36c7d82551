import { describe, expect, it } from "vitest";
import { curieWeissMacrostatePeak, curieWeissMicrostateMode } from "../../src/meanfield/curie-weiss-peaks.js";
import { meanFieldSolutions } from "../../src/meanfield/self-consistency.js";

/** Second road: the macrostate weights C(N,k) e^{βM²/2N} by direct log-sum, N small. */
function bruteMacroPeak(N: number, beta: number): number {
  let best = 0;
  let bestLog = Number.NEGATIVE_INFINITY;
  for (let k = 0; k <= N; k++) {
    let lnC = 0;
    for (let i = 1; i <= k; i++) lnC += Math.log((N - i + 1) / i);
    const M = N - 2 * k;
    const l = lnC + (beta * M * M) / (2 * N);
    if (l > bestLog + 1e-12) {
      bestLog = l;
      best = k;
    }
  }
  return Math.abs(N - 2 * best) / N;
}

describe("Curie–Weiss peaks", () => {
  it("the macrostate peak equals the brute-force one and moves with β", () => {
    for (const beta of [0.5, 0.9, 1.3, 2])
      for (const N of [10, 40]) expect(curieWeissMacrostatePeak(N, beta)).toBe(bruteMacroPeak(N, beta));
    expect(curieWeissMacrostatePeak(2000, 0.5)).toBe(0);
    expect(Math.abs(curieWeissMacrostatePeak(2000, 2) - Math.max(...meanFieldSolutions(2)))).toBeLessThan(0.02);
  });
  it("the microstate mode is a ground state (|m| = 1) at every β", () => {
    for (const beta of [0.1, 0.5, 0.99, 1.5, 3]) expect(curieWeissMicrostateMode(20, beta)).toBe(1);
  });
});
