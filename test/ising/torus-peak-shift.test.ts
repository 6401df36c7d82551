import { describe, expect, it } from "vitest";
import { ONSAGER_TC } from "../../src/ising/onsager.js";
import { seamSpecificHeatPeak } from "../../src/ising/seam-lattice.js";
import { torusPeakShift } from "../../src/ising/torus-peak-shift.js";

/** Energy histogram of the L×L torus (J = 1) by enumerating all 2^{L²} states: energy → count. */
function torusHistogram(L: number): Map<number, number> {
  const h = new Map<number, number>();
  for (let st = 0; st < 2 ** (L * L); st++) {
    const spin = (r: number, c: number) => (Math.floor(st / 2 ** (r * L + c)) % 2 === 1 ? -1 : 1);
    let e = 0;
    for (let r = 0; r < L; r++)
      for (let c = 0; c < L; c++) e -= spin(r, c) * (spin(r, (c + 1) % L) + spin((r + 1) % L, c));
    h.set(e, (h.get(e) ?? 0) + 1);
  }
  return h;
}

/** c(T) per spin = (⟨E²⟩ − ⟨E⟩²)/(N T²) from the histogram. */
function heatFromHistogram(h: Map<number, number>, N: number, T: number): number {
  const e0 = Math.min(...h.keys());
  let z = 0;
  let m1 = 0;
  let m2 = 0;
  for (const [e, g] of h) {
    const w = g * Math.exp(-(e - e0) / T);
    z += w;
    m1 += w * e;
    m2 += w * e * e;
  }
  return (m2 / z - (m1 / z) ** 2) / (N * T * T);
}

/** The maximiser of c on [2, 3] by a grid of 1001 points refined by a second grid around the best (no golden section). */
function peakByGrid(c: (T: number) => number): number {
  let best = 2;
  for (let k = 0; k <= 1000; k++) {
    const T = 2 + k / 1000;
    if (c(T) > c(best)) best = T;
  }
  let fine = best;
  for (let k = -1000; k <= 1000; k++) {
    const T = best + k * 1e-6;
    if (c(T) > c(fine)) fine = T;
  }
  return fine;
}

describe("torusPeakShift", () => {
  it("is T_peak − T_c of the enumerated torus specific heat (L = 3, 4; grid search on the energy histogram)", () => {
    for (const L of [3, 4]) {
      const h = torusHistogram(L);
      const T = peakByGrid((t) => heatFromHistogram(h, L * L, t));
      expect(Math.abs(torusPeakShift(L) - (T - ONSAGER_TC))).toBeLessThan(1e-4);
    }
  });

  it("agrees with the seam lattice at s = 1 (the torus, a different transfer matrix) for L = 5, 6", () => {
    for (const L of [5, 6]) {
      const seam = seamSpecificHeatPeak(L, 1, 1e-6);
      expect(Math.abs(torusPeakShift(L) - (seam.T - ONSAGER_TC))).toBeLessThan(1e-4);
    }
  });

  it("is positive and shrinks with L (the torus peak approaches T_c from above, about as 1/L)", () => {
    const s = [5, 6, 7, 8].map((L) => torusPeakShift(L));
    for (const v of s) expect(v).toBeGreaterThan(0);
    for (let k = 1; k < s.length; k++) expect(s[k]).toBeLessThan(s[k - 1]);
    const slope = Math.log(s[3] / s[2]) / Math.log(8 / 7);
    expect(slope).toBeGreaterThan(-1.5);
    expect(slope).toBeLessThan(-0.5);
  });
});
