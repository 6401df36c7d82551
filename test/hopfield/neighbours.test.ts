import { describe, expect, it } from "vitest";
import { attractorBasins, stateOfCode } from "../../src/hopfield/basins.js";
import { runAsynchronous } from "../../src/hopfield/hopfield.js";
import { attractorNeighbourhoods, robustMargin } from "../../src/hopfield/neighbours.js";
import { ferromagneticPairs } from "../../src/hopfield/paired.js";
import { Prng } from "../../src/random/prng.js";

/** A random symmetric integer network with zero diagonal and half-integer thresholds. */
function randomNetwork(rng: Prng, N: number): { W: Float64Array; theta: Float64Array } {
  const W = new Float64Array(N * N);
  for (let i = 0; i < N; i++) for (let j = i + 1; j < N; j++) W[i * N + j] = W[j * N + i] = rng.int(9) - 4;
  const theta = Float64Array.from({ length: N }, () => rng.int(5) - 2 + 0.5);
  return { W, theta };
}

describe("robustMargin", () => {
  it("closed form on the coupled pairs: s_i h_i = 1 and max |W_ik| = 1, so μ = −1 at every attractor", () => {
    const W = ferromagneticPairs(4);
    expect(robustMargin(W, new Float64Array(4), [1, 1, -1, -1])).toBe(-1);
  });
  it("a strong field makes every state robust: μ = min_i(s_i θ_i + Σ_j s_i W_ij s_j) − 2 max|W|", () => {
    const W = Float64Array.from([0, 0.1, 0.1, 0]);
    expect(robustMargin(W, [3, -3], [1, -1])).toBeCloseTo(3 - 0.1 - 0.2, 14);
  });
  it("refuses bad arguments", () => {
    expect(() => robustMargin([0, 1], [0, 0], [1, 1])).toThrow(/W/);
    expect(() => robustMargin([0, 1, 1, 0], [0, Number.NaN], [1, 1])).toThrow(/theta/);
  });
});

describe("attractorNeighbourhoods", () => {
  it("coupled pairs (N = 2): from (+,+), flipping unit 1 leads to (−,−) under in-order sweeps; flipping unit 0 returns", () => {
    const W = ferromagneticPairs(2);
    const b = attractorBasins(W, new Float64Array(2), 2);
    const n = attractorNeighbourhoods(b, W, new Float64Array(2));
    const plus = n.find((a) => a.code === 0);
    expect(plus?.leaving).toEqual([1]);
  });
  it("second road: each neighbour run by the dynamics itself; a positive margin never has a leaving neighbour", () => {
    const rng = new Prng(5);
    let robust = 0;
    let leavingSeen = 0;
    for (let t = 0; t < 60; t++) {
      const N = 2 + rng.int(7);
      const { W, theta } = randomNetwork(rng, N);
      const b = attractorBasins(W, theta, N);
      for (const a of attractorNeighbourhoods(b, W, theta)) {
        const home = Array.from(stateOfCode(a.code, N)).join(",");
        for (let k = 0; k < N; k++) {
          const s = stateOfCode(a.code, N);
          s[k] = -s[k];
          const end = Array.from(runAsynchronous(W, theta, s).state).join(",");
          expect(end !== home).toBe(a.leaving.includes(k));
        }
        if (a.margin > 0) {
          robust++;
          expect(a.leaving).toEqual([]);
        }
        leavingSeen += a.leaving.length;
      }
    }
    // The sample exercises both cases.
    expect(robust).toBeGreaterThan(0);
    expect(leavingSeen).toBeGreaterThan(0);
  });
});
