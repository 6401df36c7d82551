import { describe, expect, it } from "vitest";
import { tfimGroundCurvature, tfimGroundEnergyExact, tfimGroundEnergyFreeFermion } from "../../src/ising/index.js";

describe("tfim: argument messages", () => {
  it("names the function and the argument", () => {
    expect(() => tfimGroundEnergyFreeFermion(2, 1)).toThrow(
      /^tfimGroundEnergyFreeFermion: N must be an integer in \[3, /,
    );
    expect(() => tfimGroundEnergyFreeFermion(4, 2e150)).toThrow(/^tfimGroundEnergyFreeFermion: g must be in \[/);
    expect(() => tfimGroundCurvature(2, 1)).toThrow(/^tfimGroundCurvature: N must be an integer in \[3, /);
    expect(() => tfimGroundCurvature(4, 2e100)).toThrow(/^tfimGroundCurvature: g must be in \[/);
    expect(() => tfimGroundEnergyExact(15, 1)).toThrow(/^tfimGroundEnergyExact: N must be in \[3, 14\], got 15/);
    expect(() => tfimGroundEnergyExact(2, 1)).toThrow(/^tfimGroundEnergyExact: N must be in \[3, 14\], got 2/);
    expect(() => tfimGroundEnergyExact(4.5, 1)).toThrow(/^tfimGroundEnergyExact: N must be in \[3, 14\]/);
    expect(() => tfimGroundEnergyExact(4, 1, null as never)).toThrow(/^tfimGroundEnergyExact: options/);
    expect(() => tfimGroundEnergyExact(4, Number.NaN)).toThrow(/^tfimGroundEnergyExact: g must be finite/);
    expect(() => tfimGroundEnergyExact(4, 1, { iterations: 0 })).toThrow(
      /^tfimGroundEnergyExact: iterations must be an integer in \[1, 10000\], got 0/,
    );
    expect(() => tfimGroundEnergyExact(4, 1, { space: "half" as "full" })).toThrow(
      /^tfimGroundEnergyExact: options\.space must be one of "symmetric", "full", got "half"/,
    );
  });
  it("N = 3 and N = 14 are inside the exact road's range (free-fermion formula as second road)", () => {
    expect(tfimGroundEnergyExact(3, 0.7)).toBeCloseTo(tfimGroundEnergyFreeFermion(3, 0.7), 10);
    expect(tfimGroundEnergyExact(14, 0.7)).toBeCloseTo(tfimGroundEnergyFreeFermion(14, 0.7), 9);
  });
});
