/**
 * The site's view of a run: the report's claims joined to their spec entries (the report carries
 * verdicts and evidence; the spec carries quote, statement and links), grouped by document and put
 * in reading order.
 *
 * @module
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { RegisteredEntry } from "../claims/registry.js";
import { normalizeForQuote } from "../claims/quote.js";
import type { ClaimReport, Report } from "../claims/report-types.js";
import { documents as registeredDocuments, type DocumentRecord } from "../documents/registry.js";
import type { DocumentCoverage } from "../documents/check.js";

/** A problem that makes the site wrong to publish; the build fails listing all of them. */
export class SiteError extends Error {
  /** @param problems - one line per problem, naming the page or claim */
  constructor(readonly problems: string[]) {
    super(`the site cannot be built (${problems.length} problem(s)):\n  ${problems.join("\n  ")}`);
    this.name = "SiteError";
  }
}

/** A claim as the site shows it: the spec entry, and its record in the report when it ran. */
export interface ClaimView {
  id: string;
  entry: RegisteredEntry;
  /** Absent when the report did not run this claim (a partial or sharded run). */
  result?: ClaimReport;
  /** Site-relative path of the claim's own page. */
  page: string;
}

/** One document and its claims in reading order. */
export interface DocumentView {
  /** File name. */
  document: string;
  /** The registry record (id, kind, versionOf). */
  record: DocumentRecord;
  /** Short title, e.g. "Paper (000)". */
  title: string;
  fullTitle: string;
  /** Site-relative path of the document page. */
  page: string;
  claims: ClaimView[];
}

/** Everything the pages are made from. */
export interface SiteModel {
  report: Report;
  /** The registered documents in registry order; those without claims have no page (`claims` empty). */
  documents: DocumentView[];
  /** Every claim by id. */
  byId: Map<string, ClaimView>;
  /** Claims that name a claim in `related`, by the claim named (the reverse links). */
  relatedBy: Map<string, string[]>;
  /** Each document's sentences and coverage check, by file name (absent when not computed). */
  coverage: Map<string, DocumentCoverage>;
}

/** Site path of a claim page. */
export function claimPage(id: string): string {
  return `claims/${id}.html`;
}

/** Site path of a document page (`documents/000.html`, by the registry's short id). */
export function documentPage(document: string): string {
  return `documents/${registeredDocuments().find((d) => d.file === document)?.id ?? document.replace(/\.[^.]*$/, "")}.html`;
}

/** Natural-order key for a section label: "§4.10" after "§4.9". */
function naturalKey(text: string): string {
  return text.replace(/\d+/g, (d) => d.padStart(6, "0"));
}

/**
 * Reading-order position of a claim in its document: where its quote first occurs in the
 * document's text (both normalized as the spec-integrity check does); `Infinity` when the text is
 * not available or the quote is not found, in which case section labels in natural order decide.
 */
function readingPosition(entry: RegisteredEntry, normalizedText: string | undefined): number {
  if (normalizedText === undefined) return Number.POSITIVE_INFINITY;
  const at = normalizedText.indexOf(normalizeForQuote(entry.source.quote));
  return at >= 0 ? at : Number.POSITIVE_INFINITY;
}

/**
 * Join a report to the spec. Fails (listing every problem) when a claim in the report has no spec
 * entry, since its page would be empty. `seedsDir`, when it exists, holds the documents' text and
 * is used only to order claims as the document reads.
 */
export function buildModel(
  report: Report,
  entries: RegisteredEntry[],
  seedsDir?: string,
  coverage: DocumentCoverage[] = [],
): SiteModel {
  const problems: string[] = [];
  const entryById = new Map(entries.map((e) => [e.id, e]));
  const resultById = new Map<string, ClaimReport>();
  for (const c of report.claims) {
    if (resultById.has(c.id)) problems.push(`claim ${c.id}: appears twice in the report`);
    resultById.set(c.id, c);
    if (!entryById.has(c.id)) {
      problems.push(`claim ${c.id}: in the report but not in the spec, so its page would be empty`);
    }
  }
  const byId = new Map<string, ClaimView>();
  for (const e of [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    byId.set(e.id, { id: e.id, entry: e, result: resultById.get(e.id), page: claimPage(e.id) });
  }
  const relatedBy = new Map<string, string[]>();
  for (const v of byId.values()) {
    for (const r of v.entry.related) {
      if (!byId.has(r)) problems.push(`claim ${v.id}: related entry ${r} does not exist`);
      const list = relatedBy.get(r) ?? [];
      if (!list.includes(v.id)) list.push(v.id);
      relatedBy.set(r, list);
    }
  }
  if (problems.length > 0) throw new SiteError(problems);

  const documents: DocumentView[] = registeredDocuments().map((record) => {
    const document = record.file;
    const file = seedsDir ? join(seedsDir, document) : undefined;
    const text = file && existsSync(file) ? normalizeForQuote(readFileSync(file, "utf8")) : undefined;
    const claims = [...byId.values()]
      .filter((v) => v.entry.source.document === document)
      .map((v) => ({ v, pos: readingPosition(v.entry, text) }))
      .sort((a, b) => {
        if (a.pos !== b.pos) return a.pos < b.pos ? -1 : 1;
        const sa = naturalKey(a.v.entry.source.section);
        const sb = naturalKey(b.v.entry.source.section);
        if (sa !== sb) return sa < sb ? -1 : 1;
        const ea = naturalKey(a.v.entry.source.equation ?? "");
        const eb = naturalKey(b.v.entry.source.equation ?? "");
        if (ea !== eb) return ea < eb ? -1 : 1;
        return a.v.id < b.v.id ? -1 : a.v.id > b.v.id ? 1 : 0;
      })
      .map((x) => x.v);
    return {
      document,
      record,
      title: record.title,
      fullTitle: record.fullTitle,
      page: documentPage(document),
      claims,
    };
  });
  return { report, documents, byId, relatedBy, coverage: new Map(coverage.map((c) => [c.record.file, c])) };
}
