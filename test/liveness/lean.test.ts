/**
 * Liveness of the lean family: a checker that misses `True` conclusions must change the verdicts.
 * (The listing's attentionMatrix is checked, and broken, by the attention family.)
 */
import { describe, expect, it, vi } from "vitest";

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
  it("a checker blind to `True` conclusions no longer finds TransformerAsIsingModel vacuous", () => {
    expect(runProperty(prop("lean.transformer-as-ising-vacuous"), { seed: 7 }).observed).toBe("REFUTED");
  });
});
