/**
 * How long each claim took in earlier runs, kept so the pool can start the longest claims first.
 *
 * The pool's workers take claims from one queue. In the spec's order a long claim drawn last keeps
 * one worker busy while the others are idle; started longest first (Graham's LPT rule) the workers
 * finish within about one short claim of each other. Only the order changes: every claim runs
 * under its own seed whatever its position, so the results do not depend on it.
 *
 * The file (`.spinspec/timings.json`, not committed, like the replay database) holds, per mode
 * (quick or thorough), each claim's last time and each part's time and runs. A claim timed only in
 * the other mode is estimated part by part, scaling each part's time by its planned runs over the
 * runs it made then; a claim never timed gets a share of its planned budget. A missing or unreadable
 * file only loses the ordering hint: it starts empty and is rewritten.
 *
 * @module
 */
import { existsSync, readFileSync } from "node:fs";
import { writeJsonAtomic } from "./atomic-write.js";
import type { ClaimReport } from "./report-types.js";

/** Quick or thorough: the two run sizes whose times differ. */
export type TimingMode = "quick" | "thorough";

/** One claim's last time in a mode: the whole claim and each part (time and runs made). */
export interface ClaimTiming {
  ms: number;
  parts: Record<string, { ms: number; runs: number }>;
}

/** The file's content: per mode, claim id → timing. */
type TimingData = Record<TimingMode, Record<string, ClaimTiming>>;

/**
 * A claim never timed is estimated at this fraction of its planned budget (the sum of its parts'
 * soft budgets): typical claims use a few per cent of it.
 */
export const UNTIMED_BUDGET_SHARE = 0.05;

/** The timings of earlier runs, read from and written to one JSON file. */
export class ClaimTimings {
  private data: TimingData = { quick: {}, thorough: {} };
  private readonly recorded: TimingData = { quick: {}, thorough: {} };

  /** Read `file` if it exists and is a timings file; otherwise start empty. */
  constructor(readonly file: string) {
    this.data = ClaimTimings.read(file);
  }

  private static read(file: string): TimingData {
    const empty: TimingData = { quick: {}, thorough: {} };
    if (!existsSync(file)) return empty;
    try {
      const raw = JSON.parse(readFileSync(file, "utf8")) as Partial<TimingData>;
      const ok = (x: unknown): x is Record<string, ClaimTiming> =>
        typeof x === "object" && x !== null && !Array.isArray(x);
      return { quick: ok(raw.quick) ? raw.quick : {}, thorough: ok(raw.thorough) ? raw.thorough : {} };
    } catch {
      return empty; // an ordering hint only: a broken file is replaced at the next save
    }
  }

  /** The recorded timing of claim `id` in `mode`, if any. */
  get(mode: TimingMode, id: string): ClaimTiming | undefined {
    const t = this.data[mode][id];
    return t && Number.isFinite(t.ms) && t.ms >= 0 ? t : undefined;
  }

  /**
   * The expected time of claim `id` in `mode`, whose parts plan `plannedRuns` runs (role → runs):
   * its own time in that mode; else its time in the other mode scaled part by part by planned over
   * made runs; else {@link UNTIMED_BUDGET_SHARE} of `budgetMs`.
   */
  estimate(mode: TimingMode, id: string, plannedRuns: Record<string, number>, budgetMs: number): number {
    const same = this.get(mode, id);
    if (same) return same.ms;
    const other = this.get(mode === "quick" ? "thorough" : "quick", id);
    if (other) {
      let partsMs = 0;
      let scaled = 0;
      for (const [role, p] of Object.entries(other.parts ?? {})) {
        if (!(p.ms >= 0)) continue;
        partsMs += p.ms;
        const planned = plannedRuns[role];
        scaled += planned !== undefined && p.runs > 0 ? (p.ms * planned) / p.runs : p.ms;
      }
      // What the parts do not account for (controls, set-up) is taken as it was.
      return scaled + Math.max(0, other.ms - partsMs);
    }
    return UNTIMED_BUDGET_SHARE * budgetMs;
  }

  /** Remember the times of finished claims (a run with a run-count override times nothing comparable: skip it). */
  record(mode: TimingMode, reports: ReadonlyArray<ClaimReport>): void {
    for (const r of reports) {
      if (!Number.isFinite(r.timeMs) || r.parts.length === 0) continue;
      const parts: ClaimTiming["parts"] = {};
      for (const p of r.parts) parts[p.role] = { ms: p.timeMs, runs: p.runs };
      const t = { ms: r.timeMs, parts };
      this.data[mode][r.id] = t;
      this.recorded[mode][r.id] = t;
    }
  }

  /**
   * Write the file: what is on disk now (another run may have saved meanwhile) with this run's
   * timings over it. Errors are the caller's to ignore or report: the file is only a hint.
   */
  save(): void {
    const onDisk = ClaimTimings.read(this.file);
    const merged: TimingData = {
      quick: { ...onDisk.quick, ...this.recorded.quick },
      thorough: { ...onDisk.thorough, ...this.recorded.thorough },
    };
    writeJsonAtomic(this.file, merged);
    this.data = merged;
  }
}

/**
 * The items in decreasing order of `cost`, ties kept in their given order (a stable sort): the
 * order in which a pool of workers should start them so they finish together.
 */
export function longestFirst<T>(items: ReadonlyArray<T>, cost: (item: T) => number): T[] {
  return items
    .map((item, i) => ({ item, i, c: cost(item) }))
    .sort((a, b) => b.c - a.c || a.i - b.i)
    .map((x) => x.item);
}
