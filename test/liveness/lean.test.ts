/**
 * Liveness of the lean family: a row-normalized attentionMatrix and a checker that misses `True`
 * conclusions must change the verdicts.
 */
import { describe, expect, it, vi } from "vitest";

const state = vi.hoisted(() => ({ broken: false }));

vi.mock("../../src/lean/listing.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/lean/listing.js")>();
  return {
    ...real,
    leanAttentionMatrix: (Q: number[][], K: number[][], beta: number) => {
      const A = real.leanAttentionMatrix(Q, K, beta);
      if (!state.broken) return A;
      return A.map((row) => {
        const s = row.reduce((a, b) => a + b, 0);
        return row.map((x) => x / s);
      });
    },
  };
});

vi.mock("../../src/lean/checker.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/lean/checker.js")>();
  return {
    ...real,
    // The broken checker never recognizes a `True` conclusion.
    checkLeanFile: (src: string) => {
      const r = real.checkLeanFile(src);
      return { declarations: r.declarations.map((d) => ({ ...d, conclusionTrue: false })) };
    },
  };
});

const { properties } = await import("../../properties/lean.js");
const { runProperty } = await import("../../src/claims/runner.js");
const prop = (id: string) => properties.find((x) => x.id === id)!;

describe("lean family against broken references", () => {
  it("a row-normalized attentionMatrix makes the row-sum claim hold", () => {
    state.broken = false;
    expect(runProperty(prop("lean.attention-matrix-rows"), { seed: 7 }).observed).toBe("REFUTED");
    state.broken = true;
    expect(runProperty(prop("lean.attention-matrix-rows"), { seed: 7 }).observed).toBe("HOLDS");
    state.broken = false;
  });

  it("a checker blind to `True` conclusions no longer finds TransformerAsIsingModel vacuous", () => {
    expect(runProperty(prop("lean.transformer-as-ising-vacuous"), { seed: 7 }).observed).toBe("REFUTED");
  });
});
