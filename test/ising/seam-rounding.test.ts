import { describe, expect, it } from "vitest";
import { specificHeatPerSpin } from "../../src/ising/finite-size.js";
import { ONSAGER_TC } from "../../src/ising/onsager.js";
import { seamRounding } from "../../src/ising/seam-rounding.js";
import { torusPeakShift } from "../../src/ising/torus-peak-shift.js";

/** Maximiser and maximum of c on [1.2, 4]: grid of 2801 points, then a grid of step 1e-6 around the best. */
function peakByGrid(c: (T: number) => number): { T: number; c: number } {
  let best = 1.2;
  for (let k = 0; k <= 2800; k++) {
    const T = 1.2 + k / 1000;
    if (c(T) > c(best)) best = T;
  }
  let fine = best;
  for (let k = -1000; k <= 1000; k++) {
    const T = best + k * 1e-6;
    if (c(T) > c(fine)) fine = T;
  }
  return { T: fine, c: c(fine) };
}

describe("seamRounding", () => {
  it("at s = 0 reads the open square's peak (finite-size.ts's exact jets, grid search) for L = 4, 5", () => {
    for (const L of [4, 5]) {
      const open = peakByGrid((T) => specificHeatPerSpin(L, T, false));
      const r = seamRounding(L, 0, 1e-6);
      expect(Math.abs(r.shift - Math.abs(open.T - ONSAGER_TC))).toBeLessThan(1e-4);
      expect(r.height).toBeCloseTo(open.c, 5);
    }
  });

  it("at s = 1 has the torus shift of torusPeakShift (positive there, so |·| changes nothing)", () => {
    for (const L of [4, 6]) expect(Math.abs(seamRounding(L, 1, 1e-6).shift - torusPeakShift(L))).toBeLessThan(1e-4);
  });

  it("is the torus that is less rounded than the open square at L = 5 (higher peak, closer to T_c)", () => {
    const open = seamRounding(5, 0);
    const torus = seamRounding(5, 1);
    expect(torus.height).toBeGreaterThan(open.height);
    expect(torus.shift).toBeLessThan(open.shift);
  });
});
