import { describe, expect, it } from "vitest";
import { goldenMax } from "../../src/numeric/golden-max.js";

describe("goldenMax", () => {
  it("finds the maximum of a parabola and of x e^{−x} (closed forms 0.3 and 1)", () => {
    expect(goldenMax((x) => -((x - 0.3) ** 2), -1, 2, 1e-9).x).toBeCloseTo(0.3, 8);
    const m = goldenMax((x) => x * Math.exp(-x), 0, 5, 1e-9);
    expect(m.x).toBeCloseTo(1, 8);
    expect(m.f).toBeCloseTo(Math.exp(-1), 14);
  });
  it("rejects NaN and an empty interval", () => {
    expect(() => goldenMax(() => Number.NaN, 0, 1)).toThrow(RangeError);
    expect(() => goldenMax((x) => x, 1, 0)).toThrow(RangeError);
  });
});
