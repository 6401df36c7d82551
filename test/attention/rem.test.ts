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

describe("REM functions: domain (issue 15)", () => {
  it("refuse values outside their stated domain, naming the argument", () => {
    expect(() => remCriticalBeta(Number.NaN, 1)).toThrow(/remCriticalBeta: n must be finite/);
    expect(() => remCriticalBeta(4, 5e-324)).toThrow(/sigma = 5e-324 is so small that β_c overflows/);
    expect(() => remParticipationExponent(Number.POSITIVE_INFINITY)).toThrow(
      /remParticipationExponent: u must be finite/,
    );
    expect(() => remFrozenIpr(-1)).toThrow(/remFrozenIpr: u must be finite and ≥ 0, got -1/);
    expect(() => remLogits(null as unknown as Prng, 4, 1)).toThrow(/remLogits: rng must be a Prng/);
    expect(() => inverseParticipation(new Float64Array(0), 1)).toThrow(/inverseParticipation: a must have at least 1/);
  });
  it("inverseParticipation refuses an overflowing β·a (was NaN) and is exact just below", () => {
    expect(() => inverseParticipation(Float64Array.of(1e300, 0), 1e10)).toThrow(/beta·a overflows/);
    expect(inverseParticipation(Float64Array.of(1e300, 0), 1)).toBe(1);
  });
  it("remLogits draws up to 2^24 logits (the stated limit) and refuses more", () => {
    expect(() => remLogits(new Prng(1), 2 ** 24 + 1, 1)).toThrow(/n must be an integer in \[1, 16777216\]/);
    expect(remLogits(new Prng(1), 2 ** 24, 1).length).toBe(2 ** 24);
  });
  it("remParticipationSlope refuses non-integer or single sizes and more than 2^25 logits of work (was a hang)", async () => {
    const { remParticipationSlope } = await import("../../src/attention/rem.js");
    expect(() => remParticipationSlope(1, 0.5, [0.5, 1], 2)).toThrow(/logNs\[0\] must be an integer in \[1, 24\]/);
    expect(() => remParticipationSlope(1, 0.5, [8, 8], 2)).toThrow(/two distinct sizes/);
    expect(() => remParticipationSlope(1, 0.5, [23, 24], 2)).toThrow(/at most 2\^25 logits/);
    expect(() => remParticipationSlope(1, 0.5, [8, 10], 1e9)).toThrow(RangeError);
  });
});
