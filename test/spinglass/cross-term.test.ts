import { describe, expect, it } from "vitest";
import { crossTermGap } from "../../src/spinglass/cross-term.js";
import { gaussianArray } from "../../src/spinglass/arbitraries.js";

describe("crossTermGap", () => {
  const sys = { N: 3, D: 2, J: gaussianArray(1, 9, 0.5), x: gaussianArray(2, 6) };
  const s = gaussianArray(3, 6);
  const s2 = gaussianArray(4, 6);
  it("is 0 when every ‖θ_i‖ = R and grows with the stretch ε (the cross term then carries ω_0 = 1/(1 + ε))", () => {
    expect(crossTermGap(sys, s, s2, 0)).toBeLessThan(1e-12);
    const g1 = crossTermGap(sys, s, s2, 0.01);
    const g2 = crossTermGap(sys, s, s2, 0.1);
    expect(g1).toBeGreaterThan(1e-5);
    expect(g2).toBeGreaterThan(g1);
  });
  it("equals |R ε s_0·x̂_0| / (1 + |kin|) in closed form (second road)", () => {
    // θ_i = R x̂_i (i > 0), θ_0 = R(1 + ε) x̂_0: the cross term is −R Σ_i s_i·x̂_i, the kinetic energy
    // −Σ_i s_i·θ_i, so they differ by R ε s_0·x̂_0 (R = 2).
    const eps = 0.05;
    const R = 2;
    const xhat = (i: number) => {
      const r = sys.x.subarray(i * 2, i * 2 + 2);
      const n = Math.hypot(...r);
      return [r[0] / n, r[1] / n];
    };
    let kin = 0;
    for (let i = 0; i < 3; i++) {
      const u = xhat(i);
      const len = i === 0 ? R * (1 + eps) : R;
      kin -= len * (s[i * 2] * u[0] + s[i * 2 + 1] * u[1]);
    }
    const u0 = xhat(0);
    const expected = Math.abs(R * eps * (s[0] * u0[0] + s[1] * u0[1])) / (1 + Math.abs(kin));
    expect(crossTermGap(sys, s, s2, eps)).toBeCloseTo(expected, 12);
  });
});
