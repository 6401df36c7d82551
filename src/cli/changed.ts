/**
 * `spinspec verify --changed <git-ref>`: run only the claims a change can have affected.
 *
 * A claim is affected when, between `<git-ref>` and the working tree (`git diff --name-only` plus
 * untracked files):
 * - its spec entry changed (the YAML entry objects are compared, so an edit to a neighbouring
 *   entry of the same file does not count), or it is new;
 * - its property file changed, or any module that file imports, transitively, `src/` included.
 *   The import graph is esbuild's (its metafile of a bundle of the property files, packages left
 *   external), not a hand-written parser;
 * - a data file changed that a module of its graph names (a fixture read with `readFileSync`, the
 *   C or WAT source of a compiled kernel): such files are read at run time, not imported.
 *
 * Every claim runs instead when the change touches what runs all of them: the lockfile, the
 * engine (`src/claims`), the worker threads (`src/worker`), the CLI (`src/cli`, `bin`), the
 * document registry or the TypeScript configuration.
 *
 * @module
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { build } from "esbuild";
import { parse } from "yaml";
import type { Registry } from "../claims/registry.js";
import { SPEC_MAX_ALIASES } from "../claims/registry.js";
import { DOCUMENTS_FILE } from "../documents/registry.js";
import { UsageError } from "./errors.js";

/** Paths whose change reruns every claim, and why. */
export const RUN_EVERYTHING: { test: (path: string) => boolean; why: string }[] = [
  { test: (p) => p === "package-lock.json" || p === "package.json", why: "the dependencies" },
  { test: (p) => p.startsWith("src/claims/"), why: "the engine" },
  { test: (p) => p.startsWith("src/worker/"), why: "the worker threads that run the claims" },
  { test: (p) => p.startsWith("src/cli/") || p.startsWith("bin/"), why: "the CLI" },
  { test: (p) => p === `spec/${DOCUMENTS_FILE}`, why: "the document registry every entry refers to" },
  { test: (p) => p === "tsconfig.json", why: "the TypeScript configuration" },
];

/** Which claims a change affects. */
export interface Affected {
  /** The files changed since the ref (project-relative, `/`-separated). */
  changed: string[];
  /** Set when every claim must run: the file and why. */
  everything?: { file: string; why: string };
  /** The affected claim ids (in spec order), each with the changed files that reach it. */
  claims: Map<string, string[]>;
}

function git(root: string, args: string[]): string {
  return execFileSync("git", args, {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    maxBuffer: 64 << 20,
  });
}

/** Check that `ref` names a commit of the repository at `root` (a usage error otherwise). */
export function checkRef(ref: string, root: string): void {
  if (ref.trim() === "" || ref.startsWith("-"))
    throw new UsageError(`--changed needs a git ref, got ${JSON.stringify(ref)}`);
  try {
    git(root, ["rev-parse", "--is-inside-work-tree"]);
  } catch {
    throw new UsageError(`--changed ${ref}: ${root} is not a git checkout`);
  }
  try {
    git(root, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`]);
  } catch {
    throw new UsageError(`--changed ${JSON.stringify(ref)}: no such commit (is the branch fetched?)`);
  }
}

/** Files changed between `ref` and the working tree, plus untracked ones, relative to `root`. */
export function changedFiles(ref: string, root: string): string[] {
  checkRef(ref, root);
  // --no-renames lists both names of a moved file; --relative makes paths relative to root.
  const diff = git(root, ["diff", "--name-only", "--no-renames", "--relative", ref, "--"]);
  const untracked = git(root, ["ls-files", "--others", "--exclude-standard"]);
  return [...new Set(`${diff}\n${untracked}`.split("\n").filter(Boolean))].sort();
}

/**
 * The modules each property file imports, transitively (itself included), from esbuild's
 * metafile: keys and values are project-relative paths.
 */
export async function importGraph(propertyFiles: string[], root: string): Promise<Map<string, Set<string>>> {
  const result = await build({
    absWorkingDir: root,
    entryPoints: propertyFiles,
    bundle: true,
    metafile: true,
    write: false,
    platform: "node",
    format: "esm",
    packages: "external",
    outdir: "spinspec-import-graph",
    logLevel: "silent",
  });
  const graph = new Map<string, Set<string>>();
  for (const out of Object.values(result.metafile.outputs)) {
    if (!out.entryPoint) continue;
    graph.set(out.entryPoint, new Set(Object.keys(out.inputs).filter((f) => !f.includes(":"))));
  }
  return graph;
}

/** Canonical JSON (sorted keys), so entries compare by content, not by key order. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(",")}]`;
  if (v !== null && typeof v === "object")
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  return JSON.stringify(v);
}

/** The entries of a spec file's text, by id (empty when it does not parse as a list). */
export function entriesById(text: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (text === undefined) return out;
  let raw: unknown;
  try {
    raw = parse(text, { maxAliasCount: SPEC_MAX_ALIASES });
  } catch {
    return out;
  }
  if (!Array.isArray(raw)) return out;
  for (const e of raw) if (e && typeof e.id === "string") out.set(e.id, canonical(e));
  return out;
}

/** Ids of the entries of `file` that are new or differ from their version at `ref`. */
export function changedEntries(ref: string, root: string, file: string): string[] {
  let before: string | undefined;
  try {
    before = git(root, ["show", `${ref}:./${file}`]);
  } catch {
    before = undefined; // the file is new
  }
  const now = existsSync(join(root, file)) ? readFileSync(join(root, file), "utf8") : undefined;
  const old = entriesById(before);
  return [...entriesById(now)].filter(([id, e]) => old.get(id) !== e).map(([id]) => id);
}

/** The claims affected by the changes since `ref` (see the module comment). */
export async function affectedClaims(registry: Registry, ref: string, root: string): Promise<Affected> {
  const changed = changedFiles(ref, root);
  const claims = new Map<string, string[]>();
  for (const file of changed) {
    const rule = RUN_EVERYTHING.find((r) => r.test(file));
    if (rule) {
      for (const e of registry.entries) claims.set(e.id, [file]);
      return { changed, everything: { file, why: rule.why }, claims };
    }
  }
  const reach = new Map<string, Set<string>>(); // claim id → changed files reaching it
  const add = (id: string, file: string) => {
    let s = reach.get(id);
    if (!s) reach.set(id, (s = new Set()));
    s.add(file);
  };
  for (const file of changed.filter((f) => /^spec\/[^/]+\.yaml$/.test(f)))
    for (const id of changedEntries(ref, root, file)) add(id, file);

  const familyFile = (family: string) => `properties/${family}.ts`;
  const propertyFiles = [...new Set([...registry.properties.values()].map((p) => familyFile(p.family)))].filter((f) =>
    existsSync(join(root, f)),
  );
  const graph = await importGraph(propertyFiles, root);
  const modules = new Set([...graph.values()].flatMap((s) => [...s]));
  const changedSet = new Set(changed);
  // Data read at run time: a changed file no graph imports reaches the modules that name it.
  const named = new Map<string, string[]>(); // module → changed data files it names
  const data = changed.filter((f) => !modules.has(f) && !/\.(ts|js|mjs|cjs)$/.test(f));
  if (data.length > 0) {
    for (const m of modules) {
      const text = readFileSync(join(root, m), "utf8");
      const hits = data.filter((f) => text.includes(basename(f)));
      if (hits.length > 0) named.set(m, hits);
    }
  }
  const reachOf = new Map<string, string[]>(); // property file → changed files reaching it
  for (const [pf, inputs] of graph) {
    const hits = new Set<string>();
    for (const m of inputs) {
      if (changedSet.has(m)) hits.add(m);
      for (const f of named.get(m) ?? []) hits.add(f);
    }
    if (hits.size > 0) reachOf.set(pf, [...hits].sort());
  }
  for (const e of registry.entries) {
    const prop = e.property ? registry.properties.get(e.property) : undefined;
    if (prop) for (const f of reachOf.get(familyFile(prop.family)) ?? []) add(e.id, f);
  }
  for (const e of registry.entries) {
    const s = reach.get(e.id);
    if (s) claims.set(e.id, [...s].sort());
  }
  return { changed, claims };
}

/** What `verify --changed` prints before it runs: how many claims, and what reached each. */
export function describeAffected(a: Affected, ref: string, total: number): string[] {
  const files = `${a.changed.length} changed file${a.changed.length === 1 ? "" : "s"}`;
  if (a.everything)
    return [`--changed ${ref}: every claim (${total}) runs: ${a.everything.file} changed (${a.everything.why})`];
  const out = [`--changed ${ref}: ${a.claims.size} of ${total} claims affected by ${files}`];
  for (const [id, reach] of a.claims)
    out.push(`  ${id} ← ${reach.slice(0, 3).join(", ")}${reach.length > 3 ? ` and ${reach.length - 3} more` : ""}`);
  return out;
}
