import { describe, expect, it } from "vitest";
import { Prng } from "../../src/random/prng.js";
import { besselRatioCfF64 } from "../../src/special/bessel-ratio.js";
import { langevin } from "../../src/spinglass/readout.js";
import { vmfMeanEstimate } from "../../src/spinglass/vmf-mean.js";

describe("vMF mean by sampling", () => {
  it("D = 3: the mean cosine is the Langevin function (second road: closed form), orthogonal part ≈ 0", () => {
    const mu = new Float64Array([0, 1, 0]);
    const e = vmfMeanEstimate(new Prng(3), mu, 2, 20000);
    const se = e.sd / Math.sqrt(20000);
    expect(Math.abs(e.mean - langevin(2))).toBeLessThan(5 * se);
    expect(Math.abs(langevin(2) - besselRatioCfF64(0.5, 2))).toBeLessThan(1e-14);
    expect(e.perpNorm).toBeLessThan(5 * Math.sqrt((1 - e.meanSquare) / 20000));
    expect(e.meanSquare).toBeGreaterThanOrEqual(e.mean * e.mean);
  });
});
