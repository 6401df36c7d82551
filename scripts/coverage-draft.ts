/**
 * Draft or update a document's coverage map (`spec/coverage/<id>.yaml`).
 *
 *   npx tsx scripts/coverage-draft.ts 004            # print the sentences with their drafted classes
 *   npx tsx scripts/coverage-draft.ts 004 --write    # write the map
 *   npx tsx scripts/coverage-draft.ts 004 --set 12=not:hedge 13=claim:blog.x 14=missing:blog.y --write
 *   npx tsx scripts/coverage-draft.ts --missing     # rewrite MISSING.md's table from the maps
 *
 * A sentence keeps the classification it has in the existing map when its hash is unchanged (at
 * its position, or moved elsewhere). Otherwise it is drafted: `same` when the document is a version
 * of another and the base has a sentence with the same hash (computed, never hand-written);
 * `claim` when exactly one entry's quote starts in it (the `literal` one when several do); headings,
 * markup, front-matter lines and bibliography items get their reason; the rest stays
 * `unclassified` until someone reads it. `--set` records a reader's classification.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { documentText, seedsDir } from "../src/claims/documents.js";
import { loadSpec, PROJECT_ROOT } from "../src/claims/registry.js";
import {
  type CoverageItem,
  type CoverageMap,
  coveragePath,
  CoverageItemSchema,
  COVERAGE_DIR,
  loadCoverage,
  loadMissing,
} from "../src/documents/coverage.js";
import { documentById, documents } from "../src/documents/registry.js";
import { type Sentence, sentenceOfQuote, splitSentences } from "../src/documents/sentences.js";

const args = process.argv.slice(2);
if (args[0] === "--missing") {
  rewriteMissing();
  process.exit(0);
}
const docId = args[0];
const write = args.includes("--write");
const rehash = args.includes("--rehash");
const record = documentById(docId);
if (record === undefined) throw new Error(`no document ${docId} in spec/documents.yaml`);
const text = documentText(record.file);
if (text === undefined) throw new Error(`document ${record.file} not found (documents folder: ${seedsDir()})`);
const sentences = splitSentences(text);
const existing = loadCoverage(docId);
const entries = loadSpec(join(PROJECT_ROOT, "spec"));

const base = record.versionOf === undefined ? undefined : documentById(record.versionOf);
let baseSentences: Sentence[] = [];
const baseMap = base === undefined ? undefined : loadCoverage(base.id);
if (base !== undefined) {
  const baseText = documentText(base.file);
  if (baseText === undefined) throw new Error(`base document ${base.file} not found`);
  baseSentences = splitSentences(baseText);
}

/** The base sentence with this hash nearest to position n (a formula may occur twice). */
function sameAs(s: Sentence): number | undefined {
  let best: number | undefined;
  for (const b of baseSentences) {
    if (b.hash !== s.hash) continue;
    if (best === undefined || Math.abs(b.index - s.index) < Math.abs(best - s.index)) best = b.index;
  }
  return best;
}

/** Letter trigrams of a sentence, for near-identical matching against the base document. */
function trigrams(t: string): Set<string> {
  const l = t.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
  const out = new Set<string>();
  for (let i = 0; i + 3 <= l.length; i++) out.add(l.slice(i, i + 3));
  return out;
}
const baseGrams = baseSentences.map((s) => trigrams(s.text));

/**
 * A base sentence nearly identical to this one (Dice similarity of letter trigrams ≥ 0.8): the same
 * sentence reworded by extraction, whose classification (claim or not-claim) carries over as a
 * draft. Not `same`: the text differs, so the reader confirms it.
 */
function nearBase(s: Sentence): Classification | undefined {
  if (baseMap === undefined) return undefined;
  const g = trigrams(s.text);
  if (g.size < 8) return undefined;
  let best = -1;
  let bestScore = 0;
  baseGrams.forEach((b, i) => {
    let common = 0;
    for (const x of g) if (b.has(x)) common++;
    const score = (2 * common) / (g.size + b.size);
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  });
  const item = bestScore >= 0.8 ? baseMap.sentences[best] : undefined;
  if (item === undefined || "same" in item || "missing" in item || "unclassified" in item) return undefined;
  return classOf(item);
}

// Entries whose quote starts in each sentence.
const quoted = new Map<number, { id: string; role?: string }[]>();
for (const e of entries) {
  if (e.source.document !== record.file) continue;
  const at = sentenceOfQuote(sentences, e.source.quote);
  if (at === undefined) continue;
  const list = quoted.get(at) ?? [];
  list.push({ id: e.id, role: e.role });
  quoted.set(at, list);
}

const oldByHash = new Map<string, CoverageItem>();
for (const item of existing?.sentences ?? []) if (!oldByHash.has(item.h)) oldByHash.set(item.h, item);

/** The classification of an item without its position and hash. */
type Classification =
  | { claim: string }
  | { same: number }
  | { missing: string }
  | { not: string }
  | { unclassified: true };

function classOf(item: CoverageItem): Classification {
  const { n: _n, h: _h, ...rest } = item;
  return rest as Classification;
}

function draft(s: Sentence): Classification {
  const baseAt = sameAs(s);
  if (baseAt !== undefined) return { same: baseAt };
  const old = existing?.sentences[s.index];
  // --rehash: the splitter is unchanged but the hash function changed; keep by position.
  // A claim whose entry has since been given another role moves to the literal entry quoted there.
  const literalHere = (quoted.get(s.index) ?? []).filter((e) => e.role === "literal");
  const roleOf = new Map(entries.map((e) => [e.id, e.role]));
  const stale = (i: CoverageItem | undefined) =>
    i !== undefined && "claim" in i && roleOf.get(i.claim) !== undefined && roleOf.get(i.claim) !== "literal";
  if (stale(existing?.sentences[s.index])) {
    return literalHere.length === 1 ? { claim: literalHere[0].id } : { unclassified: true };
  }
  const known = (i: CoverageItem | undefined) => i !== undefined && !("same" in i) && !("unclassified" in i);
  if (known(old) && (old?.h === s.hash || rehash)) return classOf(old as CoverageItem);
  const moved = oldByHash.get(s.hash);
  if (known(moved)) return classOf(moved as CoverageItem);
  const q = quoted.get(s.index) ?? [];
  const literal = q.filter((e) => e.role === "literal");
  if (literal.length === 1) return { claim: literal[0].id };
  if (q.length === 1 && (q[0].role === undefined || q[0].role === "literal")) return { claim: q[0].id };
  if (s.kind === "heading") return { not: "heading" };
  if (s.kind === "markup") return { not: "markup" };
  if (s.kind === "code") return { not: "code" };
  if (s.section === "front" && s.kind === "line") return { not: "front" };
  if (/^\s*(?:[-*]\s*)?\[\d+\]/.test(s.text)) return { not: "reference" };
  return nearBase(s) ?? { unclassified: true };
}

const classes = sentences.map(draft);
for (const a of args.slice(1)) {
  // N=kind:value, or a range N-M=kind:value.
  const m = /^(\d+)(?:-(\d+))?=(claim|missing|not|same):(.+)$/.exec(a);
  if (!m) continue;
  for (let n = Number(m[1]); n <= Number(m[2] ?? m[1]); n++) {
    if (n >= classes.length) throw new Error(`--set ${a}: the document has ${classes.length} sentences`);
    classes[n] = m[3] === "same" ? { same: Number(m[4]) } : ({ [m[3]]: m[4] } as Classification);
  }
}

// Follow the families' roles: a sentence whose entry is now a reading, repair or support moves to
// the literal entry linked to it (or quoted in it), and the sentence of every literal entry of this
// document is that entry's claim, unless another literal entry already holds it (a conflict the
// coverage test then reports).
const byId = new Map(entries.map((e) => [e.id, e]));
const literalLinked = (id: string): string | undefined => {
  const e = byId.get(id);
  if (e === undefined) return undefined;
  for (const l of e.links)
    if ((l.type === "reading-of" || l.type === "repairs") && byId.get(l.target)?.role === "literal") return l.target;
  for (const o of entries)
    if (o.role === "literal" && o.expected.verdict === "ILL_POSED" && o.expected.reading === id) return o.id;
  return e.related.find((r) => byId.get(r)?.role === "literal" && byId.get(r)?.source.document === e.source.document);
};
classes.forEach((c, i) => {
  // An entry written for a missing sentence makes it a claim (and its MISSING.md row goes).
  if ("missing" in c && byId.has(c.missing)) classes[i] = { claim: c.missing };
});
classes.forEach((c, i) => {
  if (!("claim" in c)) return;
  const role = byId.get(c.claim)?.role;
  if (role === undefined || role === "literal") return;
  const here = (quoted.get(i) ?? []).filter((e) => e.role === "literal");
  const to = here.length === 1 ? here[0].id : literalLinked(c.claim);
  classes[i] = to === undefined ? { unclassified: true } : { claim: to };
});
const claimedIds = new Set(classes.flatMap((c) => ("claim" in c ? [c.claim] : "missing" in c ? [c.missing] : [])));
for (const e of [...entries].sort((a, b) => (a.id < b.id ? -1 : 1))) {
  if (e.role !== "literal" || e.source.document !== record.file || claimedIds.has(e.id)) continue;
  const at = sentenceOfQuote(sentences, e.source.quote);
  if (at === undefined) continue;
  const c = classes[at];
  if ("same" in c) continue;
  // Another literal entry keeps the sentence only when its own quote starts there too.
  if ("claim" in c && byId.get(c.claim)?.role === "literal" && (quoted.get(at) ?? []).some((q) => q.id === c.claim)) {
    continue;
  }
  classes[at] = { claim: e.id };
  claimedIds.add(e.id);
}

const items: CoverageItem[] = sentences.map((s, i) =>
  CoverageItemSchema.parse({ n: s.index, h: s.hash, ...classes[i] }),
);

function line(item: CoverageItem): string {
  const { n, h, ...rest } = item;
  const [k, v] = Object.entries(rest)[0];
  return `  - { n: ${n}, h: "${h}", ${k}: ${typeof v === "string" && /^\d/.test(v) ? JSON.stringify(v) : v} }`;
}

if (write) {
  const map: CoverageMap = { document: docId, sentences: items };
  const counts = new Map<string, number>();
  for (const it of items) {
    const k = Object.keys(it).find((x) => x !== "n" && x !== "h") as string;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const header = [
    `# Coverage of ${record.title}: every sentence of ${record.file}, by position n and hash h`,
    "# (src/documents/sentences.ts). claim: its literal entry; same: the sentence at that position of",
    `# the document this is a version of; missing: listed in MISSING.md; not: why it is no claim.`,
    "# Drafted and updated by scripts/coverage-draft.ts; classifications are a reader's.",
    `# ${[...counts].map(([k, v]) => `${k} ${v}`).join(", ")}`,
  ];
  writeFileSync(
    coveragePath(docId),
    `${header.join("\n")}\ndocument: "${map.document}"\nsentences:\n${items.map(line).join("\n")}\n`,
  );
  console.log(
    `wrote ${coveragePath(docId)}: ${items.length} sentences (${[...counts].map(([k, v]) => `${k} ${v}`).join(", ")})`,
  );
} else {
  const width = Number(process.env.WIDTH ?? 160);
  for (const [i, s] of sentences.entries()) {
    const c = classes[i];
    const [k, v] = Object.entries(c)[0];
    const cands = (quoted.get(i) ?? []).map((e) => e.id + (e.role ? `(${e.role})` : ""));
    console.log(
      `${i}\t${s.section}\t${k}${k === "unclassified" ? "" : `:${v}`}${cands.length > 1 ? ` [${cands.join(" ")}]` : ""}\t${s.text.replace(/\s+/g, " ").slice(0, width)}`,
    );
  }
}

/**
 * `--missing`: rewrite the table of spec/coverage/MISSING.md from the maps' `missing` items (their
 * positions move when a document is re-split), keeping each id's paraphrase; an id new to the table
 * gets "(paraphrase to write)".
 */
function rewriteMissing(): void {
  const path = join(COVERAGE_DIR, "MISSING.md");
  const old = existsSync(path) ? readFileSync(path, "utf8") : "# Claim sentences without a literal entry\n\n";
  const paraphrase = new Map(loadMissing().map((m) => [m.id, m.paraphrase]));
  const rows: string[] = [];
  for (const d of documents()) {
    const map = loadCoverage(d.id);
    const text = documentText(d.file);
    if (map === undefined || text === undefined) continue;
    const split = splitSentences(text);
    for (const item of map.sentences) {
      if (!("missing" in item)) continue;
      const section = split[item.n]?.section.replace(/\|/g, "/").slice(0, 40) ?? "?";
      rows.push(
        `| ${d.id} | ${item.n} | ${section} | ${paraphrase.get(item.missing) ?? "(paraphrase to write)"} | \`${item.missing}\` |`,
      );
    }
  }
  const head = old.split("| document |")[0];
  writeFileSync(
    path,
    `${head}| document | position | section | paraphrase (about ten words) | proposed id |\n| --- | --- | --- | --- | --- |\n${rows.join("\n")}\n`,
  );
  console.log(`wrote ${path}: ${rows.length} rows`);
}
