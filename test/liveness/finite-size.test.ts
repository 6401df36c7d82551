/**
 * Liveness of the finite-size family: a susceptibility normalized by N twice (an extra 1/N) changes
 * the fitted exponent by −2 in L, which the scaling claim must catch.
 */
import { describe, expect, it, vi } from "vitest";

vi.mock("../../src/ising/row-transfer.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/ising/row-transfer.js")>();
  return {
    ...real,
    rowTransferJets: (L: number, M: number, beta: number, options: Parameters<typeof real.rowTransferJets>[3]) => {
      const j = real.rowTransferJets(L, M, beta, options);
      return options.wrt === "h" ? { ...j, d2: j.d2 / (L * M) } : j;
    },
  };
});

const { properties } = await import("../../properties/finite-size.js");
const { runProperty } = await import("../../src/claims/runner.js");

describe("finite-size family against a χ with an extra 1/N", () => {
  it("refutes the χ(T_c) scaling", () => {
    const prop = properties.find((p) => p.id === "finite-size.chi-scaling");
    expect(prop).toBeDefined();
    expect(runProperty(prop!, { seed: 7 }).observed).toBe("REFUTED");
  });
});
