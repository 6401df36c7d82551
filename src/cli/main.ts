/**
 * The `spinspec` command: verify, list, show, replay, merge, docs.
 *
 * Exit codes: 0 when every observed verdict matches the spec, 1 when any differs, 2 on a usage or
 * spec error.
 *
 * @module
 */
import { Command, CommanderError, Option } from "commander";
import { randomInt } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { stringify } from "yaml";
import {
  loadRegistry,
  loadSpec,
  PROJECT_ROOT,
  SpecError,
  type Registry,
  type RegisteredEntry,
} from "../claims/registry.js";
import { runPool } from "../claims/pool.js";
import { ReplayDatabase } from "../claims/replay-db.js";
import type { Report } from "../claims/report-types.js";
import {
  buildReport,
  evidenceLine,
  formatMismatches,
  formatTable,
  formatTotals,
  toMarkdown,
  totalsOf,
} from "../claims/report.js";
import { replayPart } from "../claims/runner.js";
import { PART_ROLES } from "../claims/property.js";
import { describeVerdict } from "../claims/verdict.js";
import { selectShard, parseShard } from "./shard.js";
import { buildDocs } from "../site/main.js";
import { listFigureModules, renderFigure } from "../site/figures.js";

/** The base seed CI runs under; `--explore` draws a fresh one. */
export const DEFAULT_SEED = 20260101;
/** Where a full run saves its report for `show` and `docs`. */
export const LATEST_REPORT = join(PROJECT_ROOT, "reports", "latest.json");
const REPLAY_DB = join(PROJECT_ROOT, ".spinspec", "replay.json");

/** A usage error: exit code 2. */
export class UsageError extends Error {}

function writeOut(s: string): void {
  process.stdout.write(s.endsWith("\n") ? s : `${s}\n`);
}

function parseIntStrict(name: string) {
  return (v: string): number => {
    if (!/^-?\d+$/.test(v)) throw new UsageError(`${name} must be an integer, got "${v}"`);
    return Number(v);
  };
}

/** Select entries by `--claims` and `--family`; unknown ids or families are usage errors. */
export function selectEntries(registry: Registry, claims?: string, family?: string): RegisteredEntry[] {
  let entries = registry.entries;
  if (family) {
    const fams = family
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    const unknown = fams.filter((f) => !registry.families.includes(f));
    if (unknown.length > 0) {
      throw new UsageError(`unknown family ${unknown.join(", ")} (families: ${registry.families.join(", ")})`);
    }
    entries = entries.filter((e) => fams.includes(e.family));
  }
  if (claims) {
    const ids = claims
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    const unknown = ids.filter((id) => !registry.byId.has(id));
    if (unknown.length > 0) throw new UsageError(`unknown claim id ${unknown.join(", ")} (see \`spinspec list\`)`);
    entries = entries.filter((e) => ids.includes(e.id));
  }
  return entries;
}

interface VerifyOptions {
  claims?: string;
  family?: string;
  seed?: number;
  runs?: number;
  thorough?: boolean;
  explore?: boolean;
  json?: string;
  markdown?: string;
  shard?: string;
  jobs?: number;
  quiet?: boolean;
  repeat?: number;
  controls?: boolean;
}

async function verify(o: VerifyOptions): Promise<number> {
  if (o.explore && o.seed !== undefined)
    throw new UsageError("--explore draws a fresh seed; do not pass --seed with it");
  const repeat = o.repeat ?? 1;
  if (repeat < 1) throw new UsageError("--repeat must be at least 1");
  if (repeat > 1 && !o.explore)
    throw new UsageError("--repeat only makes sense with --explore (the fixed seed gives the same run)");
  let worst = 0;
  for (let k = 1; k <= repeat; k++) {
    if (repeat > 1) process.stderr.write(`spinspec verify: explore run ${k} of ${repeat}\n`);
    const code = await verifyOnce(o);
    worst = Math.max(worst, code);
  }
  if (repeat > 1)
    writeOut(
      `${repeat} explore runs: ${worst === 0 ? "every one matched the spec" : "at least one did not match (see above)"}`,
    );
  return worst;
}

async function verifyOnce(o: VerifyOptions): Promise<number> {
  const registry = await loadRegistry();
  let entries = selectEntries(registry, o.claims, o.family);
  let shard: ReturnType<typeof parseShard> | undefined;
  try {
    shard = o.shard ? parseShard(o.shard) : undefined;
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  if (shard) entries = selectShard(entries, shard);
  const seed = o.explore ? randomInt(1, 2 ** 31 - 1) : (o.seed ?? DEFAULT_SEED);
  const database = new ReplayDatabase(REPLAY_DB);
  const t0 = Date.now();
  // Progress on stderr: every mismatch at once, and a heartbeat every few seconds on long runs.
  let finished = 0;
  const heartbeat = setInterval(() => {
    process.stderr.write(`  … ${finished}/${entries.length} claims done, ${((Date.now() - t0) / 1000).toFixed(0)} s\n`);
  }, 5000);
  process.stderr.write(
    `spinspec verify: ${entries.length} claims, seed ${seed}${o.thorough ? ", thorough" : ""}${o.explore ? ", explore" : ""}\n`,
  );
  const claims = await runPool(registry, entries, {
    baseSeed: seed,
    thorough: o.thorough,
    explore: o.explore,
    numRuns: o.runs,
    jobs: o.jobs,
    controls: o.controls,
    database,
    onResult: (r, done, total) => {
      finished = done;
      if (!r.match || r.timeMs > 5000) {
        process.stderr.write(
          `  [${done}/${total}] ${((Date.now() - t0) / 1000).toFixed(1)} s  ${r.id}: ${r.observed}${r.match ? ` (${(r.timeMs / 1000).toFixed(1)} s)` : ` (expected ${r.expected})`}\n`,
        );
      }
    },
  }).finally(() => clearInterval(heartbeat));
  database.save();
  const report = buildReport(
    claims,
    seed,
    {
      thorough: o.thorough ?? false,
      explore: o.explore ?? false,
      runs: o.runs,
      shard: o.shard,
      claims: o.claims?.split(","),
      families: o.family?.split(","),
    },
    Date.now() - t0,
  );
  writeOut(
    o.quiet
      ? formatTotals(report).join("\n")
      : formatTable(report, { width: process.stdout.columns ? Math.max(100, process.stdout.columns) : 240 }),
  );
  const mismatches = formatMismatches(report);
  if (mismatches) writeOut(mismatches);
  if (o.json) writeJson(o.json, report);
  if (o.markdown) writeText(o.markdown, toMarkdown(report));
  // The docs build reads the latest full run; skip the write when --json already wrote that file.
  if (!o.claims && !o.family && !o.shard && !(o.json && resolve(o.json) === resolve(LATEST_REPORT)))
    writeJson(LATEST_REPORT, report);
  return report.totals.mismatched === 0 ? 0 : 1;
}

function writeJson(file: string, data: unknown): void {
  writeText(file, `${JSON.stringify(data, null, 2)}\n`);
}

function writeText(file: string, text: string): void {
  const path = resolve(file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

function readReport(file: string): Report {
  if (!existsSync(file)) throw new UsageError(`no report at ${file}`);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new UsageError(`${file} is not valid JSON: ${(e as Error).message}`);
  }
  const r = data as Report;
  if (r?.tool !== "spinspec" || !Array.isArray(r.claims)) throw new UsageError(`${file} is not a spinspec report`);
  return r;
}

/** Merge shard reports into one; they must share seed and options and not overlap. */
export function mergeReports(reports: Report[]): Report {
  if (reports.length === 0) throw new UsageError("merge needs at least one report");
  const seed = reports[0].seed;
  const claims = new Map<string, Report["claims"][number]>();
  for (const r of reports) {
    if (r.seed !== seed) throw new UsageError(`reports have different seeds (${seed} and ${r.seed})`);
    if (r.options.thorough !== reports[0].options.thorough) throw new UsageError("reports mix quick and thorough runs");
    for (const c of r.claims) {
      if (claims.has(c.id)) throw new UsageError(`claim ${c.id} appears in more than one report`);
      claims.set(c.id, c);
    }
  }
  // Spec order, as a single run reports it (claims the spec no longer has go last, by id).
  const order = new Map(loadSpec().map((e, k) => [e.id, k]));
  const merged = [...claims.values()].sort(
    (a, b) => (order.get(a.id) ?? Infinity) - (order.get(b.id) ?? Infinity) || a.id.localeCompare(b.id),
  );
  return {
    ...reports[0],
    generatedAt:
      reports
        .map((r) => r.generatedAt)
        .sort()
        .at(-1) ?? reports[0].generatedAt,
    options: { ...reports[0].options, shard: undefined },
    claims: merged,
    totals: totalsOf(merged),
    timeMs: Math.max(...reports.map((r) => r.timeMs)),
  };
}

async function show(id: string): Promise<number> {
  const registry = await loadRegistry();
  const entry = registry.byId.get(id);
  if (!entry) throw new UsageError(`unknown claim id ${id} (see \`spinspec list\`)`);
  const { family, file, ...rest } = entry;
  writeOut(`# ${id} (${file}, family ${family})\n`);
  writeOut(stringify(rest, { lineWidth: 100 }));
  const prop = entry.property ? registry.properties.get(entry.property) : undefined;
  if (prop) writeOut(`property: ${prop.id} at ${prop.location.file}:${prop.location.line} (${prop.check.kind})`);
  if (existsSync(LATEST_REPORT)) {
    const last = readReport(LATEST_REPORT).claims.find((c) => c.id === id);
    if (last) {
      writeOut(`last evidence (seed ${last.seed}): observed ${last.observed} — ${describeVerdict(last.observed)}`);
      writeOut(`  ${evidenceLine(last)}`);
      for (const p of last.parts)
        writeOut(`  part ${p.role}: ${p.status}, ${p.runs} runs, ${p.timeMs} ms — ${p.description}`);
    }
  }
  return 0;
}

function replay(
  id: string,
  o: { part?: string; seed: number; path: string; thorough?: boolean },
  registry: Registry,
): number {
  const entry = registry.byId.get(id);
  if (!entry) throw new UsageError(`unknown claim id ${id} (see \`spinspec list\`)`);
  const prop = entry.property ? registry.properties.get(entry.property) : undefined;
  if (!prop) throw new UsageError(`${id} has no property (it is NOT_CHECKABLE)`);
  const roles = PART_ROLES[prop.check.kind];
  const role = o.part ?? (roles.length === 1 ? roles[0] : undefined);
  if (!role) throw new UsageError(`${id} has several parts (${roles.join(", ")}): pass --part`);
  if (!roles.includes(role)) throw new UsageError(`${id} has no part ${role} (its parts: ${roles.join(", ")})`);
  const r = replayPart(prop, role, o.seed, o.path, { thorough: o.thorough });
  if (!r) {
    writeOut(`${id} part ${role}: seed ${o.seed} path ${o.path} passes now`);
    return 0;
  }
  writeOut(`${id} part ${role} fails at seed ${o.seed} path ${o.path}`);
  writeOut(`values: ${r.values}`);
  const e = r.error;
  writeOut(e instanceof Error ? `${e.name}: ${e.message}` : String(e));
  const details = (e as { details?: unknown })?.details;
  if (details) writeOut(`details: ${JSON.stringify(details, (_k, v) => (typeof v === "bigint" ? String(v) : v))}`);
  return 0;
}

/** Build the program. */
export function program(): Command {
  const p = new Command("spinspec")
    .description("Check the claims of physics-of-transformers papers against reference implementations.")
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  p.command("verify")
    .description("run the properties and compare each observed verdict with the spec")
    .option("--claims <ids>", "comma-separated claim ids")
    .option("--family <names>", "comma-separated families")
    .option("--seed <n>", "base seed (default: the fixed CI seed)", parseIntStrict("--seed"))
    .option("--runs <n>", "runs per randomized part", parseIntStrict("--runs"))
    .option("--thorough", "larger sizes, more runs, longer budgets")
    .option("--explore", "a fresh random seed instead of the fixed one")
    .option("--json <file>", "write the JSON report")
    .option("--markdown <file>", "write the report as Markdown")
    .option("--shard <i/n>", "run the i-th of n deterministic shards")
    .addOption(new Option("--jobs <n>", "worker threads").argParser(parseIntStrict("--jobs")))
    .option("--quiet", "print only totals and mismatches")
    .option("--controls", "also run every property's control; a control that does not move the verdict is a mismatch")
    .option("--repeat <n>", "with --explore: that many fresh seeds in a row", parseIntStrict("--repeat"))
    .action(async (o: VerifyOptions) => {
      p.setOptionValue("exit", await verify(o));
    });
  p.command("list")
    .description("list the claims")
    .option("--family <names>", "comma-separated families")
    .action(async (o: { family?: string }) => {
      const registry = await loadRegistry();
      for (const e of selectEntries(registry, undefined, o.family)) {
        writeOut(
          `${e.id.padEnd(44)} ${e.expected.verdict.padEnd(23)} ${e.source.document.slice(0, 3)} ${e.source.section}  ${e.title}`,
        );
      }
      p.setOptionValue("exit", 0);
    });
  p.command("show <id>")
    .description("show a claim: its entry, its property's source, its last evidence")
    .action(async (id: string) => {
      p.setOptionValue("exit", await show(id));
    });
  p.command("replay <id>")
    .description("replay a counterexample from its seed and path")
    .option("--part <role>", "the part (claim, inside, boundary, trivial, readingsAgree)")
    .requiredOption("--seed <n>", "fast-check seed", parseIntStrict("--seed"))
    .requiredOption("--path <path>", "fast-check path")
    .option("--thorough", "the sizes of a thorough run")
    .action(async (id: string, o: { part?: string; seed: number; path: string; thorough?: boolean }) => {
      p.setOptionValue("exit", replay(id, o, await loadRegistry()));
    });
  p.command("merge <reports...>")
    .description("merge shard reports into one")
    .option("--json <file>", "write the merged report (default reports/latest.json)")
    .action((files: string[], o: { json?: string }) => {
      const merged = mergeReports(files.map(readReport));
      writeOut(formatTable(merged));
      const mismatches = formatMismatches(merged);
      if (mismatches) writeOut(mismatches);
      writeJson(o.json ?? LATEST_REPORT, merged);
      p.setOptionValue("exit", merged.totals.mismatched === 0 ? 0 : 1);
    });
  p.command("docs")
    .description("build the documentation site into docs/ (runs verify first if there is no report)")
    .option("--report <file>", "the report to build from", LATEST_REPORT)
    .option("--out <dir>", "output folder", join(PROJECT_ROOT, "docs"))
    .option("--thorough", "full-size figures (minutes)")
    .option("--no-api", "skip the typedoc API reference")
    .action(async (o: { report: string; out: string; thorough?: boolean; api: boolean }) => {
      if (!existsSync(o.report)) {
        process.stderr.write(`spinspec docs: no report at ${o.report}; running verify first\n`);
        const code = await verify({ json: o.report, quiet: true });
        if (code === 2) {
          p.setOptionValue("exit", code);
          return;
        }
      }
      p.setOptionValue(
        "exit",
        await buildDocs({ report: o.report, out: o.out, thorough: o.thorough ?? false, api: o.api }),
      );
    });
  p.command("figures")
    .description("compute every figure from the references and write its SVG and vega-lite spec")
    .option("--thorough", "the full-size figures (minutes, not hours)")
    .option("--seed <n>", "base seed", parseIntStrict("--seed"), DEFAULT_SEED)
    .option("--out <dir>", "output folder", join(PROJECT_ROOT, "reports", "figures"))
    .option("--only <ids>", "comma-separated figure ids")
    .option(
      "--published",
      "Fig 4.1 with the thesis' own run lengths (about 8 minutes on 2 cores with the native kernel); the others thorough",
    )
    .action(async (o: { thorough?: boolean; published?: boolean; seed: number; out: string; only?: string }) => {
      const only = o.only?.split(",");
      mkdirSync(o.out, { recursive: true });
      for (const module of listFigureModules(PROJECT_ROOT)) {
        const id = module.replace(/\.ts$/, "").split("/").at(-1) ?? module;
        if (only && !only.includes(id)) continue;
        const t0 = Date.now();
        const f = await renderFigure(PROJECT_ROOT, module, {
          seed: o.seed,
          thorough: (o.thorough ?? false) || (o.published ?? false),
          published: o.published ?? false,
        });
        writeText(join(o.out, `${f.id}.svg`), f.svg);
        writeOut(
          `${f.id}: ${f.rows} data rows, ${((Date.now() - t0) / 1000).toFixed(1)} s → ${join(o.out, `${f.id}.svg`)} (claims ${f.claims.join(", ")})`,
        );
      }
      p.setOptionValue("exit", 0);
    });
  return p;
}

/** Run the CLI with `argv` (without `node` and the script); returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const p = program();
  try {
    await p.parseAsync(argv, { from: "user" });
    return (p.getOptionValue("exit") as number | undefined) ?? 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.exitCode === 0 ? 0 : 2;
    }
    if (e instanceof UsageError) {
      process.stderr.write(`spinspec: ${e.message}\n`);
      return 2;
    }
    if (e instanceof SpecError) {
      process.stderr.write(`spinspec: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}
