import { describe, expect, it } from "vitest";
import { meanKineticChecked, meanKineticClosedForm, meanKineticQuadrature } from "../../src/attention/maxwell.js";

describe("Maxwell-Boltzmann moments", () => {
  it("quadrature matches the closed form T/(4c)", () => {
    for (const c of [0.25, 0.5, 2])
      expect(meanKineticQuadrature(c, 1.3, 0.7)).toBeCloseTo(meanKineticClosedForm(c, 1.3, 0.7), 10);
  });
  it("the Boltzmann factor e^{−E/T} gives ½T, the printed e^{−E/2T} gives T", () => {
    expect(meanKineticClosedForm(0.5, 2, 3)).toBe(1.5);
    expect(meanKineticClosedForm(0.25, 2, 3)).toBe(3);
  });
  it("rejects non-positive parameters and odd interval counts", () => {
    expect(() => meanKineticClosedForm(0, 1, 1)).toThrow(RangeError);
    expect(() => meanKineticQuadrature(0.5, 1, 1, 3)).toThrow(RangeError);
  });
});

describe("meanKineticChecked", () => {
  it("returns the quadrature when both roads agree, and is ½T only for c = ½", async () => {
    const { meanKineticChecked } = await import("../../src/attention/maxwell.js");
    expect(meanKineticChecked(0.5, 2, 3)).toBeCloseTo(1.5, 9);
    expect(meanKineticChecked(0.25, 2, 3)).toBeCloseTo(3, 9);
  });
});

describe("Maxwell-Boltzmann moments: domain (issue 15)", () => {
  it("agree at the corners of the stated domain c, m, T ∈ [1e-50, 1e50]", () => {
    for (const c of [1e-50, 1e50])
      for (const m of [1e-50, 1e50])
        for (const t of [1e-50, 1e50]) {
          const exact = meanKineticClosedForm(c, m, t);
          expect(Math.abs(meanKineticQuadrature(c, m, t) - exact)).toBeLessThanOrEqual(1e-9 * exact);
          expect(meanKineticChecked(c, m, t) / exact).toBeCloseTo(1, 12);
        }
  });
  it("refuse values past it, naming the argument", () => {
    expect(() => meanKineticClosedForm(1, 1, 2e50)).toThrow(
      /meanKineticClosedForm: t must be in \[1e-50, 1e\+50\], got 2e\+50/,
    );
    expect(() => meanKineticChecked(Number.POSITIVE_INFINITY, 1, 1)).toThrow(/meanKineticChecked: c must be finite/);
    expect(() => meanKineticQuadrature(1, -1, 1)).toThrow(/m must be in/);
  });
  it("takes up to 2^24 Simpson intervals and refuses more (its cost)", () => {
    expect(() => meanKineticQuadrature(0.5, 1, 1, 2 ** 24 + 2)).toThrow(
      /intervals must be an integer in \[2, 16777216\]/,
    );
    expect(() => meanKineticQuadrature(0.5, 1, 1, 1e9)).toThrow(RangeError);
    expect(meanKineticQuadrature(0.5, 1, 1, 2 ** 24)).toBeCloseTo(0.5, 9);
  });
});
