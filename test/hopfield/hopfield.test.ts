import { describe, expect, it } from "vitest";
import {
  hebbianWeights,
  hopfieldEnergy,
  modernHopfieldEnergy,
  modernHopfieldUpdate,
  runAsynchronous,
  runSynchronous,
} from "../../src/hopfield/index.js";

describe("Hopfield networks", () => {
  it("retrieve a stored pattern from a corrupted copy (one pattern, 10 units)", () => {
    const p = [1, -1, 1, 1, -1, -1, 1, -1, 1, 1];
    const W = hebbianWeights([p]);
    const start = p.slice();
    start[0] = -start[0];
    start[3] = -start[3];
    const run = runAsynchronous(W, new Float64Array(10), start);
    expect(run.outcome).toBe("fixed");
    expect(Array.from(run.state)).toEqual(p);
    expect(hopfieldEnergy(W, new Float64Array(10), run.state)).toBeLessThan(
      hopfieldEnergy(W, new Float64Array(10), start),
    );
  });
  it("shows the synchronous 2-cycle of two antiferromagnetic units", () => {
    const run = runSynchronous([0, -1, -1, 0], [0, 0], [1, 1]);
    expect(run.outcome).toBe("cycle");
    expect(run.period).toBe(2);
  });
  it("moves a query onto a well-separated pattern with large β (one attention step)", () => {
    const X = [
      [1, 0],
      [0, 1],
    ];
    const xi = modernHopfieldUpdate(X, [0.9, 0.1], 50);
    expect(xi[0]).toBeCloseTo(1, 10);
    expect(modernHopfieldEnergy(X, xi, 50)).toBeLessThan(modernHopfieldEnergy(X, [0.9, 0.1], 50));
  });
});
