import { describe, expect, it } from "vitest";
import { checkLeanFile } from "../../src/lean/checker.js";
import { rgFixedPointStatement, isRgFixed } from "../../src/lean/rg-fixed-point.js";
import { leanSketch } from "../../src/lean/sketches.js";

describe("RGFixedPoint transcription", () => {
  it("the checker finds its conclusion in its hypothesis (second road for the transcription's shape)", () => {
    const d = checkLeanFile(leanSketch("Paper.lean")).declarations.find((x) => x.name === "RGFixedPoint");
    expect(d?.conclusionFromHypothesis).toBe(true);
  });
  it("fixed points by hand: 0 and diag(1, 0) are fixed, [[2]] is not; the statement holds for all three", () => {
    expect(isRgFixed([[0n]])).toBe(true);
    expect(
      isRgFixed([
        [1n, 0n],
        [0n, 0n],
      ]),
    ).toBe(true);
    expect(isRgFixed([[2n]])).toBe(false);
    for (const J of [[[0n]], [[2n]], [[1n]]]) expect(rgFixedPointStatement(J)).toBe(true);
    // A broken R (2R(J) = J + J² + 1) fixes nothing: the hypothesis fails, so the statement holds vacuously.
    expect(rgFixedPointStatement([[2n]], (J) => J.map((r) => r.map((x) => x + 1n)))).toBe(true);
  });
});
