import { describe, expect, it } from "vitest";
import { meanKineticClosedForm, meanKineticQuadrature } from "../../src/attention/maxwell.js";

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
