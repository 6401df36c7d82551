/**
 * Every sentence of every registered document is accounted for by its coverage map
 * (`spec/coverage/<id>.yaml`): hashes match (a changed document fails listing the changed
 * sentences), claim ids are entries and not readings/repairs/support, `same` follows the base
 * document by hash, `missing` only while listed in MISSING.md. The counts (claims, missing,
 * unclassified) are printed per document and per section.
 */
import { describe, expect, it } from "vitest";
import { documentText, seedsDir } from "../../src/claims/documents.js";
import { loadSpec } from "../../src/claims/registry.js";
import {
  checkCoverage,
  type CoverageCounts,
  loadCoverage,
  loadMissing,
  parseMissing,
} from "../../src/documents/coverage.js";
import { coverageOfAll } from "../../src/documents/check.js";
import { documents } from "../../src/documents/registry.js";
import { sentenceOfQuote, splitSentences } from "../../src/documents/sentences.js";

const entries = loadSpec();
const infos = new Map(entries.map((e) => [e.id, { role: e.role, document: e.source.document }]));
const all = coverageOfAll(infos);
const missing = loadMissing();

function line(c: CoverageCounts): string {
  const pct = c.sentences === 0 ? 0 : Math.round((100 * (c.sentences - c.unclassified)) / c.sentences);
  return `${c.sentences} sentences: ${c.claims} claims, ${c.missing} missing entries, ${c.notClaims} not claims, ${c.unclassified} unclassified (${pct}% classified${c.same ? `, ${c.same} same as the base` : ""})`;
}

// Without the documents there are no sentences to account for: skipped, and
// test/documents-folder.test.ts fails once, saying where the documents go.
describe.skipIf(seedsDir() === undefined)("coverage maps", () => {
  for (const d of all) {
    describe(`${d.record.id} (${d.record.title})`, () => {
      it("has its text and a coverage map", () => {
        expect(d.sentences, `document ${d.record.file} not found`).toBeDefined();
        expect(loadCoverage(d.record.id), `no spec/coverage/${d.record.id}.yaml`).toBeDefined();
      });
      it("accounts for every sentence, with matching hashes and existing entries", () => {
        expect(
          d.check?.problems ?? ["no check"],
          `a changed document or entry: \`npx tsx scripts/coverage-draft.ts ${d.record.id}\` shows the sentences, \`--write\` updates the map`,
        ).toEqual([]);
      });
      it("marks the sentence of every literal entry of the document as that entry's claim", () => {
        const claimed = new Set(d.check?.resolved.flatMap((r) => (r.status === "claim" ? [r.id] : [])) ?? []);
        // Say where each unmarked literal entry's quote is, and which entry holds that sentence:
        // two literal entries quoting one sentence is a conflict for the family to settle.
        const unmarked = entries
          .filter((e) => e.role === "literal" && e.source.document === d.record.file && !claimed.has(e.id))
          .map((e) => {
            const at = d.sentences ? sentenceOfQuote(d.sentences, e.source.quote) : undefined;
            const r = at === undefined ? undefined : d.check?.resolved[at];
            const held = r?.status === "claim" ? `held by literal ${r.id}` : `classified ${r?.status ?? "?"}`;
            return at === undefined ? `${e.id}: quote not located` : `${e.id}: its sentence n=${at} is ${held}`;
          });
        expect(
          unmarked,
          `re-draft with \`npx tsx scripts/coverage-draft.ts ${d.record.id} --write\`; what remains is two literal entries for one sentence`,
        ).toEqual([]);
      });
      it("reports its coverage per section", () => {
        const c = d.check;
        if (c === undefined) return;
        const out = [`${d.record.id} ${d.record.title}: ${line(c.total)}`];
        for (const [s, n] of c.bySection) out.push(`  ${s}: ${line(n)}`);
        const unroled = c.resolved.filter((r) => r.status === "claim" && infos.get(r.id)?.role === undefined).length;
        if (unroled > 0) out.push(`  (${unroled} claim sentences point at entries with no role yet)`);
        console.log(out.join("\n"));
        expect(c.total.sentences).toBe(d.sentences?.length);
      });
    });
  }

  it("lists in MISSING.md only sentences the maps mark missing, and says which have entries now", () => {
    const marked = new Set<string>();
    for (const d of all) {
      const map = loadCoverage(d.record.id);
      for (const item of map?.sentences ?? [])
        if ("missing" in item) marked.add(`${d.record.id} ${item.n} ${item.missing}`);
    }
    const stale = missing.filter((m) => !marked.has(`${m.document} ${m.position} ${m.id}`));
    const written = missing.filter((m) => infos.has(m.id)).map((m) => m.id);
    console.log(
      `MISSING.md: ${missing.length} claim sentences without a literal entry${written.length ? `; entries now written for ${written.join(", ")} (mark them claim)` : ""}`,
    );
    expect(stale.map((m) => `${m.document} ${m.position} ${m.id}`)).toEqual([]);
  });
});

describe("checkCoverage", () => {
  const record = documents().find((d) => d.id === "004");
  const text = record === undefined ? undefined : documentText(record.file);
  it.runIf(text !== undefined)("shows a changed document as the list of its changed sentences", () => {
    const map = loadCoverage("004");
    if (text === undefined || map === undefined) throw new Error("004 and its map are needed");
    const edited = splitSentences(text.replace("The hash function is the physics.", "The hash function is chemistry."));
    const check = checkCoverage("004", edited, map, infos, missing);
    expect(check.changed.map((c) => c.position)).toHaveLength(1);
    expect(check.problems.some((p) => p.includes("changed sentence"))).toBe(true);
  });
  it("rejects a claim that is not an entry, an unlisted missing sentence and a wrong same-as", () => {
    const s = splitSentences("One claim here. Another one there. A third.");
    const map = {
      document: "x",
      sentences: [
        { n: 0, h: s[0].hash, claim: "no.such-entry" },
        { n: 1, h: s[1].hash, missing: "demo.unlisted" },
        { n: 2, h: s[2].hash, same: 0 },
      ],
    };
    const base = {
      id: "b",
      sentences: splitSentences("Different text entirely."),
      map: { document: "b", sentences: [] },
    };
    const p = checkCoverage("x", s, map, new Map(), [], base).problems.join("\n");
    expect(p).toMatch(/claim no.such-entry is no entry/);
    expect(p).toMatch(/missing demo.unlisted is not listed/);
    expect(p).toMatch(/same: 0, but b n=0 is a different sentence/);
    const listed = parseMissing("| x | 1 | §1 | words | `demo.unlisted` |");
    expect(checkCoverage("x", s, map, new Map(), listed).problems.join("\n")).not.toMatch(/not listed/);
  });
  it("rejects a claim whose entry is a reading, and a shared sentence classified by hand", () => {
    const s = splitSentences("Shared sentence. Own sentence.");
    const base = splitSentences("Shared sentence.");
    const map = {
      document: "x",
      sentences: [
        { n: 0, h: s[0].hash, not: "hedge" as const },
        { n: 1, h: s[1].hash, claim: "demo.reading" },
      ],
    };
    const p = checkCoverage("x", s, map, new Map([["demo.reading", { role: "reading", document: "x" }]]), [], {
      id: "b",
      sentences: base,
      map: { document: "b", sentences: [{ n: 0, h: base[0].hash, not: "hedge" }] },
    }).problems.join("\n");
    expect(p).toMatch(/identical to b n=0/);
    expect(p).toMatch(/has role reading/);
  });
  it("finds the documents folder", () => {
    expect(all.every((d) => d.sentences !== undefined) || seedsDir() === undefined).toBe(true);
  });
});
