/**
 * Coverage maps: for each document (`spec/coverage/<id>.yaml`), every sentence
 * ({@link splitSentences}) by position and hash, classified as a claim with its `literal` entry,
 * the same sentence as in the document this one is a version of, a claim whose entry is still to
 * be written (listed in `spec/coverage/MISSING.md`), not a claim (with a one-word reason), or not
 * yet classified. The text itself is never copied: a changed document shows as sentences whose
 * hash no longer matches.
 *
 * @module
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import type { Sentence } from "./sentences.js";

/** Why a sentence is not a claim, in one word. */
export const NOT_CLAIM_REASONS = [
  /** A section heading or title line. */
  "heading",
  /** Title page, author, affiliation, dates, licence lines. */
  "front",
  /** Front matter, HTML, a work-in-progress notice. */
  "markup",
  /** Introduces a symbol, object or term. */
  "definition",
  /** Why the work is done; no assertion of fact about the subject. */
  "motivation",
  /** Standard textbook material restated (not the document's own assertion). */
  "background",
  /** Attributes a statement to cited work. */
  "citation",
  /** Says what the text will do or has done. */
  "outline",
  /** Asks a question. */
  "question",
  /** A guess, a possibility, a promise of future work: asserts nothing checkable. */
  "hedge",
  /** A bibliography entry or a pointer to a figure, table or appendix. */
  "reference",
  /** Thanks. */
  "acknowledgement",
  /** An illustration of something stated elsewhere. */
  "example",
  /** A figure or table caption or cell. */
  "caption",
  /** Connects two passages ("Now let's make this concrete."). */
  "transition",
  /** Describes what the authors did (method, set-up, parameters), not what is true. */
  "method",
  /** A value judgement or recommendation. */
  "opinion",
  /** A listing of code (its declarations are covered by the Lean checker's entries). */
  "code",
] as const;

/** A one-word reason a sentence is not a claim. */
export type NotClaimReason = (typeof NOT_CLAIM_REASONS)[number];

const position = z.number().int().min(0);
const hash = z.string().regex(/^[0-9a-f]{8}$/, "8 hex digits");
const id = z.string().regex(/^[a-z0-9][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)+$/);

/** One sentence of a coverage map (exactly one of claim, same, missing, not, unclassified). */
export const CoverageItemSchema = z.union([
  z.strictObject({ n: position, h: hash, claim: id }),
  z.strictObject({ n: position, h: hash, same: position }),
  z.strictObject({ n: position, h: hash, missing: id }),
  z.strictObject({ n: position, h: hash, not: z.enum(NOT_CLAIM_REASONS) }),
  z.strictObject({ n: position, h: hash, unclassified: z.literal(true) }),
]);

/** One sentence of a coverage map. */
export type CoverageItem = z.output<typeof CoverageItemSchema>;

/** A document's coverage map. */
export const CoverageMapSchema = z.strictObject({
  /** The document's short id (`spec/documents.yaml`). */
  document: z.string(),
  sentences: z.array(CoverageItemSchema),
});

/** A document's coverage map. */
export type CoverageMap = z.output<typeof CoverageMapSchema>;

/** The folder of the coverage maps. */
export const COVERAGE_DIR = join(resolve(import.meta.dirname, "..", ".."), "spec", "coverage");

/** Path of a document's coverage map. */
export function coveragePath(docId: string, dir = COVERAGE_DIR): string {
  return join(dir, `${docId}.yaml`);
}

/** Parse a coverage map's text (throws naming the field on a malformed map). */
export function parseCoverage(text: string, where: string): CoverageMap {
  const parsed = CoverageMapSchema.safeParse(parse(text));
  if (!parsed.success) {
    throw new Error(
      `${where}: ${parsed.error.issues
        .slice(0, 10)
        .map((i) => `${i.path.join(".")}: ${i.message}`)
        .join("; ")}`,
    );
  }
  return parsed.data;
}

/** A document's coverage map, or `undefined` when it has none yet. */
export function loadCoverage(docId: string, dir = COVERAGE_DIR): CoverageMap | undefined {
  const path = coveragePath(docId, dir);
  return existsSync(path) ? parseCoverage(readFileSync(path, "utf8"), `spec/coverage/${docId}.yaml`) : undefined;
}

/** A sentence listed in `MISSING.md`: a claim whose literal entry is still to be written. */
export interface MissingClaim {
  document: string;
  position: number;
  section: string;
  paraphrase: string;
  id: string;
}

/**
 * The rows of `spec/coverage/MISSING.md`'s table
 * (`| document | position | section | paraphrase | proposed id |`).
 */
export function parseMissing(markdown: string): MissingClaim[] {
  const out: MissingClaim[] = [];
  for (const line of markdown.split("\n")) {
    const cells = line
      .split("|")
      .slice(1, -1)
      .map((c) => c.trim());
    if (cells.length !== 5 || !/^\d+$/.test(cells[1])) continue;
    out.push({
      document: cells[0],
      position: Number(cells[1]),
      section: cells[2],
      paraphrase: cells[3],
      id: cells[4].replace(/`/g, ""),
    });
  }
  return out;
}

/** The missing-claims list, empty when there is none. */
export function loadMissing(dir = COVERAGE_DIR): MissingClaim[] {
  const path = join(dir, "MISSING.md");
  return existsSync(path) ? parseMissing(readFileSync(path, "utf8")) : [];
}

/** How a sentence is classified once `same` links are followed. */
export type Resolved =
  | { status: "claim"; id: string; via?: { document: string; position: number } }
  | { status: "missing"; id: string; via?: { document: string; position: number } }
  | { status: "not"; reason: NotClaimReason; via?: { document: string; position: number } }
  | { status: "unclassified" };

/** Counts of one document or section. */
export interface CoverageCounts {
  sentences: number;
  claims: number;
  missing: number;
  notClaims: number;
  unclassified: number;
  /** Sentences identical to the base document's (counted in the other totals too). */
  same: number;
}

/** A coverage map checked against its document. */
export interface CoverageCheck {
  /** Every problem, one line each (empty: the map accounts for every sentence). */
  problems: string[];
  /** Positions whose hash no longer matches (the document changed there), with the new text's start. */
  changed: { position: number; expected: string; actual: string; text: string }[];
  /** Each sentence's classification, by position. */
  resolved: Resolved[];
  total: CoverageCounts;
  bySection: Map<string, CoverageCounts>;
}

/** Zero counts. */
export function emptyCounts(): CoverageCounts {
  return { sentences: 0, claims: 0, missing: 0, notClaims: 0, unclassified: 0, same: 0 };
}

/** What the check needs to know about entries. */
export interface EntryInfo {
  role?: string;
  document: string;
}

/** What the check needs about the document this one is a version of. */
export interface BaseDocument {
  id: string;
  sentences: Sentence[];
  map: CoverageMap;
}

/**
 * Check a coverage map against a document's sentences: one item per sentence, in order, hashes
 * matching; `claim` ids exist and are not of another role than `literal`; `missing` ids are
 * listed in MISSING.md and have no entry yet; `same` points at a sentence of the base document with
 * the same hash, and every sentence identical to one of the base's is `same` (it is computed, so a
 * hand-written classification of a shared sentence is an error).
 */
export function checkCoverage(
  docId: string,
  sentences: Sentence[],
  map: CoverageMap,
  entries: Map<string, EntryInfo>,
  missing: MissingClaim[],
  base?: BaseDocument,
): CoverageCheck {
  const problems: string[] = [];
  const changed: CoverageCheck["changed"] = [];
  const where = `spec/coverage/${docId}.yaml`;
  if (map.document !== docId) problems.push(`${where}: document is ${map.document}, expected ${docId}`);
  if (map.sentences.length !== sentences.length) {
    problems.push(`${where}: ${map.sentences.length} items for ${sentences.length} sentences`);
  }
  const baseByHash = new Map<string, number>();
  for (const s of base?.sentences ?? []) if (!baseByHash.has(s.hash)) baseByHash.set(s.hash, s.index);
  const listed = new Set(missing.filter((m) => m.document === docId).map((m) => `${m.position} ${m.id}`));
  const resolved: Resolved[] = [];
  const total = emptyCounts();
  const bySection = new Map<string, CoverageCounts>();
  for (const s of sentences) {
    const item = map.sentences[s.index];
    const at = `${where} n=${s.index}`;
    let r: Resolved = { status: "unclassified" };
    if (item === undefined) {
      problems.push(`${at}: no item (sentence ${s.hash} is not accounted for)`);
    } else if (item.n !== s.index) {
      problems.push(`${at}: item says n=${item.n}`);
    } else {
      if (item.h !== s.hash) {
        changed.push({ position: s.index, expected: item.h, actual: s.hash, text: s.text.slice(0, 80) });
      }
      const baseAt = baseByHash.get(s.hash);
      if (base !== undefined && baseAt !== undefined && !("same" in item)) {
        problems.push(
          `${at}: identical to ${base.id} n=${baseAt}, so it is \`same: ${baseAt}\`, not classified by hand`,
        );
      }
      if ("claim" in item) {
        const e = entries.get(item.claim);
        if (e === undefined) problems.push(`${at}: claim ${item.claim} is no entry`);
        else if (e.role !== undefined && e.role !== "literal") {
          problems.push(`${at}: claim ${item.claim} has role ${e.role}; a sentence's entry is its literal one`);
        }
        r = { status: "claim", id: item.claim };
      } else if ("missing" in item) {
        if (!listed.has(`${s.index} ${item.missing}`)) {
          problems.push(`${at}: missing ${item.missing} is not listed in spec/coverage/MISSING.md`);
        }
        const e = entries.get(item.missing);
        // An entry written since: the sentence is a claim now (the note in MISSING.md is stale).
        r = e !== undefined ? { status: "claim", id: item.missing } : { status: "missing", id: item.missing };
      } else if ("not" in item) {
        r = { status: "not", reason: item.not };
      } else if ("same" in item) {
        const target = base?.sentences[item.same];
        if (base === undefined) problems.push(`${at}: same-as, but ${docId} is a version of no document`);
        else if (target === undefined || target.hash !== s.hash) {
          problems.push(`${at}: same: ${item.same}, but ${base.id} n=${item.same} is a different sentence`);
        } else {
          const b = base.map.sentences[item.same];
          const via = { document: base.id, position: item.same };
          if (b === undefined || "unclassified" in b || "same" in b) r = { status: "unclassified" };
          else if ("claim" in b) r = { status: "claim", id: b.claim, via };
          else if ("missing" in b) {
            r = entries.has(b.missing)
              ? { status: "claim", id: b.missing, via }
              : { status: "missing", id: b.missing, via };
          } else r = { status: "not", reason: b.not, via };
        }
      }
    }
    resolved.push(r);
    const sec = bySection.get(s.section) ?? emptyCounts();
    bySection.set(s.section, sec);
    for (const c of [total, sec]) {
      c.sentences++;
      if (item !== undefined && "same" in item) c.same++;
      if (r.status === "claim") c.claims++;
      else if (r.status === "missing") c.missing++;
      else if (r.status === "not") c.notClaims++;
      else c.unclassified++;
    }
  }
  for (const c of changed) {
    problems.push(`${where} n=${c.position}: changed sentence (hash ${c.expected} → ${c.actual}): "${c.text}…"`);
  }
  return { problems, changed, resolved, total, bySection };
}
