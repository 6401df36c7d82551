import { describe, expect, it } from "vitest";
import { smallestFieldRatio } from "../../src/spinglass/field-collapse.js";
import { CONTINUATION_SCHEDULE, nmfFixedPoint } from "../../src/spinglass/nmf-fixed-point.js";
import { type SpinSystem, thesisRadius, thesisSystem } from "../../src/spinglass/system.js";
import { Prng } from "../../src/random/prng.js";

describe("smallestFieldRatio", () => {
  it("is ‖θ_i(after)‖/‖θ_i(before)‖ at the worst site, by hand", () => {
    // N = 2, D = 2, J = [[0, 1], [0, 0]]: θ_0 = x_0 + m_1, θ_1 = x_1.
    const sys: SpinSystem = { N: 2, D: 2, J: new Float64Array([0, 1, 0, 0]), x: new Float64Array([3, 0, 0, 1]) };
    const before = new Float64Array([0, 0, 1, 0]); // θ_0 = (4, 0), θ_1 = (0, 1)
    const after = new Float64Array([0, 0, -2, 0]); // θ_0 = (1, 0), θ_1 = (0, 1)
    expect(smallestFieldRatio(sys, before, after)).toBe(1 / 4);
    expect(smallestFieldRatio(sys, after, before)).toBe(1); // site 1 keeps its field, site 0 grows 4×
    expect(smallestFieldRatio(sys, before, before)).toBe(1);
  });

  it("refuses a site whose field is exactly 0 before", () => {
    const sys: SpinSystem = { N: 1, D: 2, J: new Float64Array([1]), x: new Float64Array([1, 0]) };
    expect(() => smallestFieldRatio(sys, new Float64Array([-1, 0]), new Float64Array([0, 0]))).toThrow(RangeError);
  });

  it("flags the explored collapse (site 1 falls 4×) and passes a generic instance (≥ 0.9)", () => {
    const R = thesisRadius(5);
    const collapse = thesisSystem(new Prng(1879393022), { N: 4, D: 5 });
    const low = nmfFixedPoint(collapse, 1e3, R, CONTINUATION_SCHEDULE);
    const lower = nmfFixedPoint(collapse, 1e4, R, CONTINUATION_SCHEDULE, low.m);
    expect(low.converged && lower.converged).toBe(true);
    expect(smallestFieldRatio(collapse, low.m, lower.m)).toBeCloseTo(0.0266 / 0.1072, 2);
    const generic = thesisSystem(new Prng(1), { N: 4, D: 5 });
    const a = nmfFixedPoint(generic, 1e3, R, CONTINUATION_SCHEDULE);
    const b = nmfFixedPoint(generic, 1e4, R, CONTINUATION_SCHEDULE, a.m);
    expect(smallestFieldRatio(generic, a.m, b.m)).toBeGreaterThan(0.9);
  });
});
