import { describe, expect, it } from "vitest";
import { spectrumMeanEnergy } from "../../src/attention/boltzmann.js";
import { contactTemperature } from "../../src/attention/contact.js";

describe("thermal contact of two finite systems", () => {
  it("two identical two-level systems meet at the β whose U is the average (second road: closed form)", () => {
    // Two-level {0, 1}: U(β) = 1/(1 + e^β). Equal systems: U(β_f) = (U(β1) + U(β2))/2, solved by
    // β_f = ln(1/U − 1).
    const e = [0, 1];
    const c = contactTemperature(e, e, 0.5, 2);
    const u = (b: number) => 1 / (1 + Math.exp(b));
    const target = (u(0.5) + u(2)) / 2;
    expect(c.betaF).toBeCloseTo(Math.log(1 / target - 1), 12);
    expect(c.energyAfter).toBeCloseTo(c.energy, 14);
    expect(spectrumMeanEnergy(e, 2)).toBeCloseTo(u(2), 15);
  });
  it("equal temperatures stay put", () => {
    const c = contactTemperature([0, 2, 3], [-1, 1], 1.3, 1.3);
    expect(c.betaF).toBe(1.3);
  });
});
