import { describe, expect, it } from "vitest";
import {
  attentionBlockKinds,
  attentionBlocksInstantiated,
  vanillaTransformer,
} from "../../src/attention/vanilla-transformer.js";

describe("the vanilla transformer as data", () => {
  it("three kinds of attention block, 18 instantiated at N = 6 (Vaswani et al. 2017, §3.1-3.2.3)", () => {
    const t = vanillaTransformer();
    expect(attentionBlockKinds(t)).toBe(3);
    expect(attentionBlocksInstantiated(t)).toBe(18);
  });
  it("instantiated blocks are 3N for every N (second road: counting layer by layer)", () => {
    for (let n = 1; n <= 12; n++) {
      const t = vanillaTransformer(n);
      let count = 0;
      for (let l = 0; l < n; l++) count += 1 + 2; // one encoder block, two decoder blocks per layer
      expect(attentionBlocksInstantiated(t)).toBe(count);
    }
    expect(() => vanillaTransformer(0)).toThrow(RangeError);
  });
});
