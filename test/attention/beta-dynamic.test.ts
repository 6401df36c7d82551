import { describe, expect, it } from "vitest";
import { gibbsFunctional, queryScores } from "../../src/attention/beta-dynamic.js";
import { freeEnergyFunctional, klToSoftmax } from "../../src/attention/boltzmann.js";
import { softmax } from "../../src/attention/softmax.js";

describe("gibbsFunctional", () => {
  const a = [0.3, -1.2, 2.5, 0];
  const q = [0.1, 0.2, 0.3, 0.4];

  it("equals boltzmann.ts's freeEnergyFunctional for β > 0", () => {
    for (const b of [0.1, 1, 3.7]) expect(gibbsFunctional(q, a, b)).toBeCloseTo(freeEnergyFunctional(q, a, b), 13);
  });

  it("second road: F[q] − F[p_β] = T·KL(q ‖ p_β) for β of either sign", () => {
    for (const b of [-4, -0.5, 0.5, 4]) {
      const p = Array.from(softmax(a, b));
      const lhs = gibbsFunctional(q, a, b) - gibbsFunctional(p, a, b);
      expect(lhs).toBeCloseTo(klToSoftmax(q, a, b) / b, 12);
      // the sign: p_β minimises F for β > 0 and maximises it for β < 0
      expect(Math.sign(lhs)).toBe(Math.sign(b));
    }
  });

  it("hand value: uniform q on two states with a = (1, −1), β = 2: F = 0 − ln 2 / 2", () => {
    expect(gibbsFunctional([0.5, 0.5], [1, -1], 2)).toBeCloseTo(-Math.log(2) / 2, 15);
  });

  it("refuses β = 0, non-distributions and mismatched lengths", () => {
    expect(() => gibbsFunctional(q, a, 0)).toThrow(RangeError);
    expect(() => gibbsFunctional([0.5, 0.6], [0, 0], 1)).toThrow(RangeError);
    expect(() => gibbsFunctional([-0.5, 1.5], [0, 0], 1)).toThrow(RangeError);
    expect(() => gibbsFunctional(q, [1, 2], 1)).toThrow(RangeError);
    expect(() => gibbsFunctional(q, a, Number.NaN)).toThrow();
  });
});

describe("queryScores", () => {
  it("computes Q_i·K_j", () => {
    expect(
      queryScores(
        [1, 2],
        [
          [3, 4],
          [-1, 0.5],
        ],
      ),
    ).toEqual([11, 0]);
    expect(() => queryScores([1], [])).toThrow(RangeError);
    expect(() => queryScores([1, 2], [[1]])).toThrow(RangeError);
  });
});
