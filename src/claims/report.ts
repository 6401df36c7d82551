/**
 * Building the report from claim records, and printing it as a table or Markdown.
 *
 * @module
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ClaimReport, Report } from "./report-types.js";
import { PROJECT_ROOT } from "./registry.js";
import { documents, documentTitle } from "../documents/registry.js";
import { sentenceTotals } from "../documents/totals.js";
import { VERDICT_KINDS } from "./verdict.js";

/** The package version, for reports. */
export function toolVersion(): string {
  const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, "package.json"), "utf8")) as { version: string };
  return pkg.version;
}

/** Order observed verdicts are listed in. */
export const OBSERVED_ORDER = [...VERDICT_KINDS, "INCONCLUSIVE", "ERROR"] as const;

/** Totals of a set of claim records. */
export function totalsOf(claims: ClaimReport[]): Report["totals"] {
  const byObserved: Record<string, number> = {};
  const byDocument: Record<string, Record<string, number>> = {};
  for (const c of claims) {
    byObserved[c.observed] = (byObserved[c.observed] ?? 0) + 1;
    const d = (byDocument[c.source.document] ??= {});
    d[c.observed] = (d[c.observed] ?? 0) + 1;
  }
  const matched = claims.filter((c) => c.match).length;
  const withProperty = claims.filter((c) => c.property !== undefined);
  const byRole: Record<string, number> = {};
  for (const c of claims) byRole[c.role ?? "unset"] = (byRole[c.role ?? "unset"] ?? 0) + 1;
  const sentences = sentenceTotals(claims);
  return {
    claims: claims.length,
    controls: {
      withProperty: withProperty.length,
      declared: withProperty.filter((c) => c.control).length,
      run: withProperty.filter((c) => c.control?.verdict !== undefined).length,
      moved: withProperty.filter((c) => c.control?.moved).length,
    },
    falseAlarm: {
      bound: claims.reduce((sum, c) => sum + (c.falseAlarmBound ?? 0), 0),
      claims: claims.filter((c) => c.falseAlarmBound !== undefined).length,
    },
    matched,
    mismatched: claims.length - matched,
    byObserved: Object.fromEntries(OBSERVED_ORDER.filter((v) => byObserved[v]).map((v) => [v, byObserved[v]])),
    byDocument: Object.fromEntries(
      [
        ...documents()
          .map((d) => d.file)
          .filter((d) => byDocument[d]),
        // Documents missing from the registry still count (a report from an older registry).
        ...Object.keys(byDocument).filter((d) => !documents().some((r) => r.file === d)),
      ].map((d) => [
        d,
        Object.fromEntries(OBSERVED_ORDER.filter((v) => byDocument[d][v]).map((v) => [v, byDocument[d][v]])),
      ]),
    ),
    byRole,
    ...(Object.keys(sentences).length > 0 ? { sentences } : {}),
  };
}

/** Assemble a report. */
export function buildReport(claims: ClaimReport[], seed: number, options: Report["options"], timeMs: number): Report {
  return {
    tool: "spinspec",
    version: toolVersion(),
    generatedAt: new Date().toISOString(),
    seed,
    options,
    claims,
    totals: totalsOf(claims),
    timeMs,
  };
}

/** A claim's evidence in one line: runs, worst ratio, recorded values, the counterexample. */
export function evidenceLine(c: ClaimReport): string {
  const bits: string[] = [];
  if (c.observed === "NOT_CHECKABLE" && c.expectedDetail.verdict === "NOT_CHECKABLE") {
    bits.push(c.expectedDetail.reason);
  } else {
    bits.push(`${c.runs} runs`);
  }
  if (c.worstRatio !== undefined) bits.push(`worst ratio ${formatNumber(c.worstRatio)}`);
  for (const [k, v] of Object.entries(c.evidence)) {
    bits.push(
      `${k}=${Array.isArray(v) ? `[${v.map((x) => (typeof x === "number" ? formatNumber(x) : x)).join(", ")}]` : typeof v === "number" ? formatNumber(v) : v}`,
    );
  }
  if (c.counterexample) {
    const m = c.counterexample.margin;
    bits.push(
      `counterexample (${c.counterexample.part}, ${c.counterexample.foundBy}${m === undefined ? "" : `, violation/tolerance ${m === null || m === Number.POSITIVE_INFINITY ? "∞" : formatNumber(m)}`}): ${truncate(c.counterexample.values, 120)}`,
    );
  }
  if (c.counterexample?.recheck) bits.push(`50-digit recheck: ${c.counterexample.recheck}`);
  if (c.decisive) bits.push(`most decisive seen: violation/tolerance ${formatNumber(c.decisive.margin)}`);
  if (c.control?.verdict) {
    bits.push(`control (${c.control.change}): ${c.control.verdict}${c.control.moved ? ", moved" : ", DID NOT MOVE"}`);
  }
  return bits.join("; ");
}

/** Numbers to 4 significant digits, integers as they are. */
export function formatNumber(x: number): string {
  if (Number.isInteger(x)) return String(x);
  if (x !== 0 && (Math.abs(x) < 1e-3 || Math.abs(x) >= 1e5)) return x.toExponential(3);
  return String(Number(x.toPrecision(4)));
}

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

function place(c: ClaimReport): string {
  const doc = c.source.document.slice(0, 3);
  return `${doc} ${c.source.section}${c.source.equation ? ` eq ${c.source.equation}` : ""}`;
}

/** The report as a plain-text table plus totals, for the terminal. */
export function formatTable(r: Report, opts: { width?: number } = {}): string {
  const width = opts.width ?? 200;
  const rows = r.claims.map((c) => [
    c.match ? "ok" : "XX",
    c.id,
    place(c),
    c.expected,
    c.observed,
    `${(c.timeMs / 1000).toFixed(1)}s`,
    evidenceLine(c),
  ]);
  const head = ["", "id", "source", "expected", "observed", "time", "evidence"];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => (i === 6 ? 0 : row[i].length))));
  const line = (cells: string[]) =>
    truncate(cells.map((cell, i) => (i === 6 ? cell : cell.padEnd(widths[i]))).join("  "), width);
  const out = [line(head), ...rows.map(line), ""];
  out.push(...formatTotals(r));
  return out.join("\n");
}

/** Totals by verdict and by document, as lines. */
export function formatTotals(r: Report): string[] {
  const t = r.totals;
  const out = [
    `${t.claims} claims: ${Object.entries(t.byObserved)
      .map(([v, n]) => `${v} ${n}`)
      .join(", ")}`,
  ];
  for (const [doc, counts] of Object.entries(t.byDocument)) {
    const n = Object.values(counts).reduce((a, b) => a + b, 0);
    out.push(
      `  ${documentTitle(doc)}: ${n} (${Object.entries(counts)
        .map(([v, k]) => `${v} ${k}`)
        .join(", ")})`,
    );
  }
  if (t.controls) {
    const c = t.controls;
    out.push(
      `controls: ${c.declared} of ${c.withProperty} entries with a property declare one` +
        (c.run > 0 ? `; ${c.run} run, ${c.moved} moved the verdict` : " (run them with --controls)"),
    );
  }
  if (t.byRole) {
    out.push(
      `entries by role: ${Object.entries(t.byRole)
        .map(([r, n]) => `${r} ${n}`)
        .join(", ")}`,
    );
  }
  if (t.sentences) out.push("sentences (spec/coverage/), claim sentences by their literal entry's verdict:");
  for (const [doc, s] of Object.entries(t.sentences ?? {})) {
    const verdicts = [...OBSERVED_ORDER, "NOT_RUN"]
      .filter((v) => s.byVerdict[v])
      .map((v) => `${v} ${s.byVerdict[v]}`)
      .join(", ");
    out.push(
      `  ${documentTitle(doc)}: ${s.sentences} sentences, ${s.claims} claim sentences (${verdicts || "none"}), ${s.missing} without an entry, ${s.unclassified} unclassified`,
    );
  }
  if (t.falseAlarm) {
    out.push(
      `false-alarm bound of this run: ${formatNumber(t.falseAlarm.bound)} (union bound over the ${t.falseAlarm.claims} claims with random parts that state one)`,
    );
  }
  out.push(
    `${t.matched} matched the spec, ${t.mismatched} did not (seed ${r.seed}, ${(r.timeMs / 1000).toFixed(1)} s)`,
  );
  return out;
}

/** The mismatches with their counterexamples and replay commands. */
export function formatMismatches(r: Report): string {
  const bad = r.claims.filter((c) => !c.match);
  if (bad.length === 0) return "";
  const out = [`\n${bad.length} claim(s) did not reach the expected verdict:`];
  for (const c of bad) {
    out.push(`- ${c.id}: ${c.mismatch ?? `expected ${c.expected}, observed ${c.observed}`}`);
    if (c.counterexample) {
      out.push(`    counterexample (${c.counterexample.part}): ${c.counterexample.values}`);
      out.push(`    ${c.counterexample.message.split("\n")[0]}`);
      out.push(`    replay: ${replayCommand(c)}`);
    }
  }
  return out.join("\n");
}

/** The exact command that replays a claim's counterexample. */
export function replayCommand(c: ClaimReport): string {
  const ce = c.counterexample;
  if (!ce) return "";
  return `npx spinspec replay ${c.id} --part ${ce.part} --seed ${ce.seed} --path ${ce.path}`;
}

/** The report as Markdown. */
export function toMarkdown(r: Report): string {
  const out = [
    "# spinspec report",
    "",
    `Version ${r.version}, seed ${r.seed}, ${r.options.thorough ? "thorough" : "quick"}${r.options.explore ? ", explore" : ""}.`,
    "",
    "| | id | source | expected | observed | evidence |",
    "|---|---|---|---|---|---|",
  ];
  for (const c of r.claims) {
    out.push(
      `| ${c.match ? "✓" : "✗"} | \`${c.id}\` | ${place(c)} | ${c.expected} | ${c.observed} | ${evidenceLine(c).replaceAll("|", "\\|")} |`,
    );
  }
  out.push("", ...formatTotals(r).map((l) => `${l.startsWith("  ") ? "- " + l.trim() : l}`));
  return `${out.join("\n")}\n`;
}
