import { describe, expect, it } from "vitest";
import { pathLogDensity, risingProposal } from "../../src/spinglass/reachability.js";
import { thesisRadius, thesisSystem } from "../../src/spinglass/system.js";
import { thesisSigma } from "../../src/spinglass/sampler.js";
import { gaussianArray } from "../../src/spinglass/arbitraries.js";
import { Prng } from "../../src/random/prng.js";

describe("reachability of the thesis' local proposal", () => {
  it("J = 0: the path density is the closed form Σ[ln(1/N) + ln q(Δ_i) + min(0, −βΔH_i)]", () => {
    const N = 3;
    const D = 4;
    const R = thesisRadius(D);
    const sys = thesisSystem(new Prng(5), { N, D, couplingScale: 0 });
    const x = gaussianArray(1, N * D);
    const y = gaussianArray(2, N * D);
    const beta = 2;
    const sigma = 0.3;
    // With J = 0, H = ½Σ‖m_i − x_i‖² (‖x_i‖ = R, so Rθ̂_i = x_i) and moving spin i changes only its term.
    let expected = 0;
    for (let i = 0; i < N; i++) {
      let d2 = 0;
      let hx = 0;
      let hy = 0;
      for (let a = 0; a < D; a++) {
        d2 += (y[i * D + a] - x[i * D + a]) ** 2;
        hx += (x[i * D + a] - sys.x[i * D + a]) ** 2 / 2;
        hy += (y[i * D + a] - sys.x[i * D + a]) ** 2 / 2;
      }
      expected += -Math.log(N) - d2 / (2 * sigma * sigma) - (D / 2) * Math.log(2 * Math.PI * sigma * sigma);
      expected += Math.min(0, -beta * (hy - hx));
    }
    const r = pathLogDensity(sys, x, y, beta, sigma, R);
    expect(r.reachable).toBe(true);
    expect(r.logDensity).toBeCloseTo(expected, 9);
  });
  it("a proposal on the first component only cannot reach a state that differs elsewhere", () => {
    const sys = thesisSystem(new Prng(6), { N: 2, D: 3 });
    const x = gaussianArray(3, 6);
    const r = pathLogDensity(sys, x, gaussianArray(4, 6), 1, 0.1, thesisRadius(3), { firstComponentOnly: true });
    expect(r.reachable).toBe(false);
    const y = Float64Array.from(x);
    y[0] += 0.5;
    y[3] -= 0.2;
    expect(pathLogDensity(sys, x, y, 1, 0.1, thesisRadius(3), { firstComponentOnly: true }).reachable).toBe(true);
  });
  it("a rising step exists at a random state and, at the J = 0 minimum, already at k = 1", () => {
    const N = 4;
    const D = 8;
    const R = thesisRadius(D);
    const sys = thesisSystem(new Prng(7), { N, D });
    const w = risingProposal(sys, gaussianArray(8, N * D), thesisSigma(N, D), R);
    expect(w?.deltaH).toBeGreaterThan(0);
    const sys0 = thesisSystem(new Prng(7), { N, D, couplingScale: 0 });
    const w0 = risingProposal(sys0, Float64Array.from(sys0.x), thesisSigma(N, D), R);
    expect(Math.abs(w0?.step ?? 0)).toBeCloseTo(thesisSigma(N, D), 15);
    expect(w0?.deltaH).toBeCloseTo(thesisSigma(N, D) ** 2 / 2, 12);
  });
});
