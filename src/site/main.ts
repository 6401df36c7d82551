/**
 * A command-line entry to the site generator, for use until (and beside) `spinspec docs`:
 *
 *   npx tsx src/site/main.ts [--report reports/latest.json] [--out docs] [--thorough] [--no-api]
 *
 * It reads the report, builds the site with {@link buildSite} and prints what it wrote.
 *
 * @module
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { PROJECT_ROOT } from "../claims/registry.js";
import type { Report } from "../claims/report-types.js";
import { buildSite } from "./build.js";

/** What {@link buildDocs} builds from and into. */
export interface DocsOptions {
  /** The verify report (JSON) the claim pages show. */
  report: string;
  /** Output folder. */
  out: string;
  /** Full-size figures (minutes) instead of the quick ones. */
  thorough: boolean;
  /** Include the typedoc API reference. */
  api: boolean;
}

/** Build the site; prints what it wrote and returns the exit code (0 built, 1 failed, 2 no report). */
export async function buildDocs(options: DocsOptions): Promise<number> {
  const reportFile = resolve(options.report);
  if (!existsSync(reportFile)) {
    process.stderr.write(`no report at ${reportFile}: run \`npx spinspec verify --json ${options.report}\` first\n`);
    return 2;
  }
  const report = JSON.parse(readFileSync(reportFile, "utf8")) as Report;
  const started = performance.now();
  try {
    const r = await buildSite({
      report,
      outDir: options.out,
      figures: options.thorough ? "thorough" : "quick",
      api: options.api,
    });
    for (const w of r.warnings) process.stderr.write(`warning: ${w}\n`);
    const pages = r.files.filter((f) => f.endsWith(".html")).length;
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    process.stdout.write(
      `site: ${pages} pages, ${r.figures.length} figures${options.api ? ", API reference" : ""} in ${r.outDir} (${seconds} s)\n`,
    );
    return 0;
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}

/** {@link buildDocs} from command-line arguments; returns the exit code (2 also for bad arguments). */
export async function docsMain(argv: string[]): Promise<number> {
  const options = {
    report: { type: "string", default: join(PROJECT_ROOT, "reports", "latest.json") },
    out: { type: "string", default: join(PROJECT_ROOT, "docs") },
    thorough: { type: "boolean", default: false },
    "no-api": { type: "boolean", default: false },
  } as const;
  let values: ReturnType<typeof parseArgs<{ args: string[]; options: typeof options }>>["values"];
  try {
    ({ values } = parseArgs({ args: argv, options }));
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
  return buildDocs({ report: values.report, out: values.out, thorough: values.thorough, api: !values["no-api"] });
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await docsMain(process.argv.slice(2));
}
