/**
 * Liveness of the periodic family: a distance without wrap-around (|i − j|) must break both the
 * metric-vs-cycle check and the equivariance that the periodic bias is supposed to give.
 */
import { describe, expect, it, vi } from "vitest";

vi.mock("../../src/attention/periodic.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/attention/periodic.js")>();
  const open = (i: number, j: number) => Math.abs(i - j);
  return {
    ...real,
    periodicDistance: open,
    periodicBias: (n: number, f: (d: number) => number) =>
      Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => f(open(i, j)))),
  };
});

const { properties } = await import("../../properties/periodic.js");
const { runProperty } = await import("../../src/claims/runner.js");

function verdict(id: string): string {
  const prop = properties.find((p) => p.id === id);
  expect(prop, id).toBeDefined();
  return runProperty(prop!, { seed: 7 }).observed;
}

describe("periodic family against a distance without wrap-around", () => {
  it("refutes the metric entry (disagrees with the cycle's BFS distance)", () => {
    expect(verdict("periodic.distance-metric")).toBe("REFUTED");
  });
  it("refutes cyclic-shift equivariance inside its conditions", () => {
    expect(verdict("periodic.shift-equivariance")).toBe("REFUTED");
  });
  it("refutes the edge-effects entry inside its conditions", () => {
    expect(verdict("periodic.edge-effects")).toBe("REFUTED");
  });
});
