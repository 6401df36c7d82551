/**
 * Liveness of the thermo family: Kaufman's formula with the ½ prefactor dropped (ln Z off by ln 2)
 * must be caught by both cross-checks.
 */
import { describe, expect, it, vi } from "vitest";

vi.mock("../../src/ising/kaufman.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/ising/kaufman.js")>();
  return {
    ...real,
    kaufmanLogZ: (m: number, n: number, beta: number | string, digits = 40) =>
      real.kaufmanLogZ(m, n, beta, digits).plus(Math.LN2),
  };
});

const { properties } = await import("../../properties/thermo.js");
const { runProperty } = await import("../../src/claims/runner.js");
const byId = (id: string) => {
  const p = properties.find((q) => q.id === id);
  if (!p) throw new Error(`no property ${id}`);
  return p;
};

describe("thermo family against Kaufman without its ½", () => {
  it("refutes agreement with enumeration", () => {
    expect(runProperty(byId("thermo.kaufman-vs-enumeration"), { seed: 7 }).observed).toBe("REFUTED");
  });
  it("refutes agreement with the row transfer matrix", () => {
    expect(runProperty(byId("thermo.kaufman-vs-row-transfer"), { seed: 7 }).observed).toBe("REFUTED");
  });
});
