import { describe, expect, it } from "vitest";
import { Prng } from "../../src/random/prng.js";
import { effectiveSampleSize, meanWithError, pooledMeanWithError, splitRhat } from "../../src/spinglass/diagnostics.js";

function ar1(rng: Prng, n: number, rho: number, shift = 0): number[] {
  const out: number[] = [];
  let x = 0;
  for (let t = 0; t < n; t++) {
    x = rho * x + Math.sqrt(1 - rho * rho) * rng.normal();
    out.push(x + shift);
  }
  return out;
}

describe("diagnostics", () => {
  it("ESS of an AR(1) chain is near n(1 − ρ)/(1 + ρ)", () => {
    const n = 40000;
    const ess = effectiveSampleSize(ar1(new Prng(1), n, 0.9));
    const expected = (n * 0.1) / 1.9;
    expect(ess / expected).toBeGreaterThan(0.8);
    expect(ess / expected).toBeLessThan(1.25);
  });
  it("split-R̂ is ≈ 1 for chains of one law and large for shifted chains", () => {
    const rng = new Prng(2);
    expect(splitRhat([ar1(rng, 4000, 0.5), ar1(rng, 4000, 0.5)])).toBeLessThan(1.02);
    expect(splitRhat([ar1(rng, 4000, 0.5), ar1(rng, 4000, 0.5, 3)])).toBeGreaterThan(1.5);
  });
  it("meanWithError of iid draws has SE ≈ sd/√n", () => {
    const rng = new Prng(3);
    const xs = Array.from({ length: 10000 }, () => rng.normal());
    const r = meanWithError(xs);
    expect(r.se).toBeGreaterThan(0.008);
    expect(r.se).toBeLessThan(0.012);
  });
  it("pooledMeanWithError of one chain is meanWithError (second road)", () => {
    const xs = ar1(new Prng(5), 5000, 0.8, 2);
    const one = meanWithError(xs);
    const pooled = pooledMeanWithError([xs]);
    expect(pooled.mean).toBeCloseTo(one.mean, 14);
    expect(pooled.se).toBeCloseTo(one.se, 14);
    expect(pooled.totalEss).toBeCloseTo(one.ess, 10);
  });
  it("pooledMeanWithError's SE covers the true mean of AR(1) chains: |z| > 2 in ≈ 4.6 % of 400 replications", () => {
    const rng = new Prng(11);
    let outside = 0;
    const reps = 400;
    for (let r = 0; r < reps; r++) {
      const chains = [0, 1, 2, 3].map(() => ar1(rng, 1000, 0.7, 1.5));
      const p = pooledMeanWithError(chains);
      if (Math.abs(p.mean - 1.5) / p.se > 2) outside++;
    }
    // Binomial(400, 0.0455): mean 18.2, sd 4.2; 4 sd either side, and ESS estimates run a little high.
    expect(outside).toBeGreaterThan(1);
    expect(outside).toBeLessThan(36);
  });
  it("pooledMeanWithError refuses no chains and non-finite draws", () => {
    expect(() => pooledMeanWithError([])).toThrow(RangeError);
    expect(() => pooledMeanWithError([[1, 2, Number.NaN, 4]])).toThrow(/chains\[0\]/);
  });
});
