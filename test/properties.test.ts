/**
 * Every property of every family at the quick budget, one test per part: parts that must pass run
 * through @fast-check/vitest (with the claim's seed, so a failure prints fast-check's seed and
 * path), parts that must fail are run by the runner and must yield a counterexample from the search.
 */
import { type fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { claimSeed } from "../src/claims/claim-run.js";
import { partExpectations } from "../src/claims/expectations.js";
import { partsOf } from "../src/claims/property.js";
import { loadRegistry } from "../src/claims/registry.js";
import { makeRunContext, partPlan, runPartOf } from "../src/claims/runner.js";
import { DEFAULT_SEED } from "../src/cli/main.js";

const registry = await loadRegistry();

for (const family of registry.families) {
  describe(`family ${family}`, () => {
    for (const entry of registry.entries.filter((e) => e.family === family)) {
      const prop = entry.property ? registry.properties.get(entry.property) : undefined;
      if (!prop) continue;
      const expected = partExpectations(prop.check.kind, entry.expected.verdict);
      test(`${entry.id}: a ${prop.check.kind} property can reach ${entry.expected.verdict}`, () => {
        expect(
          expected,
          `${entry.id} expects ${entry.expected.verdict}, which a ${prop.check.kind} property cannot observe`,
        ).toBeDefined();
      });
      if (!expected) continue;
      const seed = claimSeed(DEFAULT_SEED, entry.id);
      for (const [role, p] of partsOf(prop.check)) {
        const want = expected[role];
        if (want === undefined) continue;
        const name = `${entry.id} [${role}] ${want === "pass" ? "holds" : "has a counterexample"}: ${p.description}`;
        if (want === "pass") {
          const plan = partPlan(role, p, { seed });
          const ctx = makeRunContext(false, false, plan.seed);
          test.prop(p.arbitraries(ctx) as [fc.Arbitrary<unknown>], {
            seed: plan.seed,
            numRuns: plan.runs,
            interruptAfterTimeLimit: plan.budgetMs,
            markInterruptAsFailure: true, // a spent budget is never a pass
          })(name, (...args: unknown[]) => {
            expect(p.predicate(ctx, ...args)).not.toBe(false);
          });
        } else {
          test(name, () => {
            const r = runPartOf(prop, role, { seed, claimId: entry.id });
            expect(r.status, r.error ?? r.warnings?.join("; ")).toBe("failed");
            expect(r.counterexample?.foundBy).toBe("search");
          });
        }
      }
    }
  });
}
