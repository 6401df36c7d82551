/**
 * Running one claim: its property (if any), the observed verdict, and the comparison with the
 * verdict the spec expects.
 *
 * @module
 */
import { match } from "ts-pattern";
import type { ClaimProperty } from "./property.js";
import type { RegisteredEntry } from "./registry.js";
import type { ClaimReport } from "./report-types.js";
import { controlMoved, runControl, runProperty, type RunOptions } from "./runner.js";
import { seedFor } from "../random/prng.js";

/** Options for a claim run: those of {@link RunOptions} with the base seed instead of the claim's. */
export type ClaimRunOptions = Omit<RunOptions, "seed" | "claimId"> & {
  baseSeed: number;
  /** Also run each property's control and report whether it moved (`verify --controls`). */
  controls?: boolean;
};

/** The seed a claim runs under: derived from the base seed and the claim id (stable under filtering and sharding). */
export function claimSeed(baseSeed: number, id: string): number {
  return seedFor(baseSeed, id) | 0;
}

/**
 * The verdicts decided by a part that must fail: a refuted claim (`claim`), a condition shown
 * necessary (`boundary`), readings shown to disagree (`readingsAgree`).
 */
const DECIDED_BY_A_FAILURE = new Set(["REFUTED", "HOLDS_UNDER_CONDITIONS", "ILL_POSED"]);

/**
 * Whether an observation matches the expectation, and if not, why. A verdict decided by a part
 * that must fail (REFUTED, HOLDS_UNDER_CONDITIONS, ILL_POSED) also requires that the property
 * *search* found that failure: not a kept example, a replayed one, or the one fixed instance of a
 * deterministic part, which the search could not have missed and so shows nothing about it.
 */
export function compare(
  entry: RegisteredEntry,
  r: Pick<ClaimReport, "observed" | "counterexample" | "parts">,
): {
  match: boolean;
  mismatch?: string;
} {
  const expected = entry.expected.verdict;
  if (r.observed !== expected) {
    const failing = r.parts.find((p) => p.status !== "passed");
    const why = failing
      ? `part ${failing.role} ${failing.status}${failing.error ? ` (${failing.error})` : ""}${failing.warnings ? ` [${failing.warnings.join("; ")}]` : ""}`
      : "every part passed";
    return { match: false, mismatch: `expected ${expected}, observed ${r.observed}: ${why}` };
  }
  if (DECIDED_BY_A_FAILURE.has(expected) && r.counterexample && r.counterexample.foundBy !== "search") {
    return {
      match: false,
      mismatch: `the ${r.counterexample.part} failure that decides ${expected} came from the ${r.counterexample.foundBy}, not the property search`,
    };
  }
  return { match: true };
}

/** The fields of a claim's report record that come from its spec entry and the run's seed. */
export function reportBase(entry: RegisteredEntry, seed: number) {
  return {
    id: entry.id,
    title: entry.title,
    family: entry.family,
    source: { document: entry.source.document, section: entry.source.section, equation: entry.source.equation },
    expected: entry.expected.verdict,
    expectedDetail: entry.expected,
    seed,
    related: entry.related,
    role: entry.role,
    links: entry.links,
    property: entry.property,
    falseAlarmBound: entry.statistics?.falseAlarmBound,
  };
}

/** Run one claim and build its report record. */
export function runClaim(entry: RegisteredEntry, prop: ClaimProperty | undefined, opts: ClaimRunOptions): ClaimReport {
  const seed = claimSeed(opts.baseSeed, entry.id);
  const base = reportBase(entry, seed);
  if (prop === undefined) {
    // Only NOT_CHECKABLE entries lack a property (the schema enforces it); there is nothing to run.
    const observed = match(entry.expected)
      .with({ verdict: "NOT_CHECKABLE" }, () => "NOT_CHECKABLE" as const)
      .otherwise(() => "ERROR" as const);
    const rec = { ...base, observed, runs: 0, timeMs: 0, evidence: {}, parts: [] };
    return { ...rec, ...compare(entry, rec) };
  }
  const r = runProperty(prop, { ...opts, seed, claimId: entry.id });
  const control = controlReport(entry, prop, opts, seed);
  const rec = {
    ...base,
    observed: r.observed,
    runs: r.runs,
    timeMs: r.timeMs,
    worstRatio: r.worstRatio,
    evidence: r.evidence,
    counterexample: r.counterexample,
    path: r.counterexample?.path,
    parts: r.parts,
    propertyLocation: prop.location,
    decisive: r.decisive,
    control,
  };
  const verdict = compare(entry, rec);
  if (opts.controls && verdict.match && !control?.moved) {
    // Under --controls a check that cannot reach another verdict is a defect, whatever it reports.
    const why = control
      ? `its control (${control.change}) did not move the verdict: ${control.verdict}`
      : "it declares no control";
    return { ...rec, match: false, mismatch: why };
  }
  return { ...rec, ...verdict };
}

/** The control's record: its change always, its verdict and movement when controls run. */
function controlReport(
  entry: RegisteredEntry,
  prop: ClaimProperty,
  opts: ClaimRunOptions,
  seed: number,
): ClaimReport["control"] {
  if (!prop.control) return undefined;
  if (!opts.controls) return { change: prop.control.change };
  const verdict = runControl(prop, { ...opts, seed, claimId: entry.id });
  return { change: prop.control.change, verdict, moved: controlMoved(entry.expected.verdict, verdict) };
}
