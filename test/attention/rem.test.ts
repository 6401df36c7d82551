import { describe, expect, it } from "vitest";
import {
  inverseParticipation,
  remCriticalBeta,
  remFrozenIpr,
  remLogits,
  remParticipationExponent,
} from "../../src/attention/rem.js";
import { participationRatio } from "../../src/attention/boltzmann.js";
import { softmax } from "../../src/attention/softmax.js";
import { Prng } from "../../src/random/prng.js";

describe("random-energy-model softmax", () => {
  it("β_c = √(2 ln N)/σ", () => {
    expect(remCriticalBeta(Math.E ** 2, 2)).toBeCloseTo(1, 15);
    expect(() => remCriticalBeta(1, 1)).toThrow(RangeError);
  });
  it("the exponent κ(u) is continuous with a continuous derivative at u = ½ and vanishes at u = 1", () => {
    const h = 1e-7;
    expect(remParticipationExponent(0.5 - h)).toBeCloseTo(remParticipationExponent(0.5 + h), 6);
    const left = (remParticipationExponent(0.5) - remParticipationExponent(0.5 - h)) / h;
    const right = (remParticipationExponent(0.5 + h) - remParticipationExponent(0.5)) / h;
    expect(left).toBeCloseTo(right, 4);
    expect(remParticipationExponent(1)).toBe(0);
    expect(remParticipationExponent(0)).toBe(1);
  });
  it("the frozen Σp² is 1 − 1/u above u = 1 and 0 below", () => {
    expect(remFrozenIpr(2)).toBe(0.5);
    expect(remFrozenIpr(0.9)).toBe(0);
  });
  it("inverseParticipation agrees with 1/participationRatio(softmax)", () => {
    const a = remLogits(new Prng(3), 100, 1.5);
    expect(inverseParticipation(a, 1.3)).toBeCloseTo(1 / participationRatio(softmax(a, 1.3)), 14);
  });
  it("remLogits has spread σ", () => {
    const a = remLogits(new Prng(5), 20000, 3);
    const m = a.reduce((s, x) => s + x, 0) / a.length;
    const v = a.reduce((s, x) => s + (x - m) ** 2, 0) / a.length;
    // SE of the sample variance ≈ σ²√(2/n) = 0.09: 5 SE.
    expect(Math.abs(v - 9)).toBeLessThan(0.45);
  });
});

describe("REM fits", () => {
  it("remParticipationSlope at u = 0.2 is near κ(0.2) = 0.92 and past the threshold near 0", async () => {
    const { remParticipationSlope, remParticipationExponent: kappa } = await import("../../src/attention/rem.js");
    expect(Math.abs(remParticipationSlope(3, 0.2, [8, 10, 12], 16) - kappa(0.2))).toBeLessThan(0.1);
    expect(remParticipationSlope(3, 2.5, [8, 10, 12], 16)).toBeLessThan(0.2);
  });
  it("gaussianMaxLocation is the median scale of the maximum of N normals (second road: sampling)", async () => {
    const { gaussianMaxLocation } = await import("../../src/attention/rem.js");
    const n = 4096;
    const rng = new Prng(11);
    const maxima: number[] = [];
    for (let r = 0; r < 200; r++) maxima.push(Math.max(...remLogits(rng.split(r), n, 1)));
    const mean = maxima.reduce((s, x) => s + x, 0) / maxima.length;
    // E max = a_N + γ/√(2 ln N) (Gumbel mean), γ = 0.5772…: within 3 SE (sd of the max ≈ 0.3).
    const expected = gaussianMaxLocation(n) + 0.5772156649 / Math.sqrt(2 * Math.log(n));
    expect(Math.abs(mean - expected)).toBeLessThan(0.08);
    expect(() => gaussianMaxLocation(2)).toThrow(RangeError);
  });
});
