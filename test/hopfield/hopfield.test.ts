import { describe, expect, it } from "vitest";
import {
  hebbianWeights,
  hopfieldEnergy,
  modernHopfieldEnergy,
  modernHopfieldUpdate,
  runAsynchronous,
  runSynchronous,
} from "../../src/hopfield/index.js";
import { hopfieldEnergyOf, runAsynchronousOf } from "../../src/hopfield/hopfield.js";

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

describe("the unchecked cores hopfieldEnergyOf and runAsynchronousOf", () => {
  // Second road: the energy summed by hand over all pairs, and the checked entry points.
  const W = new Float64Array([0, 1, -2, 1, 0, 0.5, -2, 0.5, 0]);
  const theta = new Float64Array([0.25, -0.5, 0]);

  it("hopfieldEnergyOf is −½ sᵀWs − θᵀs, summed by hand, for all 8 states of 3 units", () => {
    for (let c = 0; c < 8; c++) {
      const s = [0, 1, 2].map((i) => ((c >> i) & 1 ? 1 : -1));
      let e = 0;
      for (let i = 0; i < 3; i++) {
        for (let j = 0; j < 3; j++) e -= 0.5 * W[3 * i + j] * s[i] * s[j];
        e -= theta[i] * s[i];
      }
      expect(hopfieldEnergyOf(W, theta, s)).toBeCloseTo(e, 14);
      expect(hopfieldEnergyOf(W, theta, s)).toBe(hopfieldEnergy(W, theta, s));
    }
  });

  it("runAsynchronousOf gives runAsynchronous' run, with and without order and budget", () => {
    for (let c = 0; c < 8; c++) {
      const s0 = [0, 1, 2].map((i) => ((c >> i) & 1 ? 1 : -1));
      expect(runAsynchronousOf(W, theta, s0)).toEqual(runAsynchronous(W, theta, s0));
      expect(runAsynchronousOf(W, theta, s0, [2, 0, 1], 1)).toEqual(
        runAsynchronous(W, theta, s0, { order: [2, 0, 1], maxSweeps: 1 }),
      );
    }
  });
});
