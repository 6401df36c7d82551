import { describe, expect, it } from "vitest";
import { steinAlignments } from "../../src/spinglass/stein-alignment.js";
import { thesisSystem } from "../../src/spinglass/system.js";
import { Prng } from "../../src/random/prng.js";

describe("steinAlignments", () => {
  it("is exactly 1 for J = 0 (the Stein estimator is then R x̂_i at every state: closed form)", () => {
    const sys = thesisSystem(new Prng(2), { N: 6, D: 8, couplingScale: 0 });
    const r = steinAlignments(sys, 0.3, 5, 6_000);
    for (const a of r.stein) expect(a).toBeCloseTo(1, 12);
    // The plain time average is noisy: its alignment is below 1.
    for (const a of r.plain) expect(a).toBeLessThan(1);
  });
});
