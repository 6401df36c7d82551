/**
 * Which parts of a property must pass and which must fail for the observed verdict to equal an
 * expected one. The inverse of {@link observeVerdict}, used by the test suite to run each part as
 * its own test.
 *
 * @module
 */
import { match } from "ts-pattern";
import type { Check } from "./property.js";
import type { VerdictKind } from "./verdict.js";

/** What a part must do: pass (no counterexample) or fail (a counterexample found by the search). */
export type PartExpectation = "pass" | "fail";

/**
 * The part outcomes that produce `verdict` for a check of this kind, or `undefined` when no
 * outcome of this check kind can produce it (a spec/property mismatch).
 */
export function partExpectations(
  kind: Check["kind"],
  verdict: VerdictKind,
): Record<string, PartExpectation> | undefined {
  return match([kind, verdict] as const)
    .with(["holds", "HOLDS"], () => ({ claim: "pass" as const }))
    .with(["holds", "REFUTED"], () => ({ claim: "fail" as const }))
    .with(["conditional", "HOLDS_UNDER_CONDITIONS"], () => ({ inside: "pass" as const, boundary: "fail" as const }))
    .with(["conditional", "HOLDS"], () => ({ inside: "pass" as const, boundary: "pass" as const }))
    .with(["conditional", "REFUTED"], () => ({ inside: "fail" as const }))
    .with(["vacuous", "VACUOUS"], () => ({ trivial: "pass" as const }))
    .with(["vacuous", "REFUTED"], () => ({ trivial: "fail" as const }))
    .with(["ill-posed", "ILL_POSED"], () => ({ readingsAgree: "fail" as const }))
    .with(["ill-posed", "HOLDS"], () => ({ readingsAgree: "pass" as const }))
    .otherwise(() => undefined);
}
