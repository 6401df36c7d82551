import { describe, expect, it } from "vitest";
import { expmFloat } from "../../src/linalg/expm.js";

describe("expmFloat (mathjs)", () => {
  it("exponentiates the rotation generator to cos/sin", () => {
    const E = expmFloat([
      [0, 1],
      [-1, 0],
    ]);
    expect(E[0][0]).toBeCloseTo(Math.cos(1), 13);
    expect(E[0][1]).toBeCloseTo(Math.sin(1), 13);
    expect(E[1][0]).toBeCloseTo(-Math.sin(1), 13);
  });

  it("exponentiates a diagonal matrix entrywise", () => {
    const E = expmFloat([
      [-2, 0],
      [0, 0.5],
    ]);
    expect(E[0][0]).toBeCloseTo(Math.exp(-2), 14);
    expect(E[1][1]).toBeCloseTo(Math.exp(0.5), 14);
    expect(E[0][1]).toBe(0);
  });
});
