/**
 * Runs claims on a pool of worker threads, each claim under a hard time limit.
 *
 * fast-check's own budget stops a search between runs; a single run that never returns (a
 * reference stuck in a loop) can only be stopped from outside. The pool terminates the worker
 * running it, reports the claim INCONCLUSIVE, and starts a fresh worker: nothing hangs.
 *
 * @module
 */
import { availableParallelism } from "node:os";
import type { Worker } from "node:worker_threads";
import { partPlan } from "./runner.js";
import { tsWorker } from "../worker/ts-worker.js";
import { compare, claimSeed, reportBase, type ClaimRunOptions } from "./claim-run.js";
import { partsOf } from "./property.js";
import type { Registry, RegisteredEntry } from "./registry.js";
import type { ReplayDatabase, SavedFailure } from "./replay-db.js";
import type { ClaimReport } from "./report-types.js";
import { type ClaimTimings, longestFirst } from "./timings.js";

/** Pool options. */
export interface PoolOptions extends Omit<ClaimRunOptions, "database"> {
  /** Worker threads (default: available cores, at most 4). */
  jobs?: number;
  database?: ReplayDatabase;
  /** Called after each claim finishes. */
  onResult?: (r: ClaimReport, done: number, total: number) => void;
  root?: string;
  /** Override every claim's hard limit (tests). */
  hardLimitMs?: number;
  /**
   * Earlier runs' times: when given, the claims start longest first (see {@link claimOrder}) so the
   * workers finish together; without it they start in the order given.
   */
  timings?: ClaimTimings;
}

/**
 * The order in which the pool starts `entries`: by decreasing expected time from `timings` (this
 * mode's time, else the other mode's scaled by planned runs, else a share of the planned budget),
 * ties in the given order. The reports come back in the given order whatever this order is.
 */
export function claimOrder(
  registry: Registry,
  entries: RegisteredEntry[],
  opts: Pick<PoolOptions, "thorough" | "numRuns" | "budgetScale">,
  timings: ClaimTimings,
): RegisteredEntry[] {
  const mode = opts.thorough ? "thorough" : "quick";
  return longestFirst(entries, (entry) => {
    const prop = entry.property ? registry.properties.get(entry.property) : undefined;
    if (!prop) return 0;
    const planned: Record<string, number> = {};
    let budget = 0;
    for (const [role, p] of partsOf(prop.check)) {
      const plan = partPlan(role, p, { ...opts, seed: 0 });
      planned[role] = plan.runs;
      budget += plan.budgetMs;
    }
    return timings.estimate(mode, entry.id, planned, budget);
  });
}

/**
 * The hard limit of a claim: twice the sum of its parts' scaled budgets plus start-up slack.
 * Past it the worker is killed.
 */
export function hardLimitMs(registry: Registry, entry: RegisteredEntry, opts: PoolOptions): number {
  if (opts.hardLimitMs !== undefined) return opts.hardLimitMs;
  const prop = entry.property ? registry.properties.get(entry.property) : undefined;
  if (!prop) return 10_000;
  const sum = partsOf(prop.check).reduce((s, [role, p]) => s + partPlan(role, p, { ...opts, seed: 0 }).budgetMs, 0);
  // Under --controls the variant runs too, with the same parts' budgets.
  return (opts.controls ? 2 : 1) * 2 * sum + 20_000;
}

interface Slot {
  worker: Worker;
  ready: Promise<void>;
  busy: boolean;
}

/** Run `entries` on worker threads and return their reports in the order given. */
export async function runPool(
  registry: Registry,
  entries: RegisteredEntry[],
  opts: PoolOptions,
): Promise<ClaimReport[]> {
  const jobs = Math.max(1, Math.min(opts.jobs ?? Math.min(4, availableParallelism()), entries.length || 1));
  const entry = new URL("./pool-worker.ts", import.meta.url);
  const runOptions: ClaimRunOptions = {
    baseSeed: opts.baseSeed,
    thorough: opts.thorough,
    explore: opts.explore,
    numRuns: opts.numRuns,
    budgetScale: opts.budgetScale,
    controls: opts.controls,
  };
  const spawn = (): Slot => {
    const worker = tsWorker(entry, { root: opts.root });
    const ready = new Promise<void>((resolve, reject) => {
      const onMessage = (m: { type: string }) => {
        if (m.type === "ready") {
          worker.off("message", onMessage);
          resolve();
        }
      };
      worker.on("message", onMessage);
      worker.once("error", reject);
    });
    return { worker, ready, busy: false };
  };
  const results = new Map<string, ClaimReport>();
  const queue = opts.timings ? claimOrder(registry, entries, opts, opts.timings) : [...entries];
  let done = 0;

  const runOne = (slot: Slot, entry: RegisteredEntry): Promise<ClaimReport> =>
    new Promise((resolve) => {
      const limit = hardLimitMs(registry, entry, opts);
      const started = Date.now();
      const cleanup = () => {
        clearTimeout(timer);
        slot.worker.off("message", onMessage);
        slot.worker.off("error", onError);
      };
      const failed = (observed: "INCONCLUSIVE" | "ERROR", why: string): ClaimReport => {
        const rec: ClaimReport = {
          ...reportBase(entry, claimSeed(opts.baseSeed, entry.id)),
          observed,
          match: false,
          runs: 0,
          timeMs: Date.now() - started,
          evidence: {},
          parts: [],
        };
        return { ...rec, ...compare(entry, rec), mismatch: why };
      };
      const onMessage = (m: {
        type: string;
        id: string;
        report?: ClaimReport;
        replay?: Record<string, SavedFailure[]>;
        error?: string;
      }) => {
        if (m.id !== entry.id) return;
        cleanup();
        if (m.type === "done" && m.report) {
          if (m.replay) opts.database?.replaceClaim(entry.id, m.replay);
          resolve(m.report);
        } else resolve(failed("ERROR", m.error ?? "the worker failed"));
      };
      const onError = (e: Error) => {
        cleanup();
        resolve(failed("ERROR", `the worker crashed: ${e.message}`));
      };
      const timer = setTimeout(() => {
        cleanup();
        void slot.worker.terminate();
        const fresh = spawn();
        slot.worker = fresh.worker;
        slot.ready = fresh.ready;
        resolve(failed("INCONCLUSIVE", `hard time limit of ${limit} ms exceeded: the worker was stopped`));
      }, limit);
      slot.worker.on("message", onMessage);
      slot.worker.once("error", onError);
      slot.worker.postMessage({
        type: "run",
        id: entry.id,
        options: runOptions,
        replay: opts.database?.claimEntries(entry.id) ?? {},
      });
    });

  const slots = Array.from({ length: jobs }, spawn);
  await Promise.all(
    slots.map(async (slot) => {
      for (;;) {
        const entry = queue.shift();
        if (!entry) return;
        await slot.ready;
        const r = await runOne(slot, entry);
        results.set(entry.id, r);
        done += 1;
        opts.onResult?.(r, done, entries.length);
      }
    }),
  );
  await Promise.all(slots.map((s) => s.worker.terminate()));
  return entries.map((e) => results.get(e.id) as ClaimReport);
}
