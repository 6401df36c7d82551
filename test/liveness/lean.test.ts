/**
 * Liveness of the lean family: a checker blind to `sorry`, `True` and restated hypotheses, and a
 * TransformerAsIsingModel transcription that states the meaningful reading instead of `True`, must
 * change the verdicts. (The listing's attentionMatrix is checked, and broken, by the attention family.)
 */
import { describe, expect, it, vi } from "vitest";

vi.mock("../../src/lean/checker.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/lean/checker.js")>();
  return {
    ...real,
    checkLeanFile: (src: string) => {
      const r = real.checkLeanFile(src);
      return {
        declarations: r.declarations.map((d) => ({
          ...d,
          usesSorry: false,
          conclusionTrue: false,
          conclusionFromHypothesis: false,
        })),
      };
    },
  };
});
vi.mock("../../src/lean/transformer-as-ising.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/lean/transformer-as-ising.js")>();
  return {
    ...real,
    transformerAsIsingModel: (H: Parameters<typeof real.transformerAsIsingModel>[0], beta: number) =>
      real.layerProductDefect(H, beta) <= 1e-3,
  };
});

const { properties } = await import("../../properties/lean.js");
const { runProperty } = await import("../../src/claims/runner.js");
const prop = (id: string) => {
  const p = properties.find((x) => x.id === id);
  if (!p) throw new Error(`no property ${id}`);
  return p;
};

describe("lean family against broken references", () => {
  it("a blind checker makes the listing look proved", () => {
    expect(runProperty(prop("lean.listing-proves-claims"), { seed: 7 }).observed).toBe("HOLDS");
  });
  it("a transcription with content is no longer vacuous", () => {
    expect(runProperty(prop("lean.transformer-as-ising-vacuous"), { seed: 7 }).observed).toBe("REFUTED");
  });
});
