import { describe, expect, it } from "vitest";
import { couplingToFieldRatio } from "../../src/spinglass/local-field-ratio.js";
import { gaussianArray } from "../../src/spinglass/arbitraries.js";
import { localFields, thesisRadius, thesisSystem } from "../../src/spinglass/system.js";
import { Prng } from "../../src/random/prng.js";

describe("couplingToFieldRatio", () => {
  it("equals the ratio computed through localFields with the field removed (second road)", () => {
    const [N, D, seed] = [12, 8, 5];
    const sys = thesisSystem(new Prng(seed), { N, D });
    const R = thesisRadius(D);
    const m = gaussianArray(seed + 1, N * D);
    for (let i = 0; i < N; i++) {
      const row = m.subarray(i * D, (i + 1) * D);
      const n = Math.hypot(...row);
      for (let a = 0; a < D; a++) row[a] *= R / n;
    }
    const field = localFields({ ...sys, x: new Float64Array(N * D) }, m);
    let r = 0;
    for (let i = 0; i < N; i++) r += Math.hypot(...field.subarray(i * D, (i + 1) * D)) / R;
    expect(couplingToFieldRatio(seed, N, D)).toBeCloseTo(r / N, 12);
  });
  it("is linear in the coupling scale (the fields and spins do not depend on it)", () => {
    expect(couplingToFieldRatio(3, 16, 8, 0.1)).toBeCloseTo(0.1 * couplingToFieldRatio(3, 16, 8), 12);
  });
  it("is ≈ J = 1 at the thesis' size, as ‖Σ_j J_ij m_j‖² ≈ R² Σ_j J_ij² predicts", () => {
    const r = couplingToFieldRatio(11, 64, 32);
    expect(r).toBeGreaterThan(0.85);
    expect(r).toBeLessThan(1.15);
  });
});
