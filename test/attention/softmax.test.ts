import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { logSumExp, softmax } from "../../src/attention/softmax.js";

describe("softmax", () => {
  it("matches the naive formula where the naive formula does not overflow", () => {
    const a = [0.5, -1, 2];
    const z = a.reduce((s, x) => s + Math.exp(x), 0);
    softmax(a).forEach((p, i) => expect(p).toBeCloseTo(Math.exp(a[i]) / z, 15));
    expect(logSumExp(a)).toBeCloseTo(Math.log(z), 14);
  });

  it("does not overflow for large logits", () => {
    const p = softmax([1000, 1000]);
    expect(Array.from(p)).toEqual([0.5, 0.5]);
    expect(logSumExp([1000, 1000])).toBeCloseTo(1000 + Math.log(2), 12);
  });

  it("rejects empty rows, NaN logits and infinite β", () => {
    expect(() => softmax([])).toThrow(RangeError);
    expect(() => softmax([0, Number.NaN])).toThrow(/a\[1\] must be finite, got NaN/);
    expect(() => softmax([0, 1], Infinity)).toThrow(/beta must be finite, got Infinity/);
  });

  test.prop([
    fc.array(fc.double({ min: -30, max: 30, noNaN: true }), { minLength: 1, maxLength: 20 }),
    fc.double({ min: 0, max: 5, noNaN: true }),
  ])("ln p_i = β a_i − ln Z", (a, beta) => {
    const p = softmax(a, beta);
    const lz = logSumExp(a, beta);
    a.forEach((x, i) => {
      if (p[i] > 1e-300) expect(Math.log(p[i])).toBeCloseTo(beta * x - lz, 9);
    });
  });
});
