import { describe, expect, it } from "vitest";
import { metastableStops } from "../../src/hopfield/metastability.js";
import { Prng } from "../../src/random/prng.js";

describe("metastable stops", () => {
  it("a single stored pattern has no spurious minimum: every stop is global (closed form: ±x only)", () => {
    expect(metastableStops(new Prng(2), 30, 8, 1)).toBe(0);
  });
  it("three patterns in 12 units give some metastable stops, and a constant energy none", () => {
    expect(metastableStops(new Prng(3), 100, 12, 3)).toBeGreaterThan(0);
    expect(metastableStops(new Prng(3), 20, 12, 3, () => 0)).toBe(0);
  });
});
