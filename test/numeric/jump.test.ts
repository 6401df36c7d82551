import { describe, expect, it } from "vitest";
import { NumericError } from "../../src/claims/violation.js";
import { largestJump } from "../../src/numeric/jump.js";

const grid = Array.from({ length: 300 }, (_, k) => (k + 1) / 100);

describe("largestJump", () => {
  it("finds a step of size 3 at 1.5 and keeps it at δ/10", () => {
    const j = largestJump((x) => (x < 1.5 ? 0 : 3), grid, 1e-6);
    expect(j.at).toBeCloseTo(1.5, 6);
    expect(j.jump).toBe(3);
    expect(j.jumpTenth).toBe(3);
  });
  it("finds a step between grid points (at 2√2 − 2)", () => {
    const c = 2 * Math.SQRT2 - 2;
    const j = largestJump((x) => (x < c ? 1 : -1), grid, 1e-7);
    expect(Math.abs(j.at - c)).toBeLessThan(1e-7);
    expect(j.jumpTenth).toBe(2);
  });
  it("a smooth steep function: the difference shrinks tenfold with δ (2δ|f′| by hand)", () => {
    const j = largestJump((x) => Math.tanh(20 * (x - 1.5)), grid, 1e-6);
    expect(j.jump).toBeCloseTo(2e-6 * 20, 9);
    expect(j.jumpTenth / j.jump).toBeCloseTo(0.1, 6);
  });
  it("a NaN is a NumericError, not 'no jump'", () => {
    expect(() => largestJump(() => Number.NaN, grid, 1e-6)).toThrow(NumericError);
    expect(() => largestJump((x) => x, [1], 1e-6)).toThrow(RangeError);
  });
});
