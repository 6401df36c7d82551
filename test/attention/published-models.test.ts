import { describe, expect, it } from "vitest";
import { impliedLayers, PUBLISHED_MODELS, publishedLayers } from "../../src/attention/published-models.js";

describe("published layer counts", () => {
  it("each stated count is the count implied by the published parameter total and width (second road), within 10 %", () => {
    for (const [name, m] of Object.entries(PUBLISHED_MODELS)) {
      const implied = impliedLayers(m);
      expect(Math.abs(implied - m.layers) / m.layers, name).toBeLessThan(0.1);
    }
  });
  it("a wrong count is caught by the second road: GPT-3 with 48 layers would need about twice its parameters", () => {
    const g = PUBLISHED_MODELS["GPT-3"];
    expect(Math.abs(impliedLayers(g) - 48) / 48).toBeGreaterThan(0.5);
  });
  it("publishedLayers looks up a name and refuses unknown ones (including prototype keys)", () => {
    expect(publishedLayers("BERT-large")).toBe(24);
    expect(() => publishedLayers("GPT-4")).toThrow(RangeError);
    expect(() => publishedLayers("toString")).toThrow(RangeError);
  });
});
