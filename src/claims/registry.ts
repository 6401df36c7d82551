/**
 * The claims registry: spec entries from `spec/*.yaml` joined to properties from
 * `properties/*.ts`. Loading validates every entry and every cross-reference; any problem is a
 * {@link SpecError} naming the file and the field.
 *
 * @module
 */
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseDocument } from "yaml";
import type { ClaimProperty } from "./property.js";
import { SpecEntrySchema, type SpecEntry } from "./spec-entry.js";
import { documentText } from "./documents.js";
import { DOCUMENTS_FILE } from "../documents/registry.js";
import { quoteOccursIn } from "./quote.js";

/** A problem with the spec or the properties, located by file and field. */
export class SpecError extends Error {
  constructor(readonly problems: string[]) {
    super(`the spec has ${problems.length} problem(s):\n  ${problems.join("\n  ")}`);
    this.name = "SpecError";
  }
}

/** A spec entry with the family and file it came from. */
export interface RegisteredEntry extends SpecEntry {
  family: string;
  file: string;
}

/** Everything the runner needs: entries, properties by id, and which family each belongs to. */
export interface Registry {
  entries: RegisteredEntry[];
  byId: Map<string, RegisteredEntry>;
  properties: Map<string, ClaimProperty & { family: string }>;
  families: string[];
}

/** The project root (the folder holding `spec/` and `properties/`). */
export const PROJECT_ROOT = resolve(import.meta.dirname, "..", "..");

/** Most YAML alias expansions a spec file may make (the yaml package's guard against alias bombs). */
export const SPEC_MAX_ALIASES = 100;

/** Parse and validate the spec files of a folder, without touching properties. */
export function loadSpec(specDir = join(PROJECT_ROOT, "spec")): RegisteredEntry[] {
  const problems: string[] = [];
  const entries: RegisteredEntry[] = [];
  const files = readdirSync(specDir)
    .filter((f) => f.endsWith(".yaml") && f !== DOCUMENTS_FILE)
    .sort();
  for (const f of files) {
    const file = `spec/${f}`;
    const family = basename(f, ".yaml");
    let text: string;
    try {
      // A folder named *.yaml, a dangling symlink or an unreadable file is a problem of that file.
      text = readFileSync(join(specDir, f), "utf8");
    } catch (e) {
      problems.push(`${file}: cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
      continue;
    }
    const doc = parseDocument(text, { prettyErrors: true });
    if (doc.errors.length > 0) {
      for (const e of doc.errors) problems.push(`${file}: YAML: ${e.message.split("\n")[0]}`);
      continue;
    }
    let raw: unknown;
    try {
      // An alias bomb (aliases of aliases, exponential when expanded) is refused by the parser's
      // alias budget, which throws; the spec uses no aliases at all, so a small budget suffices.
      raw = doc.toJS({ maxAliasCount: SPEC_MAX_ALIASES }) as unknown;
    } catch (e) {
      problems.push(`${file}: YAML: ${(e as Error).message.split("\n")[0]}`);
      continue;
    }
    if (!Array.isArray(raw)) {
      problems.push(`${file}: expected a YAML list of entries`);
      continue;
    }
    raw.forEach((item, i) => {
      const parsed = SpecEntrySchema.safeParse(item);
      const where = `${file}[${i}]${typeof item?.id === "string" ? ` (${item.id})` : ""}`;
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          problems.push(`${where}: field ${issue.path.join(".") || "(entry)"}: ${issue.message}`);
        }
        return;
      }
      entries.push({ ...parsed.data, family, file });
    });
  }
  const seen = new Map<string, string>();
  for (const e of entries) {
    const prior = seen.get(e.id);
    if (prior) problems.push(`${e.file} (${e.id}): field id: duplicate, also in ${prior}`);
    seen.set(e.id, e.file);
  }
  for (const e of entries) {
    for (const r of e.related) {
      if (!seen.has(r)) problems.push(`${e.file} (${e.id}): field related: no entry ${r}`);
    }
    for (const l of e.links) {
      if (!seen.has(l.target)) problems.push(`${e.file} (${e.id}): field links: no entry ${l.target}`);
    }
    // A literal entry *is* its sentence: its quote must be in the document (skipped only when the
    // documents are not on this machine; test/spec-integrity.test.ts then fails on its own).
    const text = e.role === "literal" ? documentText(e.source.document) : undefined;
    if (text !== undefined && !quoteOccursIn(e.source.quote, text)) {
      problems.push(`${e.file} (${e.id}): field source.quote: a literal entry's quote is not in ${e.source.document}`);
    }
  }
  if (problems.length > 0) throw new SpecError(problems);
  return entries;
}

/** Import every `properties/*.ts` module and collect its exported `properties`. */
export async function loadProperties(
  propertiesDir = join(PROJECT_ROOT, "properties"),
): Promise<Map<string, ClaimProperty & { family: string }>> {
  const problems: string[] = [];
  const map = new Map<string, ClaimProperty & { family: string }>();
  const files = existsSync(propertiesDir)
    ? readdirSync(propertiesDir)
        .filter((f) => f.endsWith(".ts"))
        .sort()
    : [];
  for (const f of files) {
    const family = basename(f, ".ts");
    let mod: { properties?: ClaimProperty[] };
    try {
      mod = (await import(pathToFileURL(join(propertiesDir, f)).href)) as { properties?: ClaimProperty[] };
    } catch (e) {
      // A property file that does not compile or throws while loading is a spec problem of that
      // file (its reason on one line: esbuild's message spans several), not a crash of the loader.
      const reason = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
      problems.push(
        `properties/${f}: cannot be loaded: ${reason
          .split("\n")
          .map((l) => l.trim())
          .filter(Boolean)
          .join(" ")
          .slice(0, 400)}`,
      );
      continue;
    }
    if (!Array.isArray(mod.properties)) {
      problems.push(`properties/${f}: does not export \`properties: ClaimProperty[]\``);
      continue;
    }
    for (const p of mod.properties) {
      if (map.has(p.id)) problems.push(`properties/${f}: property ${p.id} is defined twice`);
      map.set(p.id, { ...p, family });
    }
  }
  if (problems.length > 0) throw new SpecError(problems);
  return map;
}

/** Join entries and properties; every entry's property must exist and every property must be used. */
export function joinRegistry(
  entries: RegisteredEntry[],
  properties: Map<string, ClaimProperty & { family: string }>,
): Registry {
  const problems: string[] = [];
  const used = new Set<string>();
  for (const e of entries) {
    if (e.property === undefined) continue;
    if (!properties.has(e.property)) {
      problems.push(`${e.file} (${e.id}): field property: no property ${e.property} in properties/`);
    }
    used.add(e.property);
  }
  for (const [pid, p] of properties) {
    if (!used.has(pid)) problems.push(`${p.location.file}:${p.location.line}: property ${pid} has no spec entry`);
  }
  if (problems.length > 0) throw new SpecError(problems);
  const byId = new Map(entries.map((e) => [e.id, e]));
  const families = [...new Set(entries.map((e) => e.family))].sort();
  return { entries, byId, properties, families };
}

/** Load and join the whole registry. */
export async function loadRegistry(root = PROJECT_ROOT): Promise<Registry> {
  const entries = loadSpec(join(root, "spec"));
  const properties = await loadProperties(join(root, "properties"));
  return joinRegistry(entries, properties);
}
