import { describe, expect, it } from "vitest";
import {
  boltzmannLaw,
  closestBoltzmannDistance,
  microcanonicalLaw,
  shellDistance,
  totalVariation,
} from "../../src/spinglass/microcanonical.js";
import { enumerateIsing } from "../../src/ising/index.js";
import { skSample } from "../../src/meanfield/sk-sample.js";

describe("microcanonical against Boltzmann", () => {
  it("three single-state levels 0, 1, 2: the middle shell is at best 2/3 from every Boltzmann law (β = 0)", () => {
    // P_β(E = 1) = 1/(1 + 2 cosh β) is largest at β = 0, where it is 1/3.
    const e = [0, 1, 2];
    const p = microcanonicalLaw(e, 1, 1e-12);
    expect(Array.from(p)).toEqual([0, 1, 0]);
    const best = closestBoltzmannDistance(e, p, 100);
    expect(best.distance).toBeCloseTo(2 / 3, 12);
    expect(best.beta).toBeLessThan(1e-6);
    for (const b of [0, 0.3, 2]) expect(shellDistance(e, 1, 1e-12, b)).toBeCloseTo(1 - 1 / (1 + 2 * Math.cosh(b)), 14);
  });
  it("closed form 1 − P_β(shell) equals the direct total variation on SK samples (two roads)", () => {
    for (const seed of [1, 2, 3]) {
      const en = enumerateIsing(skSample(8, seed)).energy;
      const E = en[17];
      const p = microcanonicalLaw(en, E, 1e-9);
      for (const b of [0, 0.5, 3, 40]) {
        expect(totalVariation(p, boltzmannLaw(en, b))).toBeCloseTo(shellDistance(en, E, 1e-9, b), 12);
      }
    }
  });
  it("a canonical law is found at its own β with distance ≈ 0", () => {
    const en = enumerateIsing(skSample(6, 5)).energy;
    const best = closestBoltzmannDistance(en, boltzmannLaw(en, 1.7));
    expect(best.distance).toBeLessThan(1e-6);
    expect(best.beta).toBeCloseTo(1.7, 4);
  });
  it("the ground shell approaches the β → ∞ limit", () => {
    const en = enumerateIsing(skSample(6, 9)).energy;
    let e0 = Number.POSITIVE_INFINITY;
    for (const e of en) e0 = Math.min(e0, e);
    expect(closestBoltzmannDistance(en, microcanonicalLaw(en, e0, 1e-9)).distance).toBeLessThan(1e-3);
  });
  it("rejects an empty shell and a negative β", () => {
    expect(() => microcanonicalLaw([0, 1], 0.5, 1e-9)).toThrow(/no state/);
    expect(() => boltzmannLaw([0, 1], -1)).toThrow(RangeError);
  });
});
