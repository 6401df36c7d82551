import { describe, expect, it } from "vitest";
import { Prng } from "../../src/random/prng.js";
import { zigguratNormal } from "../../src/spinglass/gauss.js";

describe("ziggurat normals", () => {
  it("have mean 0, variance 1, kurtosis 3 and the right tail mass (10⁶ draws)", () => {
    const rng = new Prng(5);
    const n = 1_000_000;
    let s = 0;
    let s2 = 0;
    let s4 = 0;
    let tail = 0;
    for (let k = 0; k < n; k++) {
      const z = zigguratNormal(rng);
      s += z;
      s2 += z * z;
      s4 += z * z * z * z;
      if (z > 3) tail++;
    }
    expect(Math.abs(s / n)).toBeLessThan(5 / Math.sqrt(n));
    expect(Math.abs(s2 / n - 1)).toBeLessThan(5 * Math.sqrt(2 / n));
    expect(Math.abs(s4 / n - 3)).toBeLessThan(5 * Math.sqrt(96 / n));
    const p = 0.0013498980316301;
    expect(Math.abs(tail / n - p)).toBeLessThan(5 * Math.sqrt(p / n));
  });
});
