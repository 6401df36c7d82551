/**
 * The registry as a whole: it loads, every quote is in its document, links go both ways, every
 * Lean name exists in the sketches, and every family has a liveness test.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadRegistry, PROJECT_ROOT } from "../src/claims/registry.js";
import { quoteOccursIn } from "../src/claims/quote.js";
import { seedsDir } from "../src/claims/documents.js";

const registry = await loadRegistry();
// Without the documents the quotes cannot be checked: those checks are skipped here, and
// test/documents-folder.test.ts fails once, saying where the documents go.
const SEEDS = seedsDir();

describe("spec integrity", () => {
  const docs = new Map<string, string>();
  const text = (d: string) => {
    if (!docs.has(d)) docs.set(d, readFileSync(join(SEEDS as string, d), "utf8"));
    return docs.get(d) as string;
  };

  for (const e of registry.entries) {
    it.skipIf(SEEDS === undefined)(`${e.id}: the quote is verbatim in ${e.source.document}`, () => {
      expect(quoteOccursIn(e.source.quote, text(e.source.document)), `quote not found: "${e.source.quote}"`).toBe(true);
    });
  }

  it("links related entries both ways", () => {
    const oneWay: string[] = [];
    for (const e of registry.entries) {
      for (const r of e.related) if (!registry.byId.get(r)?.related.includes(e.id)) oneWay.push(`${e.id} → ${r}`);
    }
    expect(oneWay).toEqual([]);
  });

  it("names a precise reading for every ILL_POSED entry that is itself checkable", () => {
    for (const e of registry.entries) {
      if (e.expected.verdict !== "ILL_POSED") continue;
      const reading = registry.byId.get(e.expected.reading);
      expect(reading?.expected.verdict, `${e.id} → ${e.expected.reading}`).not.toBe("ILL_POSED");
      expect(reading?.expected.verdict).not.toBe("NOT_CHECKABLE");
    }
  });

  it("points every Lean name at a declaration in lean-sketches/", () => {
    const missing: string[] = [];
    for (const e of registry.entries) {
      for (const ref of e.lean) {
        const [file, decl] = ref.split("#");
        const path = join(PROJECT_ROOT, "lean-sketches", file);
        const src = existsSync(path) ? readFileSync(path, "utf8") : "";
        const declared = new RegExp(
          `^\\s*(?:noncomputable\\s+)?(?:def|theorem|lemma|structure|abbrev|instance|class)\\s+${decl.replace(/'/g, "\\'")}\\b`,
          "m",
        );
        if (!declared.test(src)) missing.push(`${e.id}: ${ref}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("has a liveness test (a deliberately broken reference) for every family", () => {
    const missing = registry.families.filter(
      (f) => !existsSync(join(PROJECT_ROOT, "test", "liveness", `${f}.test.ts`)),
    );
    expect(missing).toEqual([]);
  });
});
