import { describe, expect, it } from "vitest";
import { checkLeanFile } from "../../src/lean/checker.js";
import { leanSketch } from "../../src/lean/sketches.js";
import { layerProductDefect, transformerAsIsingModel } from "../../src/lean/transformer-as-ising.js";

const layer = (a: number, h: number) => ({
  J: [
    [0, a],
    [a, 0],
  ],
  h: [h, h],
});

describe("TransformerAsIsingModel", () => {
  it("the transcription is the parsed conclusion: True (second road: the checker on Paper.lean)", () => {
    const d = checkLeanFile(leanSketch("Paper.lean")).declarations.find((x) => x.name === "TransformerAsIsingModel");
    expect(d?.conclusionTrue).toBe(true);
    expect(transformerAsIsingModel([layer(1, 0.5), layer(-0.5, 1)], 0.7)).toBe(true);
    expect(() => transformerAsIsingModel([], 1)).toThrow(RangeError);
  });
  it("the meaningful reading: 0 for one layer, positive for non-commuting z/x layers", () => {
    expect(layerProductDefect([layer(1, 0.5)], 1)).toBe(0);
    expect(layerProductDefect([layer(1, 0.5), layer(0.75, 0.25)], 1)).toBeGreaterThan(1e-3);
  });
});
