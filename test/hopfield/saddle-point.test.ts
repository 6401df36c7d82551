import { describe, expect, it } from "vitest";
import { basinMoments, doubleWell, doubleWellCriticalPoints } from "../../src/hopfield/saddle-point.js";

describe("doubleWellCriticalPoints", () => {
  it("the closed-form roots solve E′ = 0 (second road: bisection on each bracket)", () => {
    for (const [a, h] of [
      [1, 0],
      [1, 0.5],
      [0.2, 0.1],
      [5, -3],
      [1, 1.4],
    ]) {
      const w = doubleWell(a, h);
      const r = doubleWellCriticalPoints(w);
      const brackets: [number, number][] = [
        [-3, -1 / Math.sqrt(3)],
        [-1 / Math.sqrt(3), 1 / Math.sqrt(3)],
        [1 / Math.sqrt(3), 3],
      ];
      brackets.forEach(([lo0, hi0], k) => {
        let lo = lo0;
        let hi = hi0;
        for (let it = 0; it < 200; it++) {
          const mid = 0.5 * (lo + hi);
          if (w.dE(mid) < 0 === w.dE(lo) < 0) lo = mid;
          else hi = mid;
        }
        expect(r[k]).toBeCloseTo(0.5 * (lo + hi), 12);
      });
      expect(w.d2E(r[0])).toBeGreaterThan(0);
      expect(w.d2E(r[1])).toBeLessThan(0);
      expect(w.d2E(r[2])).toBeGreaterThan(0);
    }
  });
  it("refuses one well", () => {
    expect(() => doubleWell(1, 2)).toThrow(/two wells/);
  });
});

describe("basinMoments", () => {
  it("a quadratic energy gives the Gaussian's moments exactly (closed form)", () => {
    const m = basinMoments((x) => 3 * (x - 0.4) ** 2, -6, 6, 2, 4000);
    expect(m.mean).toBeCloseTo(0.4, 10);
    expect(m.variance).toBeCloseTo(1 / (2 * 3 * 2), 10);
    expect(Math.abs(m.mode - 0.4)).toBeLessThanOrEqual(12 / 4000);
  });
  it("second road: halving the Simpson step changes the double-well moments by < 1e-9 relative", () => {
    const w = doubleWell(1, 0.5);
    const [l, b] = doubleWellCriticalPoints(w);
    for (const beta of [0.1, 10, 1000]) {
      const c = basinMoments(w.E, l - 3, b, beta, 8000);
      const f = basinMoments(w.E, l - 3, b, beta, 16000);
      expect(Math.abs(c.variance / f.variance - 1)).toBeLessThan(1e-9);
      expect(Math.abs(c.mean - f.mean)).toBeLessThan(1e-9);
    }
  });
  it("refuses bad arguments", () => {
    expect(() => basinMoments((x) => x, 1, 0, 1)).toThrow(/lo/);
    expect(() => basinMoments((x) => x, 0, 1, 1, 3)).toThrow(/even/);
    expect(() => basinMoments(() => Number.NaN, 0, 1, 1)).toThrow(/E\(/);
  });
});
