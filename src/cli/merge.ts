/**
 * Merging shard reports (`spinspec merge`). Shards of one run share its seed and options and
 * partition its claims; anything else merged would be a report of no run at all, so it is refused
 * (unless forced), as are empty inputs and overlapping claims.
 *
 * @module
 */
import { loadSpec } from "../claims/registry.js";
import { totalsOf } from "../claims/report.js";
import type { Report } from "../claims/report-types.js";
import { UsageError } from "./errors.js";
import { parseShard } from "./shard.js";

/** Options of {@link mergeReports}. */
export interface MergeOptions {
  /** Names of the inputs, for messages (default `report 1`, `report 2`, …). */
  names?: string[];
  /** Merge reports of different runs (seed or options) or an incomplete set of shards anyway. */
  force?: boolean;
}

/**
 * A run's identity: the seed and every option except the shard. Explore shards each draw their
 * own fresh seed (the nightly search), so for them the seed is not part of the identity; each
 * claim still carries the seed it ran under.
 */
function runKey(r: Report): Record<string, unknown> {
  const { shard: _shard, ...rest } = r.options;
  return r.options.explore ? { ...rest } : { seed: r.seed, ...rest };
}

function differences(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  const show = (v: unknown) => (v === undefined ? "unset" : JSON.stringify(v));
  return keys
    .filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]))
    .map((k) => `${k} ${show(a[k])} vs ${show(b[k])}`);
}

/**
 * Merge shard reports into one, in spec order. Refused: no input, an input with no claims, a claim
 * in two inputs, and, unless `force`, inputs of different runs (seed or any option other than the
 * shard; explore shards may differ in seed) or shards `i/n` that do not cover all n.
 */
export function mergeReports(reports: Report[], opts: MergeOptions = {}): Report {
  if (reports.length === 0) throw new UsageError("merge needs at least one report");
  const name = (k: number) => opts.names?.[k] ?? `report ${k + 1}`;
  const first = runKey(reports[0]);
  reports.forEach((r, k) => {
    const diff = differences(first, runKey(r));
    if (diff.length > 0 && !opts.force) {
      const what = diff[0].startsWith("seed ") ? "have different seeds" : "are different runs";
      throw new UsageError(`${name(0)} and ${name(k)} ${what} (${diff.join(", ")}); pass --force to merge them anyway`);
    }
  });
  reports.forEach((r, k) => {
    if (r.claims.length === 0) throw new UsageError(`${name(k)} holds no claims; nothing to merge from it`);
  });
  const claims = new Map<string, Report["claims"][number]>();
  const from = new Map<string, string>();
  reports.forEach((r, k) => {
    for (const c of r.claims) {
      if (claims.has(c.id))
        throw new UsageError(`claim ${c.id} appears in more than one report (${from.get(c.id)} and ${name(k)})`);
      claims.set(c.id, c);
      from.set(c.id, name(k));
    }
  });
  if (!opts.force) checkShardsComplete(reports);
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

/** When every input is a shard `i/n` of the same n, all n must be there. */
function checkShardsComplete(reports: Report[]): void {
  const shards = reports.map((r) => {
    try {
      return r.options.shard ? parseShard(r.options.shard) : undefined;
    } catch {
      return undefined;
    }
  });
  if (shards.some((s) => s === undefined)) return;
  const counts = new Set(shards.map((s) => s?.count));
  if (counts.size !== 1) return;
  const n = shards[0]?.count ?? 0;
  const have = new Set(shards.map((s) => s?.index));
  const missing = Array.from({ length: n }, (_, k) => k + 1).filter((i) => !have.has(i));
  if (missing.length > 0)
    throw new UsageError(
      `shard${missing.length > 1 ? "s" : ""} ${missing.map((i) => `${i}/${n}`).join(", ")} missing; pass --force to merge an incomplete run`,
    );
}

/** One line per input: its name, how many claims it held, and its shard. */
export function describeInputs(reports: Report[], names: string[]): string[] {
  return reports.map(
    (r, k) =>
      `  ${names[k]}: ${r.claims.length} claim${r.claims.length === 1 ? "" : "s"}${r.options.shard ? ` (shard ${r.options.shard})` : ""}, seed ${r.seed}`,
  );
}
