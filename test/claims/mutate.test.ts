import { describe, expect, it } from "vitest";
import { mapResult, negated, scaled, scaledEntries, shifted } from "../../src/claims/mutate.js";

const square = (x: number) => x * x;

describe("mutate", () => {
  it("scales, negates and shifts a numeric result", () => {
    expect(scaled(square, 0.5)(4)).toBe(8);
    expect(negated(square)(3)).toBe(-9);
    expect(shifted(square, 1)(2)).toBe(5);
  });
  it("scales every entry of an array result", () => {
    expect(scaledEntries((n: number) => [n, 2 * n], 3)(1)).toEqual([3, 6]);
  });
  it("maps a result with the arguments in view", () => {
    const f = mapResult(
      (a: number, b: number) => a + b,
      (r, a) => r - a,
    );
    expect(f(2, 5)).toBe(5);
  });
});
