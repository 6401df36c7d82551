import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  energies,
  freeEnergyFunctional,
  klDivergence,
  klToSoftmax,
  participationRatio,
  rowThermo,
} from "../../src/attention/boltzmann.js";
import { softmax } from "../../src/attention/softmax.js";

describe("rowThermo", () => {
  it("gives the two-level values in closed form", () => {
    // Logits (0, 1) at β: p_1 = σ(β), ⟨E⟩ = −σ(β), Var = σ(1−σ).
    const beta = 0.7;
    const s = 1 / (1 + Math.exp(-beta));
    const t = rowThermo([0, 1], beta);
    expect(t.meanEnergy).toBeCloseTo(-s, 15);
    expect(t.varEnergy).toBeCloseTo(s * (1 - s), 15);
    expect(t.entropy).toBeCloseTo(-(s * Math.log(s) + (1 - s) * Math.log(1 - s)), 14);
    expect(t.participation).toBeCloseTo(1 / (s * s + (1 - s) * (1 - s)), 13);
  });

  it("has the uniform values at β = 0", () => {
    const t = rowThermo([3, -1, 2, 5], 0);
    expect(t.entropy).toBeCloseTo(Math.log(4), 15);
    expect(t.participation).toBeCloseTo(4, 13);
  });

  it("uses E = −a", () => {
    expect(Array.from(energies([1, -2]))).toEqual([-1, 2]);
  });

  test.prop([
    fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 1, maxLength: 10 }),
    fc.double({ min: 0.01, max: 5, noNaN: true }),
  ])("F[softmax] = −T ln Z and the participation ratio lies in [1, N]", (a, beta) => {
    const t = rowThermo(a, beta);
    expect(freeEnergyFunctional(t.p, a, beta)).toBeCloseTo(-t.lnZ / beta, 9);
    expect(t.participation).toBeGreaterThanOrEqual(1 - 1e-12);
    expect(t.participation).toBeLessThanOrEqual(a.length + 1e-9);
    expect(participationRatio(t.p)).toBe(t.participation);
  });
});

describe("KL divergences", () => {
  it("klToSoftmax stays finite where softmax underflows", () => {
    const a = [0, -1000];
    expect(softmax(a, 1)[1]).toBe(0);
    expect(klDivergence([0.5, 0.5], softmax(a, 1))).toBe(Infinity);
    expect(klToSoftmax([0.5, 0.5], a, 1)).toBeCloseTo(0.5 * Math.log(0.5) + 0.5 * (Math.log(0.5) + 1000), 9);
  });
});
