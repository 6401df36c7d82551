import { describe, expect, it } from "vitest";
import { binningError } from "../../src/mcmc/estimators.js";
import { isingSeries } from "../../src/mcmc/ising-series.js";
import { exactTorusAverages } from "../../src/ising/torus-exact.js";

describe("isingSeries against the exact 4×4 torus", () => {
  it("each algorithm's energy is within 5 binning errors of the row-transfer value (fixed seed)", () => {
    const exact = exactTorusAverages(4, 0.35);
    for (const alg of ["metropolis", "checkerboard", "wolff"] as const) {
      const { e, m2 } = isingSeries(alg, 4, 0.35, 12345, 1 << 12, 500);
      const b = binningError(e, 64);
      expect(Math.abs(b.mean - exact.u) / b.se).toBeLessThan(5);
      expect(m2.every((x) => x >= 0 && x <= 1)).toBe(true);
    }
  });
});
