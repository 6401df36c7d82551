import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { closestReturn } from "../../src/attention/periodic-defects.js";
import { sinusoidalEncoding } from "../../src/attention/periodic.js";
import { sinusoidalFrequencies } from "../../src/attention/sinusoid.js";

/** closestReturn as it was before the early exit (issue 14): every component of every PE(t). */
function closestReturnFullScan(d: number, maxT: number): { t: number; gap: number } {
  const p0 = sinusoidalEncoding(0, d);
  let best = { t: 0, gap: Number.POSITIVE_INFINITY };
  for (let t = 1; t <= maxT; t++) {
    const p = sinusoidalEncoding(t, d);
    let g = 0;
    for (let c = 0; c < d; c++) g = Math.max(g, Math.abs(p[c] - p0[c]));
    if (g < best.gap) best = { t, gap: g };
  }
  return best;
}

describe("sinusoidal frequencies and the closest return", () => {
  it("frequencies by hand: d = 4 gives 1, 1, 10^-2, 10^-2; d = 2 gives 1, 1", () => {
    expect(Array.from(sinusoidalFrequencies(4))).toEqual([1, 1, 0.01, 0.01]);
    expect(Array.from(sinusoidalFrequencies(2))).toEqual([1, 1]);
  });
  it("PE(pos) by hand from the frequencies: d = 4, pos = 3", () => {
    expect(sinusoidalEncoding(3, 4)).toEqual([Math.sin(3), Math.cos(3), Math.sin(0.03), Math.cos(0.03)]);
  });
  test.prop([fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 3000 })], { numRuns: 40 })(
    "the same t and gap, bit for bit, as the full scan",
    (d, maxT) => {
      expect(closestReturn(d, maxT)).toEqual(closestReturnFullScan(d, maxT));
    },
  );
  it("the same as the full scan at the claim's sizes (d = 8, 64, 256, T ≤ 8192)", () => {
    for (const d of [8, 64, 256]) expect(closestReturn(d, 8192)).toEqual(closestReturnFullScan(d, 8192));
  });
});
