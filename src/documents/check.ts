/**
 * Every registered document checked against its coverage map, with the registry's entries: what
 * the coverage test asserts and what the site and report show (coverage per document and section).
 *
 * @module
 */
import { documentText } from "../claims/documents.js";
import {
  type BaseDocument,
  type CoverageCheck,
  checkCoverage,
  type EntryInfo,
  loadCoverage,
  loadMissing,
} from "./coverage.js";
import { type DocumentRecord, documentById, documents } from "./registry.js";
import { type Sentence, splitSentences } from "./sentences.js";

/** One document's sentences and, when it has a map, the map's check. */
export interface DocumentCoverage {
  record: DocumentRecord;
  /** Absent when the document's text is not on this machine. */
  sentences?: Sentence[];
  /** The document's text (in memory only: the site's reading view is made from it). */
  text?: string;
  /** Absent when the document has no coverage map yet (every sentence is then unclassified). */
  check?: CoverageCheck;
}

/**
 * Split every registered document and check its map. `entries` are the spec's entries (id, role
 * and document); `dir` holds the maps (default `spec/coverage/`), `seeds` the documents (default
 * the documents folder found from the project). Documents whose text is missing come back without
 * sentences.
 */
export function coverageOfAll(entries: Map<string, EntryInfo>, dir?: string, seeds?: string): DocumentCoverage[] {
  const missing = loadMissing(dir);
  const split = new Map<string, Sentence[] | undefined>();
  const textOf = (r: DocumentRecord) => (seeds === undefined ? documentText(r.file) : documentText(r.file, seeds));
  const sentencesOf = (r: DocumentRecord) => {
    if (!split.has(r.id)) {
      const text = textOf(r);
      split.set(r.id, text === undefined ? undefined : splitSentences(text));
    }
    return split.get(r.id);
  };
  return documents().map((record) => {
    const sentences = sentencesOf(record);
    const text = textOf(record);
    const map = loadCoverage(record.id, dir);
    if (sentences === undefined || map === undefined) return { record, sentences, text };
    let base: BaseDocument | undefined;
    const b = record.versionOf === undefined ? undefined : documentById(record.versionOf);
    if (b !== undefined) {
      const bs = sentencesOf(b);
      const bm = loadCoverage(b.id, dir);
      if (bs !== undefined && bm !== undefined) base = { id: b.id, sentences: bs, map: bm };
    }
    return { record, sentences, text, check: checkCoverage(record.id, sentences, map, entries, missing, base) };
  });
}
