import { describe, expect, it } from "vitest";
import { demoProject } from "./demo-project.js";
import { runPool } from "../../src/claims/pool.js";
import { loadRegistry } from "../../src/claims/registry.js";

function project(): string {
  return demoProject("spinspec-pool-", {
    stuck: 'once("never returns", () => { for (;;) {} }, { budgetMs: 100 })',
    fine: 'once("returns", () => true, { budgetMs: 100 })',
  });
}

describe("runPool", () => {
  it("stops a claim that never returns and reports it INCONCLUSIVE", async () => {
    const root = project();
    const registry = await loadRegistry(root);
    const t0 = Date.now();
    const reports = await runPool(registry, registry.entries, { baseSeed: 1, jobs: 2, root, hardLimitMs: 1500 });
    expect(Date.now() - t0).toBeLessThan(30_000);
    const byId = Object.fromEntries(reports.map((r) => [r.id, r]));
    expect(byId["demo.stuck"].observed).toBe("INCONCLUSIVE");
    expect(byId["demo.stuck"].match).toBe(false);
    expect(byId["demo.stuck"].mismatch).toMatch(/hard time limit/);
    expect(byId["demo.fine"].observed).toBe("HOLDS");
  }, 60_000);
});
