import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { parseShard, selectShard } from "../../src/cli/shard.js";

describe("shards", () => {
  test.prop([fc.uniqueArray(fc.stringMatching(/^[a-z]{1,6}$/), { maxLength: 60 }), fc.integer({ min: 1, max: 7 })])(
    "n shards partition the claims, whatever their order",
    (ids, n) => {
      const entries = ids.map((id) => ({ id }));
      const shards = Array.from({ length: n }, (_, i) =>
        selectShard(entries, { index: i + 1, count: n }).map((e) => e.id),
      );
      expect(shards.flat().sort()).toEqual([...ids].sort());
      const reversed = [...entries].reverse();
      expect(
        selectShard(reversed, { index: 1, count: n })
          .map((e) => e.id)
          .sort(),
      ).toEqual([...shards[0]].sort());
    },
  );

  test("parses i/n and rejects the rest", () => {
    expect(parseShard("2/3")).toEqual({ index: 2, count: 3 });
    for (const bad of ["0/3", "4/3", "a/b", "3"]) expect(() => parseShard(bad)).toThrow(/shard/);
  });
});
