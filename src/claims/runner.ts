/**
 * The property runner: runs each part of a claim's property with fast-check under a seed, a run
 * count and a time budget, and derives the observed verdict from what happened.
 *
 * - No counterexample within the budget → the part passed.
 * - A counterexample (a {@link PropertyViolation} or a `false` return) → the part failed, with the
 *   shrunk values, the seed and the replay path.
 * - Any other exception → an ERROR of the reference code (shrunk too, so the report shows the
 *   smallest input that breaks it).
 * - The budget ran out, or the generators mostly rejected → inconclusive, never a pass.
 *
 * @module
 */
import fc from "fast-check";
import { performance } from "node:perf_hooks";
import type { ReplayDatabase } from "./replay-db.js";
import type { ClaimProperty, EvidenceValue, Part, RunContext } from "./property.js";
import { partsOf } from "./property.js";
import type { Counterexample, DecisiveViolation, PartReport } from "./report-types.js";
import { observeVerdict, type ObservedVerdict, type PartOutcomes } from "./verdict.js";
import { finite, NumericError, PropertyViolation } from "./violation.js";
import { seedFor } from "../random/prng.js";

/** Default soft budget of a part, in ms. */
export const DEFAULT_BUDGET_MS = 5000;
/** Default runs of a part in a quick run. */
export const DEFAULT_RUNS = 100;

/** How to run a property. */
export interface RunOptions {
  /** The claim's seed; each part's fast-check seed is derived from it and the part's role. */
  seed: number;
  thorough?: boolean;
  explore?: boolean;
  /** Override the run count of every randomized part. */
  numRuns?: number;
  /** Multiply every part's budget (tests use < 1 for speed, `--thorough` uses > 1). */
  budgetScale?: number;
  /** Saved failing (seed, path) pairs, replayed first; new failures are added to it. */
  database?: ReplayDatabase;
  /** The claim id, used as the database key (defaults to the property id). */
  claimId?: string;
}

/** The outcome of running a property. */
export interface PropertyResult {
  observed: ObservedVerdict;
  parts: PartReport[];
  runs: number;
  timeMs: number;
  worstRatio?: number;
  evidence: Record<string, EvidenceValue>;
  /** The first counterexample among the parts (the one that decided a REFUTED verdict). */
  counterexample?: Counterexample;
  /** The most decisive violation the deciding part's search saw. */
  decisive?: DecisiveViolation;
}

/** Marker for a predicate that returned `false`. */
const RETURNED_FALSE = "the predicate returned false";

class Evidence implements RunContext {
  worstRatio: number | undefined;
  readonly values: Record<string, EvidenceValue> = {};
  seed = 0;
  constructor(
    readonly thorough: boolean,
    readonly explore: boolean,
  ) {}
  observeRatio(ratio: number): void {
    // A NaN or infinite error/bound ratio is a broken reference, never evidence.
    finite(ratio, "the observed error/bound ratio");
    if (this.worstRatio === undefined || ratio > this.worstRatio) this.worstRatio = ratio;
  }
  record(key: string, value: EvidenceValue): void {
    // Evidence is read as a measurement: a NaN there is a broken reference, never a figure to show.
    // (±∞ is left to the property: a correlation length at T_c, a β where nothing broke down.)
    const nums = typeof value === "number" ? [value] : Array.isArray(value) ? value : [];
    for (const v of nums)
      if (typeof v === "number" && Number.isNaN(v)) throw new NumericError(`evidence "${key}" is NaN`);
    this.values[key] = value;
  }
}

/** A fresh run context (evidence sink) for running a part outside the runner, e.g. from vitest; `seed` as {@link partPlan} gives it. */
export function makeRunContext(thorough = false, explore = false, seed = 0): RunContext {
  const ctx = new Evidence(thorough, explore);
  ctx.seed = seed;
  return ctx;
}

function isViolation(e: unknown): boolean {
  return e instanceof PropertyViolation || (e instanceof Error && e.name === "PropertyViolation");
}

function describeError(e: unknown): string {
  if (e instanceof Error) return `${e.name}: ${e.message}`;
  return String(e);
}

/** How one part runs: its fast-check seed, run count and soft budget. */
export interface PartPlan {
  /** fast-check seed, derived from the claim's seed and the part's role. */
  seed: number;
  /** A deterministic part ({@link once}): one run, quick or thorough. */
  fixed: boolean;
  runs: number;
  budgetMs: number;
}

/** The plan of part `p` (role `role`) under `opts`: the one rule the runner, the pool's hard limits and the tests share. */
export function partPlan(
  role: string,
  p: Part,
  opts: Pick<RunOptions, "seed" | "thorough" | "numRuns" | "budgetScale">,
): PartPlan {
  const thorough = opts.thorough ?? false;
  const fixed = p.numRuns === 1 && p.thoroughRuns === 1;
  return {
    seed: seedFor(opts.seed, role) | 0,
    fixed,
    runs: fixed
      ? 1
      : (opts.numRuns ??
        (thorough ? (p.thoroughRuns ?? 10 * (p.numRuns ?? DEFAULT_RUNS)) : (p.numRuns ?? DEFAULT_RUNS))),
    budgetMs: (p.budgetMs ?? DEFAULT_BUDGET_MS) * (opts.budgetScale ?? (thorough ? 10 : 1)),
  };
}

/** What a search saw besides its final counterexample. */
interface SearchLog {
  /** The first exception that was not a violation, at any time (search or shrinking). */
  error?: { error: unknown; values: string };
  /** The most decisive violation seen (largest margin), Hypothesis' `target()`. */
  decisive?: { values: string; margin: number; message: string };
  /** The margin a violation must keep while shrinking (see {@link keepMargin}). */
  keep?: number;
}

/**
 * While shrinking, a violation counts only if its margin stays at least min(10, first margin):
 * shrinking then ends at an input that is still clearly false, not at the tolerance's edge where a
 * reader cannot tell a refutation from rounding.
 */
export function keepMargin(firstMargin: number | undefined): number | undefined {
  return firstMargin === undefined ? undefined : Math.min(10, firstMargin);
}

/**
 * Recompute a counterexample whose violation is under 10× its tolerance with the part's
 * high-precision road, if it has one: does the refutation stand, or was it float64 rounding?
 */
function recheckClose(
  p: Part,
  ctx: RunContext,
  values: unknown[],
  margin: number | undefined,
): Counterexample["recheck"] {
  if (margin === undefined || margin >= 10) return undefined;
  if (!p.recheck) return "not rechecked";
  try {
    p.recheck(ctx, ...values);
    return "rounding";
  } catch (e) {
    if (isViolation(e)) return "stands";
    throw e;
  }
}

function violationMargin(e: unknown): number | undefined {
  return e instanceof PropertyViolation ? e.margin : undefined;
}

/** Run one part: database replays first, then the seeded search, then regression examples. */
function runPart(role: string, p: Part, ctx: Evidence, opts: RunOptions, key: string): PartReport {
  const { seed, fixed, runs, budgetMs } = partPlan(role, p, opts);
  ctx.seed = seed;
  const arbitraries = p.arbitraries(ctx);
  if (arbitraries.length === 0) throw new Error(`part ${role} of ${key} has no arbitraries`);
  const labels: Record<string, number> = {};
  let counting = true;
  let thrown: unknown;
  let log: SearchLog = {};
  const predicate = (...args: unknown[]): void => {
    try {
      // Inside the try: an exception while labelling an input is an ERROR like any other.
      if (counting && p.classify) {
        const label = p.classify(...args);
        labels[label] = (labels[label] ?? 0) + 1;
      }
      if (p.predicate(ctx, ...args) === false) throw new PropertyViolation(RETURNED_FALSE);
    } catch (e) {
      if (fc.PreconditionFailure.isFailure(e)) throw e; // fc.pre: a rejected input, counted as a skip
      if (!isViolation(e)) {
        log.error ??= { error: e, values: fc.stringify(args) };
      } else {
        const margin = violationMargin(e);
        if (margin !== undefined && (log.decisive === undefined || margin > log.decisive.margin)) {
          log.decisive = { values: fc.stringify(args), margin, message: (e as Error).message };
        }
        // Shrinking: a violation that lost its margin is not kept as the counterexample.
        if (!counting && log.keep !== undefined && margin !== undefined && margin < log.keep) return;
        if (counting) log.keep = keepMargin(margin);
      }
      counting = false; // from here on fast-check is shrinking: not generated inputs
      thrown = e;
      throw e;
    }
  };
  const property = fc.property(...(arbitraries as [fc.Arbitrary<unknown>]), predicate as (v: unknown) => void);
  const t0 = performance.now();
  const report: PartReport = {
    role,
    description: p.description,
    status: "passed",
    runs: 0,
    skips: 0,
    seed,
    timeMs: 0,
  };

  // 1. Replays of failures saved by earlier runs (Hypothesis' example database).
  let replayed: Counterexample | undefined;
  for (const saved of opts.database?.get(key, role) ?? []) {
    thrown = undefined;
    log = {};
    let d: fc.RunDetails<[unknown]>;
    try {
      d = fc.check(property, { seed: saved.seed, path: saved.path, numRuns: 1, endOnFailure: true });
    } catch {
      // The property changed since the failure was saved and the path no longer replays: drop it.
      opts.database?.forget(key, role, saved);
      continue;
    }
    if (d.failed && d.counterexample && /Unable to replay/.test(String(d.errorInstance))) {
      opts.database?.forget(key, role, saved);
      continue;
    }
    if (d.failed && d.counterexample) {
      const err = log.error?.error ?? d.errorInstance ?? thrown;
      replayed = {
        part: role,
        values: fc.stringify(d.counterexample),
        message: describeError(err),
        seed: saved.seed,
        path: d.counterexamplePath ?? saved.path,
        foundBy: "database",
        shrinks: d.numShrinks,
        margin: violationMargin(err),
      };
      if (!isViolation(err)) report.error = describeError(err);
      break;
    }
    opts.database?.forget(key, role, saved);
  }

  // 2. The seeded search.
  thrown = undefined;
  counting = true;
  log = {};
  const d = fc.check(property, {
    seed,
    numRuns: runs,
    interruptAfterTimeLimit: budgetMs,
    markInterruptAsFailure: false,
  });
  report.runs = d.numRuns;
  report.skips = d.numSkips;
  const finalError = d.failed && d.counterexample ? (d.errorInstance ?? thrown) : undefined;
  if (log.error) {
    // ERROR dominates: an exception anywhere in the search, shrinking included, is a bug of the
    // reference code whatever the final counterexample was.
    report.status = "error";
    if (finalError !== undefined && !isViolation(finalError)) {
      // The error itself was shrunk: show the smallest input that breaks the reference.
      report.error = describeError(finalError);
      report.counterexample = {
        part: role,
        values: fc.stringify(d.counterexample),
        message: describeError(finalError),
        seed: d.seed,
        path: d.counterexamplePath ?? "",
        foundBy: fixed ? "fixed" : "search",
        shrinks: d.numShrinks,
      };
    } else {
      report.error = `${describeError(log.error.error)} (at input ${log.error.values})`;
    }
  } else if (d.failed && d.counterexample) {
    const err = d.errorInstance ?? thrown;
    report.counterexample = {
      part: role,
      values: fc.stringify(d.counterexample),
      message: err instanceof Error ? err.message : String(err),
      seed: d.seed,
      path: d.counterexamplePath ?? "",
      foundBy: fixed ? "fixed" : "search",
      shrinks: d.numShrinks,
      margin: violationMargin(err),
    };
    if (log.decisive) report.decisive = log.decisive;
    report.counterexample.recheck = recheckClose(p, ctx, d.counterexample as unknown[], violationMargin(err));
    report.status = "failed";
    opts.database?.add(key, role, { seed: d.seed, path: d.counterexamplePath ?? "" });
  } else if (d.failed) {
    report.status = "inconclusive"; // fast-check gave up (too many skips)
    report.warnings = ["fast-check gave up: too many rejected inputs"];
  } else if (d.interrupted) {
    report.status = "inconclusive";
    report.interrupted = true;
    report.warnings = [`budget of ${budgetMs} ms ran out after ${d.numRuns} of ${runs} runs`];
  } else if (d.numRuns === 0) {
    report.status = "inconclusive";
    report.warnings = ["no input ran: zero runs are no evidence"];
  } else if (d.numSkips > d.numRuns) {
    // Hypothesis' health check: mostly rejected inputs test a narrower class than the claim's.
    report.status = "inconclusive";
    report.warnings = [`inputs mostly rejected: ${d.numSkips} rejected for ${d.numRuns} accepted`];
  } else if (d.numSkips > 0) {
    report.warnings = [`health check: ${d.numSkips} inputs rejected for ${d.numRuns} accepted`];
  }

  // A deterministic part cannot be interrupted by fast-check mid-run; overrunning its budget is
  // still a budget run out, so it is inconclusive rather than a pass.
  const elapsed = performance.now() - t0;
  if (fixed && report.status === "passed" && elapsed > budgetMs) {
    report.status = "inconclusive";
    report.warnings = [`the run took ${Math.round(elapsed)} ms, over its budget of ${budgetMs} ms`];
  }

  // A failure the search missed but the database remembered still counts, and says so.
  if (report.status === "passed" && replayed) {
    report.counterexample = replayed;
    report.status = report.error ? "error" : "failed";
  }

  // 3. Regression examples, checked apart from the search.
  if (p.examples && p.examples.length > 0) {
    let failedExample: { values: unknown[]; error: unknown } | undefined;
    let rejectedExamples = 0;
    for (const ex of p.examples) {
      try {
        if (p.predicate(ctx, ...ex) === false) throw new PropertyViolation(RETURNED_FALSE);
      } catch (e) {
        // An example the predicate now rejects (fc.pre) lies outside the statement's domain, as a
        // narrowed statement can make a once-failing input: neither evidence nor an error.
        if (fc.PreconditionFailure.isFailure(e)) {
          rejectedExamples++;
          continue;
        }
        failedExample = { values: ex, error: e };
        break;
      }
    }
    if (rejectedExamples > 0)
      report.warnings = [
        ...(report.warnings ?? []),
        `${rejectedExamples} of ${p.examples.length} regression examples rejected by the predicate (outside the statement)`,
      ];
    report.examplesFailed = failedExample !== undefined;
    if (failedExample && !isViolation(failedExample.error) && report.status !== "error") {
      report.status = "error";
      report.error = `${describeError(failedExample.error)} (at regression example ${fc.stringify(failedExample.values)})`;
    } else if (failedExample && report.status === "passed") {
      report.counterexample = {
        part: role,
        values: fc.stringify(failedExample.values),
        message: describeError(failedExample.error),
        seed,
        path: "",
        foundBy: "example",
        shrinks: 0,
        margin: violationMargin(failedExample.error),
      };
      report.status = "failed";
    }
  }
  if (p.classify) report.labels = labels;
  report.timeMs = Math.round(performance.now() - t0);
  return report;
}

/**
 * Replay one part at a fast-check seed and path (as printed with a counterexample), without
 * shrinking further. Returns the values and the full error, or `undefined` if it now passes.
 */
export function replayPart(
  prop: ClaimProperty,
  role: string,
  seed: number,
  path: string,
  opts: { thorough?: boolean } = {},
): { values: string; error: unknown; evidence: Record<string, EvidenceValue> } | undefined {
  const found = partsOf(prop.check).find(([r]) => r === role);
  if (!found) {
    const roles = partsOf(prop.check).map(([r]) => r);
    throw new RangeError(`property ${prop.id} has no part "${role}" (its parts: ${roles.join(", ")})`);
  }
  const p = found[1];
  const ctx = new Evidence(opts.thorough ?? false, false);
  ctx.seed = seed; // the part's seed, as the run that found the counterexample had it
  let thrown: unknown;
  const property = fc.property(...(p.arbitraries(ctx) as [fc.Arbitrary<unknown>]), ((...args: unknown[]) => {
    try {
      if (p.predicate(ctx, ...args) === false) throw new PropertyViolation(RETURNED_FALSE);
    } catch (e) {
      thrown = e;
      throw e;
    }
  }) as (v: unknown) => void);
  const d = fc.check(property, { seed, path, numRuns: 1, endOnFailure: true });
  if (!d.failed || !d.counterexample) return undefined;
  return { values: fc.stringify(d.counterexample), error: d.errorInstance ?? thrown, evidence: ctx.values };
}

/** Run one part of a property by its role (as the runner would), e.g. from a test. */
export function runPartOf(prop: ClaimProperty, role: string, opts: RunOptions): PartReport {
  const found = partsOf(prop.check).find(([r]) => r === role);
  if (!found) throw new RangeError(`property ${prop.id} has no part "${role}"`);
  return runPart(
    role,
    found[1],
    new Evidence(opts.thorough ?? false, opts.explore ?? false),
    opts,
    opts.claimId ?? prop.id,
  );
}

/** Run every part of a property and derive its observed verdict. */
export function runProperty(prop: ClaimProperty, opts: RunOptions): PropertyResult {
  const t0 = performance.now();
  const ctx = new Evidence(opts.thorough ?? false, opts.explore ?? false);
  const key = opts.claimId ?? prop.id;
  const parts: PartReport[] = [];
  for (const [role, p] of partsOf(prop.check)) {
    try {
      parts.push(runPart(role, p, ctx, opts, key));
    } catch (e) {
      // Building the arbitraries failed: a bug in the property, reported as an error.
      parts.push({
        role,
        description: p.description,
        status: "error",
        runs: 0,
        skips: 0,
        seed: seedFor(opts.seed, role) | 0,
        timeMs: 0,
        error: describeError(e),
      });
    }
  }
  const outcomes = {
    kind: prop.check.kind,
    ...Object.fromEntries(parts.map((x) => [x.role, x.status])),
  } as PartOutcomes;
  const observed = observeVerdict(outcomes);
  // The counterexample that decided the verdict: a failed `claim`/`inside`/`trivial`, or the
  // boundary failure that shows a condition is needed.
  const deciding = parts.find((x) => x.status === "failed" || x.status === "error");
  return {
    observed,
    parts,
    runs: parts.reduce((s, x) => s + x.runs, 0),
    timeMs: Math.round(performance.now() - t0),
    worstRatio: ctx.worstRatio,
    evidence: ctx.values,
    counterexample: deciding?.counterexample,
    decisive: deciding?.decisive,
  };
}

/**
 * Run a property's control: its variant check under the same seed, with no replay database (a
 * saved failure of the real property must not decide the control). Throws when it has none.
 */
export function runControl(prop: ClaimProperty, opts: RunOptions): ObservedVerdict {
  if (!prop.control) throw new RangeError(`property ${prop.id} declares no control`);
  const variant: ClaimProperty = { id: prop.id, check: prop.control.variant, location: prop.location };
  return runProperty(variant, { ...opts, database: undefined, claimId: `${opts.claimId ?? prop.id}#control` }).observed;
}

/**
 * Whether a control moved: its verdict differs from the expected one and is a real verdict, not
 * ERROR or INCONCLUSIVE (breaking the code proves nothing about the check).
 */
export function controlMoved(expected: ObservedVerdict, underControl: ObservedVerdict): boolean {
  return underControl !== expected && underControl !== "ERROR" && underControl !== "INCONCLUSIVE";
}
