import { describe, expect, it } from "vitest";
import { squareHeatPeak } from "../../src/ising/square-heat-peak.js";

/** Energy histogram of the L×L square (J = 1), torus or open, by enumerating all 2^{L²} states. */
function histogram(L: number, periodic: boolean): Map<number, number> {
  const h = new Map<number, number>();
  for (let st = 0; st < 2 ** (L * L); st++) {
    const spin = (r: number, c: number) => (Math.floor(st / 2 ** (r * L + c)) % 2 === 1 ? -1 : 1);
    let e = 0;
    for (let r = 0; r < L; r++)
      for (let c = 0; c < L; c++) {
        if (periodic || c < L - 1) e -= spin(r, c) * spin(r, (c + 1) % L);
        if (periodic || r < L - 1) e -= spin(r, c) * spin((r + 1) % L, c);
      }
    h.set(e, (h.get(e) ?? 0) + 1);
  }
  return h;
}

/** c(T) per spin = Var(E)/(N T²) from the histogram. */
function heat(h: Map<number, number>, N: number, T: number): number {
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

/** Maximiser of c on [1.2, 3.5]: a grid of step 10⁻³, then one of step 10⁻⁶ around the best. */
function gridPeak(c: (T: number) => number): { T: number; c: number } {
  let best = 1.2;
  for (let k = 0; k <= 2300; k++) if (c(1.2 + k / 1000) > c(best)) best = 1.2 + k / 1000;
  let fine = best;
  for (let k = -1000; k <= 1000; k++) if (c(best + k * 1e-6) > c(fine)) fine = best + k * 1e-6;
  return { T: fine, c: c(fine) };
}

describe("squareHeatPeak", () => {
  it("finds the peak of the enumerated specific heat, torus and open, L = 3 and 4 (energy histogram, grid search)", () => {
    for (const L of [3, 4])
      for (const periodic of [true, false]) {
        const h = histogram(L, periodic);
        const want = gridPeak((T) => heat(h, L * L, T));
        const got = squareHeatPeak(L, periodic, 1.2, 3.5, 1e-6);
        expect(Math.abs(got.T - want.T)).toBeLessThan(1e-4);
        expect(got.c).toBeCloseTo(want.c, 8);
      }
  });
});
