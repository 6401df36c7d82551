import { describe, expect, it } from "vitest";
import {
  atLineTemperature,
  atStabilityMargin,
  gaussianExpectation,
  gaussHermiteNormal,
  skReplicaSymmetricQ,
} from "../../src/meanfield/index.js";

describe("SK replica symmetry", () => {
  it("has normal moments from Gauss–Hermite", () => {
    expect(gaussianExpectation((z) => z * z)).toBeCloseTo(1, 12);
    expect(gaussianExpectation((z) => z ** 6)).toBeCloseTo(15, 10);
    expect(gaussHermiteNormal(5).w.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 13);
  });
  it("has q = 0 above T = 1 at h = 0 and q ≈ 1 − T/... > 0 below", () => {
    expect(skReplicaSymmetricQ(1.5, 0)).toBeLessThan(1e-12);
    expect(skReplicaSymmetricQ(0.5, 0)).toBeGreaterThan(0.4);
  });
  it("has the AT margin T² − 1 at h = 0 above T = 1, and T_AT < 1 in a field", () => {
    expect(atStabilityMargin(1.2, 0)).toBeCloseTo(0.44, 10);
    expect(atLineTemperature(0.3)).toBeLessThan(1);
  });
});
