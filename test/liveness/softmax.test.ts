/**
 * Liveness of the softmax family: with a deliberately broken softmax the properties must reach a
 * different verdict than with the real one.
 */
import { describe, expect, it, vi } from "vitest";

// The broken reference normalizes by the sum of the raw logits' exponentials *before* the
// max-shift correction is undone: rows no longer sum to 1 unless max a = 0.
vi.mock("../../src/attention/softmax.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/attention/softmax.js")>();
  return {
    ...real,
    softmax: (a: ArrayLike<number>, beta = 1) => {
      const p = real.softmax(a, beta);
      const m = Math.max(...Array.from(a, (x) => beta * x));
      return p.map((x) => x * Math.exp(Math.min(0, -m) / 10));
    },
  };
});

const { properties } = await import("../../properties/softmax.js");
const { runProperty } = await import("../../src/claims/runner.js");

describe("softmax family against a broken softmax", () => {
  it("refutes normalization", () => {
    const prop = properties.find((p) => p.id === "softmax.normalization");
    expect(prop).toBeDefined();
    expect(runProperty(prop!, { seed: 7 }).observed).toBe("REFUTED");
  });
});
