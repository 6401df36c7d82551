import { describe, expect, it } from "vitest";
import { sampleIndex } from "../../src/random/sample-index.js";

describe("sampleIndex", () => {
  it("on a uniform grid of u the frequencies equal p to 1/M (deterministic second road)", () => {
    const p = [0.1, 0.25, 0.4, 0.25];
    const M = 10000;
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < M; i++) counts[sampleIndex(p, (i + 0.5) / M)]++;
    for (let k = 0; k < 4; k++) expect(Math.abs(counts[k] / M - p[k])).toBeLessThanOrEqual(1 / M);
  });
  it("rejects u outside [0, 1) and an empty law; rounding falls to the last index", () => {
    expect(() => sampleIndex([1], 1)).toThrow(RangeError);
    expect(() => sampleIndex([], 0.5)).toThrow(RangeError);
    expect(sampleIndex([0.3, 0.3, 0.3], 0.95)).toBe(2);
  });
});
