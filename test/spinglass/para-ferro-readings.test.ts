import { describe, expect, it } from "vitest";
import { replicaCrossover, smallFieldOrder } from "../../src/spinglass/para-ferro-readings.js";

describe("smallFieldOrder", () => {
  it("is 4 at J = 0: the Stein mean is R·x̂ at every field, so w(0.1R) = w(0.4R) = R (second road: R = √3 at D = 8)", () => {
    const r = smallFieldOrder(5, 0, 2_000);
    expect(r.wLow).toBeCloseTo(Math.sqrt(3), 10);
    expect(r.wHigh).toBeCloseTo(Math.sqrt(3), 10);
    expect(r.ratio).toBeCloseTo(4, 10);
  });

  it("is w(0.1R) / (0.25·w(0.4R)) of its own parts, and the same for the same seed", () => {
    const a = smallFieldOrder(7, 1, 2_000);
    expect(a.ratio).toBe(a.wLow / (0.25 * a.wHigh));
    expect(smallFieldOrder(7, 1, 2_000)).toEqual(a);
  });
});

describe("replicaCrossover", () => {
  it("is not seen at J = 0: replicas overlap fully at the weak field too (each q_ab/R² near 1), and align with x", () => {
    const r = replicaCrossover(3, 0, 20_000);
    for (const q of [...r.lowOverlaps, ...r.highOverlaps]) expect(q).toBeGreaterThan(0.5);
    expect(r.highAlignment).toBeGreaterThan(0.9);
    expect(r.seen).toBe(false);
  });

  it("reports what its verdict reads: seen exactly when the three thresholds hold", () => {
    const r = replicaCrossover(11, 1, 20_000);
    expect(r.lowOverlaps).toHaveLength(3);
    expect(r.highOverlaps).toHaveLength(3);
    const lowMean = r.lowOverlaps.reduce((p, v) => p + Math.abs(v), 0) / 3;
    expect(r.seen).toBe(lowMean <= 0.1 && r.highOverlaps.every((v) => v >= 0.15) && r.highAlignment >= 0.5);
  });
});
