/**
 * Liveness of the softmax family: with a deliberately broken reference the properties must reach a
 * different verdict than with the real one.
 */
import { describe, expect, it, vi } from "vitest";

/** Switches read by the mocks below: a NaN-returning variance, for the ERROR checks. */
const mode = vi.hoisted(() => ({ nanVariance: false }));

// Broken softmax: normalises by the sum of the raw logits' exponentials *before* the max-shift
// correction is undone (rows no longer sum to 1 unless max a = 0), and ignores β above 50 (a
// silently clamped temperature).
vi.mock("../../src/attention/softmax.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/attention/softmax.js")>();
  return {
    ...real,
    softmax: (a: ArrayLike<number>, beta = 1) => {
      const p = real.softmax(a, Math.min(beta, 50));
      const m = Math.max(...Array.from(a, (x) => beta * x));
      return p.map((x) => x * Math.exp(Math.min(0, -m) / 10));
    },
  };
});

// Sign flip: ⟨E⟩ reported as +Σ p a (energy taken equal to the logit).
vi.mock("../../src/attention/boltzmann.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/attention/boltzmann.js")>();
  return {
    ...real,
    rowThermo: (a: ArrayLike<number>, beta: number) => {
      const t = real.rowThermo(a, beta);
      return { ...t, meanEnergy: -t.meanEnergy, varEnergy: mode.nanVariance ? Number.NaN : t.varEnergy };
    },
  };
});

const { properties } = await import("../../properties/softmax.js");
const { runProperty } = await import("../../src/claims/runner.js");

function verdict(id: string): string {
  const prop = properties.find((p) => p.id === id);
  expect(prop, id).toBeDefined();
  return runProperty(prop!, { seed: 7 }).observed;
}

describe("softmax family against broken references", () => {
  it("refutes normalization (wrong normaliser)", () => {
    expect(verdict("softmax.normalization")).toBe("REFUTED");
  });
  it("refutes the Boltzmann form against the 50-digit road", () => {
    expect(verdict("softmax.boltzmann-form")).toBe("REFUTED");
  });
  it("refutes d ln Z/dβ = −⟨E⟩ when the energy's sign is flipped", () => {
    expect(verdict("softmax.dlnz-dbeta")).toBe("REFUTED");
  });
  it("a NaN variance is an ERROR, never a refutation or a pass", () => {
    mode.nanVariance = true;
    try {
      for (const id of [
        "softmax.critical-beta-transition",
        "softmax.finite-n-analytic",
        "softmax.entropy-derivative",
      ]) {
        expect(verdict(id), id).toBe("ERROR");
      }
    } finally {
      mode.nanVariance = false;
    }
  });
});
