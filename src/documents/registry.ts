/**
 * The documents registry (`spec/documents.yaml`): which documents spinspec specifies, with a short
 * id, titles, kind, and which document each is a version of. Everything that iterates over the
 * documents (the spec schema, report totals, coverage maps, the site) reads it from here, so a new
 * document is data, not code.
 *
 * @module
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parse } from "yaml";
import { z } from "zod";

/** Kinds of document. */
export const DOCUMENT_KINDS = ["paper", "thesis", "blog", "listing"] as const;

/** One registered document. */
export const DocumentRecordSchema = z.strictObject({
  /** File name under the documents folder (`shared/seeds/`). */
  file: z.string().regex(/^[^/\\]+$/, "a bare file name"),
  /** Short id, e.g. "000": page names, coverage map names. */
  id: z.string().regex(/^[a-z0-9-]+$/, "lower-case letters, digits and dashes"),
  /** Short title for tables, e.g. "Paper (000)". */
  title: z.string().min(1),
  /** Full title for page headings. */
  fullTitle: z.string().min(1),
  kind: z.enum(DOCUMENT_KINDS),
  /** The id of the document this one is a version of. */
  versionOf: z.string().optional(),
});

/** A registered document. */
export type DocumentRecord = z.output<typeof DocumentRecordSchema>;

/** The registry's file name inside `spec/` (the spec loader skips it: it holds no entries). */
export const DOCUMENTS_FILE = "documents.yaml";

/** Where the registry is read from by default. */
export const DEFAULT_DOCUMENTS_PATH = join(resolve(import.meta.dirname, "..", ".."), "spec", DOCUMENTS_FILE);

/** Parse and validate a registry's text; throws listing every problem. */
export function parseDocuments(text: string, where = DOCUMENTS_FILE): DocumentRecord[] {
  const parsed = z.array(DocumentRecordSchema).safeParse(parse(text));
  if (!parsed.success) {
    throw new Error(
      `${where}: ${parsed.error.issues.map((i) => `field ${i.path.join(".") || "(list)"}: ${i.message}`).join("; ")}`,
    );
  }
  const problems: string[] = [];
  const ids = new Set<string>();
  const files = new Set<string>();
  for (const d of parsed.data) {
    if (ids.has(d.id)) problems.push(`id ${d.id} twice`);
    if (files.has(d.file)) problems.push(`file ${d.file} twice`);
    ids.add(d.id);
    files.add(d.file);
  }
  for (const d of parsed.data) {
    if (d.versionOf !== undefined && !ids.has(d.versionOf))
      problems.push(`${d.id}: versionOf ${d.versionOf} is no document`);
    if (d.versionOf === d.id) problems.push(`${d.id}: a version of itself`);
  }
  if (problems.length > 0) throw new Error(`${where}: ${problems.join("; ")}`);
  return parsed.data;
}

let cached: DocumentRecord[] | undefined;

/** The registered documents in registry order (read once from `spec/documents.yaml`). */
export function documents(): DocumentRecord[] {
  if (cached === undefined) {
    if (!existsSync(DEFAULT_DOCUMENTS_PATH)) throw new Error(`no documents registry at ${DEFAULT_DOCUMENTS_PATH}`);
    cached = parseDocuments(readFileSync(DEFAULT_DOCUMENTS_PATH, "utf8"), `spec/${DOCUMENTS_FILE}`);
  }
  return cached;
}

/** The registered document with this file name, or `undefined`. */
export function documentByFile(file: string): DocumentRecord | undefined {
  return documents().find((d) => d.file === file);
}

/** The registered document with this short id, or `undefined`. */
export function documentById(id: string): DocumentRecord | undefined {
  return documents().find((d) => d.id === id);
}

/** Short title of a document file for tables; the file name itself when it is not registered. */
export function documentTitle(file: string): string {
  return documentByFile(file)?.title ?? file;
}
