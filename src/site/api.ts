/**
 * The API reference: typedoc run from `typedoc.json` into `<outDir>/api/` with validation on and
 * warnings as errors, and the links from a claim to the reference pages of the functions its
 * property calls.
 *
 * @module
 */
import { existsSync } from "node:fs";
import { join } from "node:path";

/** Typedoc's folders for each kind of page, in the order a name is looked up. */
const API_KIND_DIRS = ["functions", "classes", "interfaces", "types", "variables", "enums"] as const;

/**
 * Run typedoc with the project's `typedoc.json`, writing into `out`. Throws when typedoc reports
 * any error or warning (missing TSDoc, a broken `{@link}`), naming how many.
 */
export async function buildApiReference(root: string, out: string): Promise<void> {
  const { Application, TSConfigReader, TypeDocReader } = await import("typedoc");
  const app = await Application.bootstrapWithPlugins(
    { options: join(root, "typedoc.json"), tsconfig: join(root, "tsconfig.json"), out },
    [new TypeDocReader(), new TSConfigReader()],
  );
  const project = await app.convert();
  if (!project) throw new Error("typedoc could not convert the project (see the messages above)");
  app.validate(project);
  if (app.logger.hasErrors() || app.logger.hasWarnings()) {
    throw new Error("typedoc reported errors or warnings (see above); every export needs TSDoc");
  }
  await app.generateDocs(project, out);
  if (app.logger.hasErrors() || app.logger.hasWarnings()) {
    throw new Error("typedoc reported errors or warnings while writing the reference (see above)");
  }
}

/**
 * The names a property block uses from the reference implementations: named imports of the
 * property file from `src/` (not from `src/claims/`, the property API) that occur as words in
 * lines `[fromLine, toLine)` (1-based) of the file, under their exported names. Sorted, without
 * duplicates.
 */
export function referenceSymbolsUsed(source: string, fromLine: number, toLine: number): string[] {
  // Local name → exported name (they differ for `a as b`).
  const imported = new Map<string, string>();
  const re = /import\s+(?:type\s+)?\{([^}]*)\}\s*from\s*["']([^"']+)["']/g;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    const from = m[2];
    if (!/(^|\/)src\//.test(from) || /src\/claims\//.test(from)) continue;
    for (const spec of m[1].split(",")) {
      const [exported, local] = spec
        .trim()
        .replace(/^type\s+/, "")
        .split(/\s+as\s+/);
      if (exported) imported.set((local ?? exported).trim(), exported.trim());
    }
  }
  const block = source
    .split("\n")
    .slice(Math.max(0, fromLine - 1), toLine - 1)
    .join("\n");
  const used = [...imported].filter(([local]) => new RegExp(`\\b${local.replace(/\$/g, "\\$")}\\b`).test(block));
  return [...new Set(used.map(([, exported]) => exported))].sort();
}

/** The typedoc page of an exported name, if typedoc wrote one under `apiDir` (site path `api/…`). */
export function apiPageFor(name: string, apiDir: string): string | undefined {
  for (const kind of API_KIND_DIRS) {
    if (existsSync(join(apiDir, kind, `${name}.html`))) return `api/${kind}/${name}.html`;
  }
  return undefined;
}
