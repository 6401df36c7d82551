/**
 * Verdict kinds and the rule that turns property outcomes into an observed verdict.
 *
 * The spec records the verdict a claim is *expected* to reach; the runner computes the *observed*
 * verdict from what fast-check actually found. Nothing in this module reads the expectation when
 * deciding the observation, so a verdict can never be typed in: it is always derived.
 *
 * @module
 */
import { match } from "ts-pattern";

/** The six verdicts a claim can carry in the spec. */
export const VERDICT_KINDS = [
  "HOLDS",
  "HOLDS_UNDER_CONDITIONS",
  "REFUTED",
  "VACUOUS",
  "ILL_POSED",
  "NOT_CHECKABLE",
] as const;

/** A verdict a spec entry can expect. */
export type VerdictKind = (typeof VERDICT_KINDS)[number];

/**
 * What a run can observe: a verdict, or `INCONCLUSIVE` (budget exhausted, too many rejected
 * inputs: never a pass), or `ERROR` (the reference code threw something other than a property
 * violation: a bug, never a counterexample).
 */
export type ObservedVerdict = VerdictKind | "INCONCLUSIVE" | "ERROR";

/** How one property part ended. */
export type PartStatus = "passed" | "failed" | "inconclusive" | "error";

/**
 * The shape of the checks behind a claim, as far as the verdict rule needs it.
 * - `holds`: one part, the statement for all generated inputs.
 * - `conditional`: `inside` (the statement where the conditions hold) and `boundary` (the
 *   statement just outside them, which must fail for the conditions to be needed).
 * - `vacuous`: `trivial`, the statement checked on inputs that contradict any meaningful reading;
 *   it passing shows the statement says nothing.
 * - `ill-posed`: `readingsAgree`, the property that the plausible readings of the statement agree;
 *   it failing shows the statement is ambiguous.
 */
export type CheckKind = "holds" | "conditional" | "vacuous" | "ill-posed";

/** Outcome of each part of a check, keyed by part role. */
export type PartOutcomes =
  | { kind: "holds"; claim: PartStatus }
  | { kind: "conditional"; inside: PartStatus; boundary: PartStatus }
  | { kind: "vacuous"; trivial: PartStatus }
  | { kind: "ill-posed"; readingsAgree: PartStatus };

/**
 * Derive the observed verdict from the part outcomes. Errors dominate, then inconclusive parts;
 * otherwise the verdict follows from which parts passed and failed.
 *
 * @example
 * ```ts
 * observeVerdict({ kind: "conditional", inside: "passed", boundary: "failed" });
 * // => "HOLDS_UNDER_CONDITIONS"
 * ```
 */
export function observeVerdict(outcomes: PartOutcomes): ObservedVerdict {
  const statuses = Object.entries(outcomes)
    .filter(([k]) => k !== "kind")
    .map(([, v]) => v as PartStatus);
  if (statuses.includes("error")) return "ERROR";
  return match(outcomes)
    .returnType<ObservedVerdict>()
    .with({ kind: "holds" }, (o) =>
      match(o.claim)
        .returnType<ObservedVerdict>()
        .with("passed", () => "HOLDS")
        .with("failed", () => "REFUTED")
        .with("inconclusive", "error", () => "INCONCLUSIVE")
        .exhaustive(),
    )
    .with({ kind: "conditional" }, (o) => {
      // A failure inside the conditions refutes the claim whatever the boundary did.
      if (o.inside === "failed") return "REFUTED";
      if (o.inside !== "passed") return "INCONCLUSIVE";
      return match(o.boundary)
        .returnType<ObservedVerdict>()
        .with("failed", () => "HOLDS_UNDER_CONDITIONS")
        .with("passed", () => "HOLDS") // the conditions were not needed
        .with("inconclusive", "error", () => "INCONCLUSIVE")
        .exhaustive();
    })
    .with({ kind: "vacuous" }, (o) =>
      match(o.trivial)
        .returnType<ObservedVerdict>()
        .with("passed", () => "VACUOUS")
        // The statement failed on an input contradicting its content: it says something, and
        // what it says is false there.
        .with("failed", () => "REFUTED")
        .with("inconclusive", "error", () => "INCONCLUSIVE")
        .exhaustive(),
    )
    .with({ kind: "ill-posed" }, (o) =>
      match(o.readingsAgree)
        .returnType<ObservedVerdict>()
        .with("failed", () => "ILL_POSED")
        .with("passed", () => "HOLDS") // the readings agree: the statement is well posed
        .with("inconclusive", "error", () => "INCONCLUSIVE")
        .exhaustive(),
    )
    .exhaustive();
}

/** One-line explanation of a verdict for people reading a report. */
export function describeVerdict(v: ObservedVerdict): string {
  return match(v)
    .with("HOLDS", () => "holds for every input the search tried")
    .with("HOLDS_UNDER_CONDITIONS", () => "holds under the stated conditions, fails at their boundary")
    .with("REFUTED", () => "false as written: a counterexample was found and shrunk")
    .with("VACUOUS", () => "true by construction: it holds even where any meaningful reading fails")
    .with("ILL_POSED", () => "ambiguous: plausible readings disagree; a precise reading is its own entry")
    .with("NOT_CHECKABLE", () => "cannot be checked by computation (reason given)")
    .with("INCONCLUSIVE", () => "the budget ran out or inputs were mostly rejected: not a pass")
    .with("ERROR", () => "the reference code threw: a bug, not a verdict")
    .exhaustive();
}
