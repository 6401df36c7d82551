/**
 * `spinspec diff <base.json> <head.json>`: what a change did to the verdicts and the evidence.
 *
 * - **Verdict changes**: a claim whose observed or expected verdict (or whether they match)
 *   differs between the two reports.
 * - **Claims added or removed.**
 * - **Evidence drift**: the worst ratio error/bound, fitted orders and every other recorded
 *   number, compared against a tolerance. When a claim's evidence states a standard error (a key
 *   naming "standard error"), its estimates drift when they move by more than that error (the
 *   larger of the two reports'); a worst ratio drifts when it crosses 1 or moves by more than
 *   {@link RELATIVE_TOLERANCE} of its larger value, and so does any other number. Moves within the
 *   tolerance are counted, not listed: with a fixed seed they are real but small, under
 *   `--explore` seeds they are sampling noise.
 *
 * Exit code ({@link diffExitCode}): 1 when a verdict changed or a claim disappeared, 0 when at most
 * evidence drifted (a reviewer reads the table; a drift is not a failure).
 *
 * @module
 */
import type { ClaimReport, Report } from "../claims/report-types.js";
import { formatNumber } from "../claims/report.js";

/**
 * Relative move past which a number without a stated standard error has drifted: 5 % of the larger
 * of its two values (a worst ratio 0.35 → 0.97 drifts, 0.350 → 0.351 does not).
 */
export const RELATIVE_TOLERANCE = 0.05;

/** A claim whose verdict changed. */
export interface VerdictChange {
  id: string;
  expected: { base: string; head: string };
  observed: { base: string; head: string };
  match: { base: boolean; head: boolean };
}

/** One evidence quantity that moved. */
export interface Drift {
  id: string;
  /** `worst ratio` or the evidence key. */
  quantity: string;
  base: string;
  head: string;
  /** The move, in words: `+0.62 (×2.8)`, `3.1 SE`, `crosses 1`, `added`, `removed`, `changed`. */
  change: string;
  /** Whether it moved by more than its tolerance (only these are listed). */
  beyond: boolean;
}

/** The difference of two reports. */
export interface ReportDiff {
  base: RunSummary;
  head: RunSummary;
  verdictChanges: VerdictChange[];
  added: string[];
  removed: string[];
  /** Moves beyond tolerance. */
  drift: Drift[];
  /** How many evidence values moved within their tolerance. */
  withinTolerance: number;
  /** Claims in both reports with the same verdicts. */
  unchanged: number;
}

/** What identifies a run, for the header. */
export interface RunSummary {
  name: string;
  seed: number;
  thorough: boolean;
  explore: boolean;
  claims: number;
  partial: boolean;
}

function summary(r: Report, name: string): RunSummary {
  return {
    name,
    seed: r.seed,
    thorough: r.options.thorough,
    explore: r.options.explore,
    claims: r.claims.length,
    partial: (r as { partial?: boolean }).partial === true,
  };
}

/** A number as reports store it: JSON turns ±∞ (a ratio with nothing tolerated) into null. */
function num(v: unknown): number | undefined {
  if (v === null) return Infinity;
  return typeof v === "number" ? v : undefined;
}

function show(v: unknown): string {
  if (v === undefined) return "—";
  if (v === null) return "∞";
  if (typeof v === "number") return Number.isFinite(v) ? formatNumber(v) : v > 0 ? "∞" : v < 0 ? "−∞" : "NaN";
  if (Array.isArray(v)) return `[${v.map(show).join(", ")}]`;
  return String(v);
}

/** The standard error a claim's evidence states, if any. */
function standardError(c: ClaimReport): number | undefined {
  for (const [k, v] of Object.entries(c.evidence)) {
    if (/standard error|\bstd\.? ?err/i.test(k) && typeof v === "number" && Number.isFinite(v) && v > 0) return v;
  }
  return undefined;
}

/** How far `a → b` moved, and whether past the tolerance (`se` absolute, else relative). */
function compareNumbers(
  a: number,
  b: number,
  se: number | undefined,
  isRatio: boolean,
): { change: string; beyond: boolean } {
  if (Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b))) return { change: "", beyond: false };
  if (!Number.isFinite(a) || !Number.isFinite(b)) return { change: "changed", beyond: true };
  const d = b - a;
  const signed = `${d > 0 ? "+" : ""}${formatNumber(d)}`;
  if (isRatio && a <= 1 !== b <= 1) return { change: `${signed}, crosses 1`, beyond: true };
  if (se !== undefined) {
    const k = Math.abs(d) / se;
    return { change: `${signed} (${formatNumber(Number(k.toPrecision(2)))} SE)`, beyond: k > 1 };
  }
  const scale = Math.max(Math.abs(a), Math.abs(b));
  const beyond = Math.abs(d) > RELATIVE_TOLERANCE * scale;
  const ratio = a !== 0 && Math.sign(a) === Math.sign(b) ? ` (×${formatNumber(Number((b / a).toPrecision(3)))})` : "";
  return { change: `${signed}${ratio}`, beyond };
}

/** The evidence drift of one claim present in both reports. */
export function claimDrift(base: ClaimReport, head: ClaimReport): Drift[] {
  const out: Drift[] = [];
  const push = (quantity: string, a: unknown, b: unknown, change: string, beyond: boolean) =>
    out.push({ id: base.id, quantity, base: show(a), head: show(b), change, beyond });
  const ra = base.worstRatio === undefined ? undefined : num(base.worstRatio);
  const rb = head.worstRatio === undefined ? undefined : num(head.worstRatio);
  if (ra !== undefined && rb !== undefined) {
    const c = compareNumbers(ra, rb, undefined, true);
    if (c.change) push("worst ratio", ra, rb, c.change, c.beyond);
  } else if (ra !== rb) push("worst ratio", ra, rb, ra === undefined ? "added" : "removed", true);
  const se = [standardError(base), standardError(head)].filter((x) => x !== undefined);
  const tol = se.length > 0 ? Math.max(...se) : undefined;
  const keys = [...new Set([...Object.keys(base.evidence), ...Object.keys(head.evidence)])];
  for (const k of keys) {
    const a = base.evidence[k];
    const b = head.evidence[k];
    if (a === undefined || b === undefined) {
      push(k, a, b, a === undefined ? "added" : "removed", true);
      continue;
    }
    const isSe = /standard error/i.test(k);
    const na = num(a);
    const nb = num(b);
    if (na !== undefined && nb !== undefined) {
      const c = compareNumbers(na, nb, isSe ? undefined : tol, false);
      if (c.change) push(k, a, b, c.change, c.beyond);
      continue;
    }
    if (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      [...a, ...b].every((x) => num(x) !== undefined)
    ) {
      // Element by element; the row reports the element that moved most relative to its tolerance.
      let worst: { change: string; beyond: boolean; k: number } | undefined;
      a.forEach((x, i) => {
        const c = compareNumbers(num(x) as number, num(b[i]) as number, tol, false);
        if (c.change && (!worst || (c.beyond && !worst.beyond))) worst = { ...c, k: i };
      });
      if (worst) push(k, a, b, `element ${worst.k + 1}: ${worst.change}`, worst.beyond);
      continue;
    }
    if (JSON.stringify(a) !== JSON.stringify(b)) push(k, a, b, "changed", true);
  }
  return out;
}

/** Compare two reports (pure). */
export function diffReports(base: Report, head: Report, names = { base: "base", head: "head" }): ReportDiff {
  const before = new Map(base.claims.map((c) => [c.id, c]));
  const after = new Map(head.claims.map((c) => [c.id, c]));
  const verdictChanges: VerdictChange[] = [];
  const drift: Drift[] = [];
  let withinTolerance = 0;
  let unchanged = 0;
  for (const h of head.claims) {
    const b = before.get(h.id);
    if (!b) continue;
    if (b.observed !== h.observed || b.expected !== h.expected || b.match !== h.match) {
      verdictChanges.push({
        id: h.id,
        expected: { base: b.expected, head: h.expected },
        observed: { base: b.observed, head: h.observed },
        match: { base: b.match, head: h.match },
      });
    } else unchanged++;
    for (const d of claimDrift(b, h)) {
      if (d.beyond) drift.push(d);
      else withinTolerance++;
    }
  }
  return {
    base: summary(base, names.base),
    head: summary(head, names.head),
    verdictChanges,
    added: head.claims.filter((c) => !before.has(c.id)).map((c) => c.id),
    removed: base.claims.filter((c) => !after.has(c.id)).map((c) => c.id),
    drift,
    withinTolerance,
    unchanged,
  };
}

/** 1 when a verdict changed or a claim disappeared, else 0. */
export function diffExitCode(d: ReportDiff): 0 | 1 {
  return d.verdictChanges.length > 0 || d.removed.length > 0 ? 1 : 0;
}

const cell = (s: string) => s.replaceAll("|", "\\|").replaceAll("\n", " ");

function runLine(r: RunSummary): string {
  return `\`${cell(r.name)}\`: seed ${r.seed}, ${r.thorough ? "thorough" : "quick"}${r.explore ? ", explore" : ""}, ${r.claims} claims${r.partial ? " (partial run)" : ""}`;
}

/** The diff as Markdown, for a pull request's job summary. */
export function diffToMarkdown(d: ReportDiff): string {
  const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  const out = [
    "## spinspec diff",
    "",
    `- base ${runLine(d.base)}`,
    `- head ${runLine(d.head)}`,
    "",
    `**${plural(d.verdictChanges.length, "verdict change")}**, ${plural(d.removed.length, "claim")} removed, ${plural(d.added.length, "claim")} added, ${plural(d.drift.length, "evidence value")} drifted beyond tolerance (${d.withinTolerance} moved within it), ${d.unchanged} unchanged.`,
  ];
  if (d.base.seed !== d.head.seed || d.base.thorough !== d.head.thorough)
    out.push("", "The two runs differ in seed or size: evidence drift includes sampling noise.");
  if (d.verdictChanges.length > 0) {
    out.push("", "### Verdict changes", "", "| claim | expected | base | head |", "|---|---|---|---|");
    for (const v of d.verdictChanges) {
      const exp = v.expected.base === v.expected.head ? v.expected.head : `${v.expected.base} → ${v.expected.head}`;
      out.push(
        `| \`${v.id}\` | ${exp} | ${v.observed.base} ${v.match.base ? "✓" : "✗"} | ${v.observed.head} ${v.match.head ? "✓" : "✗"} |`,
      );
    }
  }
  if (d.removed.length > 0 || d.added.length > 0) {
    out.push("", "### Claims removed or added", "");
    for (const id of d.removed) out.push(`- removed \`${id}\``);
    for (const id of d.added) out.push(`- added \`${id}\``);
  }
  if (d.drift.length > 0) {
    out.push("", "### Evidence drift", "", "| claim | quantity | base | head | change |", "|---|---|---|---|---|");
    for (const x of d.drift)
      out.push(`| \`${x.id}\` | ${cell(x.quantity)} | ${cell(x.base)} | ${cell(x.head)} | ${cell(x.change)} |`);
  }
  return `${out.join("\n")}\n`;
}
