import { describe, expect, it } from "vitest";
import { binningError, integratedAutocorrelationTime } from "../../src/mcmc/index.js";
import { Prng } from "../../src/random/prng.js";

describe("estimators", () => {
  it("find the AR(1) autocorrelation time τ = (1 + ρ)/(2(1 − ρ)) and a binning error above the naive one", () => {
    const rng = new Prng(3);
    const rho = 0.8;
    const x = new Float64Array(1 << 17);
    for (let t = 1; t < x.length; t++) x[t] = rho * x[t - 1] + Math.sqrt(1 - rho * rho) * rng.normal();
    const tau = integratedAutocorrelationTime(x).tau;
    expect(tau).toBeGreaterThan(4.5 * 0.85);
    expect(tau).toBeLessThan(4.5 * 1.15);
    const b = binningError(x, 64);
    const naive = Math.sqrt(1 / x.length);
    expect(b.se / naive).toBeGreaterThan(Math.sqrt(2 * 4.5) * 0.7);
  });
  it("rejects too short series", () => {
    expect(() => binningError([1, 2, 3], 32)).toThrow(RangeError);
  });
});
