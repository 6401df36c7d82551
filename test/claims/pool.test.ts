/**
 * The worker pool: claims run on worker threads, and one whose single run never returns is
 * stopped at its hard limit and reported INCONCLUSIVE, while the others still finish.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { runPool } from "../../src/claims/pool.js";
import { loadRegistry, PROJECT_ROOT } from "../../src/claims/registry.js";

function project(): string {
  const root = mkdtempSync(join(tmpdir(), "spinspec-pool-"));
  mkdirSync(join(root, "spec"));
  mkdirSync(join(root, "properties"));
  writeFileSync(join(root, "package.json"), JSON.stringify({ type: "module" }));
  const entry = (id: string) => `
- id: demo.${id}
  title: ${id}
  source: { document: 000_3014c98cc1702315.txt, section: "§1", quote: q }
  statement: s
  kind: identity
  expected: { verdict: HOLDS }
  role: support
  property: demo.${id}
`;
  writeFileSync(join(root, "spec", "demo.yaml"), entry("stuck") + entry("fine"));
  const api = pathToFileURL(join(PROJECT_ROOT, "src", "claims", "property.ts")).href;
  writeFileSync(
    join(root, "properties", "demo.ts"),
    `import { holds, once } from ${JSON.stringify(api)};
export const properties = [
  holds("demo.stuck", once("never returns", () => { for (;;) {} }, { budgetMs: 100 })),
  holds("demo.fine", once("returns", () => true, { budgetMs: 100 })),
];
`,
  );
  return root;
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
