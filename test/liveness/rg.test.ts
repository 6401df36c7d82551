/**
 * Liveness of the rg family: a sign-flipped RG map R(J) = ½(J − J²) must change the verdicts.
 */
import { describe, expect, it, vi } from "vitest";

const state = vi.hoisted(() => ({ broken: false }));

vi.mock("../../src/linalg/rg.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/linalg/rg.js")>();
  return {
    ...real,
    rgFlow: (J: number[][]) => {
      if (!state.broken) return real.rgFlow(J);
      const R = real.rgFlow(J); // ½(J + J²) → ½(J − J²) = J − R
      return J.map((row, i) => row.map((x, j) => x - R[i][j]));
    },
    rgFlowTwiceExact: (J: bigint[][]) => {
      if (!state.broken) return real.rgFlowTwiceExact(J);
      const R2 = real.rgFlowTwiceExact(J); // J + J² → J − J² = 2J − (J + J²)
      return J.map((row, i) => row.map((x, j) => 2n * x - R2[i][j]));
    },
  };
});

const { properties } = await import("../../properties/rg.js");
const { runProperty } = await import("../../src/claims/runner.js");
const prop = (id: string) => properties.find((x) => x.id === id)!;

describe("rg family against a sign-flipped RG map", () => {
  it("refutes the fixed-point characterization and the stability spectrum", () => {
    state.broken = false;
    expect(runProperty(prop("rg.fixed-points-idempotent"), { seed: 7 }).observed).toBe("HOLDS");
    expect(runProperty(prop("rg.fixed-point-stability"), { seed: 7 }).observed).toBe("HOLDS");
    state.broken = true;
    expect(runProperty(prop("rg.fixed-points-idempotent"), { seed: 7 }).observed).toBe("REFUTED");
    expect(runProperty(prop("rg.fixed-point-stability"), { seed: 7 }).observed).toBe("REFUTED");
    state.broken = false;
  });
});
