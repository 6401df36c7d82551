/**
 * Liveness of the attention family: wrong normalisation axis, dropped scale factor, and the Lean
 * matrix "repaired" behind the property's back each change a verdict.
 */
import { describe, expect, it, vi } from "vitest";

vi.mock("../../src/attention/attention.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/attention/attention.js")>();
  const { matmul, transpose } = await import("../../src/attention/matrix.js");
  return {
    ...real,
    // Wrong axis: normalise each column (over queries) instead of each row (over keys).
    attention: (q: number[][], k: number[][], v: number[][]) => {
      const weights = real.columnSoftmax(matmul(q, transpose(k)).map((r) => r.map((x) => x / Math.sqrt(q[0].length))));
      return { weights, output: matmul(weights, v) };
    },
    // Dropped scale factor: the inverse temperature of the row softmax is ignored.
    rowSoftmax: (s: number[][]) => real.rowSoftmax(s),
    // The Lean matrix silently normalised per row.
    leanAttentionMatrix: (q: number[][], k: number[][], beta: number) =>
      real.rowSoftmax(real.attentionScores(q, k, beta)),
  };
});

const { properties } = await import("../../properties/attention.js");
const { runProperty } = await import("../../src/claims/runner.js");

function verdict(id: string): string {
  const prop = properties.find((p) => p.id === id);
  expect(prop, id).toBeDefined();
  return runProperty(prop!, { seed: 7 }).observed;
}

describe("attention family against broken references", () => {
  it("refutes row-stochasticity under a column softmax", () => {
    expect(verdict("attention.row-stochastic")).toBe("REFUTED");
  });
  it("refutes the scale-as-temperature identity when the scale is dropped", () => {
    expect(verdict("attention.scale-is-temperature")).toBe("REFUTED");
  });
  it("no longer refutes the Lean row-stochasticity claim, and refutes the global relation, when the Lean matrix is row-normalised", () => {
    expect(verdict("attention.lean-row-stochastic")).toBe("HOLDS");
    expect(verdict("attention.lean-global-relation")).toBe("REFUTED");
  });
});
