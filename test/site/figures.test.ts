import { describe, expect, it } from "vitest";
import { listFigureModules, loadFigure } from "../../src/site/figures.js";
import { PROJECT_ROOT } from "../../src/claims/registry.js";

describe("the figure modules", () => {
  // `spinspec figures` and the docs build import every module in src/figures/ as a figure, so a
  // helper placed there breaks both (it happened: a worker module that throws outside a worker).
  it("every module in src/figures/ (but figure.ts) exports a well-formed figure", async () => {
    const modules = listFigureModules(PROJECT_ROOT);
    expect(modules.length).toBeGreaterThanOrEqual(7);
    for (const m of modules) {
      const f = await loadFigure(PROJECT_ROOT, m);
      expect(m.endsWith(`${f.id}.ts`), `${m} exports figure ${f.id}`).toBe(true);
      expect(f.claims.length).toBeGreaterThan(0);
    }
  });
});
