import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { conditional, control, holds, illPosed, once, part, partsOf, vacuous } from "../../src/claims/property.js";

const p = part({ description: "d", arbitraries: () => [fc.integer()], predicate: () => true });

describe("property constructors", () => {
  it("record where they were called: this file, with its line", () => {
    const line = Number(new Error().stack?.split("\n")[1]?.match(/:(\d+):\d+\)?$/)?.[1]) + 1;
    const h = holds("t.h", p);
    expect(h.location.file).toMatch(/^\/.*\/test\/claims\/property\.test\.ts$/);
    expect(h.location.line).toBe(line);
    for (const q of [conditional("t.c", { inside: p, boundary: p }), vacuous("t.v", p), illPosed("t.i", p)])
      expect(q.location.file).toBe(h.location.file);
  });

  it("a control names its change; its variant is the check", () => {
    expect(() => control("  ", holds("t.x", p))).toThrow(new RangeError("a control names its change"));
    const c = control("a wrong sign", holds("t.x", p));
    expect(c).toEqual({ change: "a wrong sign", variant: { kind: "holds", claim: p } });
  });

  it("lists the parts of each kind in running order; once is one deterministic run", () => {
    expect(partsOf(conditional("t.c", { inside: p, boundary: once("b", () => true) }).check).map(([r]) => r)).toEqual([
      "inside",
      "boundary",
    ]);
    const o = once("o", () => false, { budgetMs: 7 });
    expect(o).toMatchObject({ description: "o", numRuns: 1, thoroughRuns: 1, budgetMs: 7 });
    expect(o.predicate({} as never)).toBe(false);
  });
});
