import { describe, expect, it } from "vitest";
import { Prng } from "../../src/random/prng.js";
import {
  alignment,
  localFields,
  operatorNorm,
  overlap,
  thesisRadius,
  thesisStart,
  thesisSystem,
} from "../../src/spinglass/system.js";

describe("the thesis' set-up", () => {
  it("R = √(D/2 − 1), fields of norm R, start (1,…,1)/√D", () => {
    expect(thesisRadius(32)).toBeCloseTo(Math.sqrt(15), 15);
    const sys = thesisSystem(new Prng(1), { N: 10, D: 32 });
    for (let i = 0; i < 10; i++)
      expect(Math.hypot(...sys.x.subarray(i * 32, (i + 1) * 32))).toBeCloseTo(Math.sqrt(15), 12);
    expect(Math.hypot(...thesisStart(1, 32))).toBeCloseTo(1, 15);
  });
  it("symmetric couplings are symmetric", () => {
    const { J } = thesisSystem(new Prng(2), { N: 5, D: 3, symmetric: true });
    for (let i = 0; i < 5; i++) for (let j = 0; j < 5; j++) expect(J[i * 5 + j]).toBe(J[j * 5 + i]);
  });
  it("local fields, alignment and overlap by hand", () => {
    const sys = { N: 2, D: 2, J: new Float64Array([0, 1, 0, 0]), x: new Float64Array([1, 0, 0, 1]) };
    const s = new Float64Array([0, 1, 1, 0]);
    expect(Array.from(localFields(sys, s))).toEqual([2, 0, 0, 1]);
    expect(alignment(s, sys.x, 2, 2)).toBe(0);
    expect(overlap(s, s, 2, 2)).toBe(1);
  });
  it("‖J‖₂ of a diagonal matrix is its largest |entry|, and ≈ 2 for Ginibre J ~ N(0, 1/N)", () => {
    expect(operatorNorm(new Float64Array([3, 0, 0, -5]), 2)).toBeCloseTo(5, 10);
    const n = operatorNorm(thesisSystem(new Prng(3), { N: 200, D: 3 }).J, 200);
    expect(n).toBeGreaterThan(1.8);
    expect(n).toBeLessThan(2.2);
  });
});
