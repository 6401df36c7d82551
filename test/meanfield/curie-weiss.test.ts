import { describe, expect, it } from "vitest";
import { curieWeissLogZ, curieWeissThermo } from "../../src/meanfield/index.js";

describe("Curie–Weiss at finite N", () => {
  it("equals the brute-force sum over 2^N states for N = 10", () => {
    const N = 10,
      beta = 0.8,
      h = 0.15;
    let z = 0;
    for (let c = 0; c < 1 << N; c++) {
      let M = 0;
      for (let k = 0; k < N; k++) M += (c >>> k) & 1 ? -1 : 1;
      z += Math.exp(beta * ((M * M) / (2 * N) + h * M));
    }
    expect(curieWeissLogZ(N, beta, { h }).toNumber()).toBeCloseTo(Math.log(z), 12);
    expect(curieWeissThermo(N, beta, { h }).logZ).toBeCloseTo(Math.log(z), 12);
  });
  it("is N ln 2 at β = 0 and χ = 1 there", () => {
    expect(curieWeissLogZ(100, 0).toNumber()).toBeCloseTo(100 * Math.LN2, 10);
    expect(curieWeissThermo(100, 0.000001).chi / 0.000001).toBeCloseTo(1, 4);
  });
  it("prints decimal digits with String()", () => {
    expect(String(curieWeissLogZ(1000, 1.2, { digits: 30 })).startsWith("718.51594584052001473434487722")).toBe(true);
  });
  it("rejects bad input", () => {
    expect(() => curieWeissLogZ(0, 1)).toThrow(RangeError);
    expect(() => curieWeissThermo(10, Number.NaN)).toThrow(RangeError);
  });
});
