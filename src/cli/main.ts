/**
 * The `spinspec` command: verify, list, show, replay, merge, diff, docs, figures.
 *
 * Exit codes: 0 when every observed verdict matches the spec, 1 when any differs, 2 on a usage,
 * input or spec error (one line naming the argument, file or field), 3 on an internal error (its
 * stack under `--debug`). See `errors.ts`.
 *
 * @module
 */
import { Command, CommanderError, Option } from "commander";
import { randomInt } from "node:crypto";
import { existsSync, mkdirSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { stringify } from "yaml";
import { loadRegistry, PROJECT_ROOT, type Registry, type RegisteredEntry } from "../claims/registry.js";
import { runPool } from "../claims/pool.js";
import { ReplayDatabase } from "../claims/replay-db.js";
import { ClaimTimings } from "../claims/timings.js";
import type { Report } from "../claims/report-types.js";
import {
  buildReport,
  evidenceLine,
  formatMismatches,
  formatTable,
  formatTotals,
  toMarkdown,
} from "../claims/report.js";
import { replayPart } from "../claims/runner.js";
import { PART_ROLES } from "../claims/property.js";
import { describeVerdict } from "../claims/verdict.js";
import { selectShard, parseShard } from "./shard.js";
import { describeError, oneLine, UsageError } from "./errors.js";
import {
  checkOutputFile,
  checkOutputFolder,
  MAX_REPEAT,
  MAX_RUNS,
  integerIn,
  parseJobs,
  parseList,
  parseReplayPath,
  parseReplaySeed,
  parseSeed,
} from "./options.js";
import { readReportFile } from "./report-file.js";
import { describeInputs, mergeReports } from "./merge.js";
import { diffExitCode, diffReports, diffToMarkdown } from "./diff.js";
import { type Affected, affectedClaims, checkRef, describeAffected } from "./changed.js";
import { writeFileAtomic, writeJsonAtomic } from "../claims/atomic-write.js";
import { buildDocs } from "../site/main.js";
import { listFigureModules, renderFigure } from "../site/figures.js";

/** The base seed CI runs under; `--explore` draws a fresh one. */
export const DEFAULT_SEED = 20260101;
/** Where a full run saves its report for `show` and `docs`. */
export const LATEST_REPORT = join(PROJECT_ROOT, "reports", "latest.json");
const REPLAY_DB = join(PROJECT_ROOT, ".spinspec", "replay.json");
/** Earlier runs' claim times: the pool starts the longest claims first (src/claims/timings.ts). */
const TIMINGS_FILE = join(PROJECT_ROOT, ".spinspec", "timings.json");

export { UsageError } from "./errors.js";
export { mergeReports } from "./merge.js";

function writeOut(s: string): void {
  process.stdout.write(s.endsWith("\n") ? s : `${s}\n`);
}

/** Select entries by `--claims` and `--family`; unknown ids or families are usage errors. */
export function selectEntries(registry: Registry, claims?: string, family?: string): RegisteredEntry[] {
  let entries = registry.entries;
  if (family !== undefined) {
    const fams = parseList("--family", family);
    const unknown = fams.filter((f) => !registry.families.includes(f));
    if (unknown.length > 0) {
      throw new UsageError(`unknown family ${unknown.join(", ")} (families: ${registry.families.join(", ")})`);
    }
    entries = entries.filter((e) => fams.includes(e.family));
  }
  if (claims !== undefined) {
    const ids = parseList("--claims", claims);
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
  changed?: string;
}

async function verify(o: VerifyOptions): Promise<number> {
  // Every option is checked before any work, so a bad one costs nothing and loses no results.
  if (o.explore && o.seed !== undefined)
    throw new UsageError("--explore draws a fresh seed; do not pass --seed with it");
  const repeat = o.repeat ?? 1;
  if (repeat < 1) throw new UsageError("--repeat must be at least 1");
  if (o.json !== undefined) checkOutputFile("--json", o.json);
  if (o.markdown !== undefined) checkOutputFile("--markdown", o.markdown);
  if (o.json !== undefined && o.markdown !== undefined && resolve(o.json) === resolve(o.markdown))
    throw new UsageError(`--json and --markdown are the same file "${o.json}"`);
  if (o.claims !== undefined) parseList("--claims", o.claims);
  if (o.family !== undefined) parseList("--family", o.family);
  if (o.shard !== undefined) {
    try {
      parseShard(o.shard);
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
  }
  if (o.changed !== undefined) checkRef(o.changed, PROJECT_ROOT);
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
  let affected: Affected | undefined;
  if (o.changed !== undefined) {
    affected = await affectedClaims(registry, o.changed, PROJECT_ROOT);
    writeOut(describeAffected(affected, o.changed, registry.entries.length).join("\n"));
    if (!affected.everything) {
      const ids = affected.claims;
      entries = entries.filter((e) => ids.has(e.id));
      // Nothing affected is an answer, not an error: the (partial, empty) report says so.
      if (entries.length === 0) {
        const empty = buildReport([], DEFAULT_SEED, verifyReportOptions(o), 0);
        empty.partial = true;
        if (o.json) writeJson(o.json, empty);
        if (o.markdown) writeText(o.markdown, toMarkdown(empty));
        writeOut("no claim to run");
        return 0;
      }
    }
  }
  let shard: ReturnType<typeof parseShard> | undefined;
  try {
    shard = o.shard ? parseShard(o.shard) : undefined;
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  if (shard) entries = selectShard(entries, shard);
  if (entries.length === 0)
    throw new UsageError(
      `the selection ${[o.claims && `--claims ${o.claims}`, o.family && `--family ${o.family}`, o.shard && `--shard ${o.shard}`].filter(Boolean).join(" ")} holds no claims`,
    );
  const seed = o.explore ? randomInt(1, 2 ** 31 - 1) : (o.seed ?? DEFAULT_SEED);
  const database = new ReplayDatabase(REPLAY_DB);
  const timings = new ClaimTimings(TIMINGS_FILE);
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
    timings,
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
  // Times under a run-count override or with the controls are not those of a plain run: not kept.
  if (o.runs === undefined && !o.controls) {
    timings.record(o.thorough ? "thorough" : "quick", claims);
    try {
      timings.save();
    } catch (err) {
      process.stderr.write(`spinspec: could not save claim timings to ${TIMINGS_FILE}: ${(err as Error).message}\n`);
    }
  }
  const report = buildReport(claims, seed, verifyReportOptions(o), Date.now() - t0);
  // --changed ran a subset: the report holds only the claims that ran and says so.
  if (affected && !affected.everything) report.partial = true;
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
  if (!o.claims && !o.family && !o.shard && !o.changed && !(o.json && resolve(o.json) === resolve(LATEST_REPORT)))
    writeJson(LATEST_REPORT, report);
  return report.totals.mismatched === 0 ? 0 : 1;
}

function verifyReportOptions(o: VerifyOptions): Report["options"] {
  return {
    thorough: o.thorough ?? false,
    explore: o.explore ?? false,
    runs: o.runs,
    shard: o.shard,
    claims: o.claims?.split(","),
    families: o.family?.split(","),
    ...(o.changed === undefined ? {} : { changed: o.changed }),
  };
}

// Every output goes through the atomic writer: an interrupted write never truncates a report.
function writeJson(file: string, data: unknown): void {
  writeJsonAtomic(file, data);
}

function writeText(file: string, text: string): void {
  writeFileAtomic(file, text);
}

function readReport(file: string, what = "report"): Report {
  return readReportFile(file, what);
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
    let latest: Report | undefined;
    try {
      latest = readReport(LATEST_REPORT);
    } catch (e) {
      // The entry is shown anyway; only its last evidence is missing.
      process.stderr.write(`spinspec show: no last evidence: ${(e as Error).message}\n`);
    }
    const last = latest?.claims.find((c) => c.id === id);
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
  let r: ReturnType<typeof replayPart>;
  try {
    r = replayPart(prop, role, o.seed, o.path, { thorough: o.thorough });
  } catch (e) {
    // fast-check refuses a path its generators cannot reach: the path is wrong, not spinspec.
    if (e instanceof Error && /unable to replay/i.test(e.message))
      throw new UsageError(
        `--path ${o.path} does not replay ${id} part ${role} at seed ${o.seed}: ${oneLine(e.message)}`,
      );
    throw e;
  }
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
    .option("--debug", "on an internal error, print its stack")
    .exitOverride()
    // commander's own errors (unknown option, missing argument) on one line, like every other error.
    .configureOutput({
      writeErr: (s) => process.stderr.write(s),
      outputError: (s, write) => write(`spinspec: ${oneLine(s).replace(/^error: /, "")}\n`),
    });
  p.command("verify")
    .description("run the properties and compare each observed verdict with the spec")
    .option("--claims <ids>", "comma-separated claim ids")
    .option("--family <names>", "comma-separated families")
    .option("--seed <n>", "base seed, 0 to 2^32 − 1 (default: the fixed CI seed)", parseSeed())
    .option("--runs <n>", "runs per randomized part", integerIn("--runs", 1, MAX_RUNS))
    .option("--thorough", "larger sizes, more runs, longer budgets")
    .option("--explore", "a fresh random seed instead of the fixed one")
    .option("--json <file>", "write the JSON report")
    .option("--markdown <file>", "write the report as Markdown")
    .option("--shard <i/n>", "run the i-th of n deterministic shards")
    .option(
      "--changed <git-ref>",
      "run only the claims a change since <git-ref> can affect (spec entry, property, imports)",
    )
    .addOption(new Option("--jobs <n>", "worker threads (at most the cores)").argParser(parseJobs))
    .option("--quiet", "print only totals and mismatches")
    .option("--controls", "also run every property's control; a control that does not move the verdict is a mismatch")
    .option("--repeat <n>", "with --explore: that many fresh seeds in a row", integerIn("--repeat", 1, MAX_REPEAT))
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
    .requiredOption("--seed <n>", "fast-check seed (a signed 32-bit integer)", parseReplaySeed)
    .requiredOption("--path <path>", "fast-check path (e.g. 3:1:0)", parseReplayPath)
    .option("--thorough", "the sizes of a thorough run")
    .action(async (id: string, o: { part?: string; seed: number; path: string; thorough?: boolean }) => {
      p.setOptionValue("exit", replay(id, o, await loadRegistry()));
    });
  p.command("merge <reports...>")
    .description("merge shard reports of one run into one (written only where --json or --latest asks)")
    .option("--json <file>", "write the merged report")
    .option("--markdown <file>", "write the merged report as Markdown")
    .option("--latest", "also write it to reports/latest.json (what show and docs read)")
    .option("--force", "merge reports of different runs (seed, options) or an incomplete set of shards")
    .action((files: string[], o: { json?: string; markdown?: string; latest?: boolean; force?: boolean }) => {
      if (o.json !== undefined) checkOutputFile("--json", o.json);
      if (o.markdown !== undefined) checkOutputFile("--markdown", o.markdown);
      if (o.latest) checkOutputFile("--latest", LATEST_REPORT);
      const reports = files.map((f) => readReport(f));
      const merged = mergeReports(reports, { names: files, force: o.force });
      writeOut(`merged ${files.length} report${files.length === 1 ? "" : "s"} into ${merged.claims.length} claims:`);
      writeOut(describeInputs(reports, files).join("\n"));
      writeOut(formatTable(merged));
      const mismatches = formatMismatches(merged);
      if (mismatches) writeOut(mismatches);
      if (o.json !== undefined) writeJson(o.json, merged);
      if (o.markdown !== undefined) writeText(o.markdown, toMarkdown(merged));
      if (o.latest && !(o.json !== undefined && resolve(o.json) === resolve(LATEST_REPORT)))
        writeJson(LATEST_REPORT, merged);
      if (o.json === undefined && !o.latest) writeOut("(not written: pass --json FILE or --latest to keep it)");
      p.setOptionValue("exit", merged.totals.mismatched === 0 ? 0 : 1);
    });
  p.command("diff <base> <head>")
    .description("what changed between two reports: verdicts, claims added or removed, evidence drift (Markdown)")
    .option("--json <file>", "also write the diff as JSON")
    .option("--markdown <file>", "also write the Markdown to a file")
    .action((baseFile: string, headFile: string, o: { json?: string; markdown?: string }) => {
      if (o.json !== undefined) checkOutputFile("--json", o.json);
      if (o.markdown !== undefined) checkOutputFile("--markdown", o.markdown);
      const d = diffReports(readReport(baseFile, "base report"), readReport(headFile, "head report"), {
        base: baseFile,
        head: headFile,
      });
      const md = diffToMarkdown(d);
      writeOut(md);
      if (o.json !== undefined) writeJson(o.json, d);
      if (o.markdown !== undefined) writeText(o.markdown, md);
      // 1 when a verdict changed or a claim disappeared; evidence drift alone is 0.
      p.setOptionValue("exit", diffExitCode(d));
    });
  p.command("docs")
    .description("build the documentation site into docs/ (runs verify first if there is no report)")
    .option("--report <file>", "the report to build from", LATEST_REPORT)
    .option("--out <dir>", "output folder", join(PROJECT_ROOT, "docs"))
    .option("--thorough", "full-size figures (minutes)")
    .option("--no-api", "skip the typedoc API reference")
    .action(async (o: { report: string; out: string; thorough?: boolean; api: boolean }, cmd: Command) => {
      checkDocsOut(o.out);
      // Only the default report is made on demand; a report named explicitly must exist.
      if (cmd.getOptionValueSource("report") !== "default" || existsSync(o.report)) readReport(o.report, "--report");
      else {
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
    .option("--seed <n>", "base seed, 0 to 2^32 − 1", parseSeed(), DEFAULT_SEED)
    .option("--out <dir>", "output folder", join(PROJECT_ROOT, "reports", "figures"))
    .option("--only <ids>", "comma-separated figure ids")
    .option(
      "--published",
      "Fig 4.1 with the thesis' own run lengths (about 8 minutes on 2 cores with the native kernel); the others thorough",
    )
    .action(async (o: { thorough?: boolean; published?: boolean; seed: number; out: string; only?: string }) => {
      const only = o.only === undefined ? undefined : parseList("--only", o.only);
      checkOutputFolder("--out", o.out);
      const modules = listFigureModules(PROJECT_ROOT);
      const ids = modules.map((m) => m.replace(/\.ts$/, "").split("/").at(-1) ?? m);
      const unknown = only?.filter((id) => !ids.includes(id)) ?? [];
      if (unknown.length > 0)
        throw new UsageError(`--only: unknown figure ${unknown.join(", ")} (figures: ${ids.join(", ")})`);
      mkdirSync(o.out, { recursive: true });
      for (const module of modules) {
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

/**
 * `docs --out` is emptied before the new site moves in, so it must be a folder that is empty or
 * holds an earlier site (an `index.html`), and neither the project nor a folder above it.
 */
function checkDocsOut(out: string): void {
  checkOutputFolder("--out", out);
  const path = resolve(out);
  if (PROJECT_ROOT === path || PROJECT_ROOT.startsWith(`${path}/`) || path === "/")
    throw new UsageError(`--out "${out}" holds the project; the site's folder is emptied first`);
  if (!existsSync(path)) return;
  const files = readdirSync(path).filter((f) => f !== ".gitkeep");
  if (files.length > 0 && !files.includes("index.html"))
    throw new UsageError(`--out "${out}" holds files that are not a spinspec site; the site's folder is emptied first`);
}

/**
 * Run the CLI with `argv` (without `node` and the script); returns the exit code: 0 matched, 1 a
 * verdict differs, 2 a usage, input or spec error (one line on stderr), 3 an internal error (one
 * line; its stack with `--debug`).
 */
export async function main(argv: string[]): Promise<number> {
  const p = program();
  // --debug may stand anywhere (before or after the subcommand); it only changes error output.
  const debug = argv.includes("--debug") || process.env.SPINSPEC_DEBUG === "1";
  try {
    await p.parseAsync(
      argv.filter((a) => a !== "--debug"),
      { from: "user" },
    );
    return (p.getOptionValue("exit") as number | undefined) ?? 0;
  } catch (e) {
    // commander has printed its message (help and --version exit 0).
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    const { code, text } = describeError(e, debug);
    process.stderr.write(`${text}\n`);
    return code;
  }
}
