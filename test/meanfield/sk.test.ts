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

describe("Aitken-accelerated q (atLineTemperature's road)", () => {
  it("agrees with the plain iteration to 1e-12 off T = 1 and is closer to 0 at the critical point", () => {
    for (const T of [0.3, 0.5, 0.8, 0.95, 0.99, 1.01, 1.2, 2])
      for (const h of [0, 0.001, 0.005, 0.03, 0.075, 0.3])
        expect(Math.abs(skReplicaSymmetricQ(T, h, 1, { method: "aitken" }) - skReplicaSymmetricQ(T, h))).toBeLessThan(
          1e-12,
        );
    // At T = 1, h = 0 the map's slope at q = 0 is 1: the plain iteration stops at 2.5e-6.
    expect(skReplicaSymmetricQ(1, 0, 1, { method: "aitken" })).toBeLessThan(skReplicaSymmetricQ(1, 0));
  });
  it("gives the T_AT(h) of a bisection on atStabilityMargin (the plain q) to 1e-10", () => {
    for (const h of [0.005, 0.02, 0.05]) {
      let lo = 0.05;
      let hi = 1;
      for (let it = 0; it < 60; it++) {
        const mid = 0.5 * (lo + hi);
        if (atStabilityMargin(mid, h) > 0) hi = mid;
        else lo = mid;
      }
      expect(Math.abs(atLineTemperature(h) - 0.5 * (lo + hi))).toBeLessThan(1e-10);
    }
  });
});
