/**
 * Every entry with a property declares a control beside it (issue 11): a named change under which
 * its verdict must move. Whether each control moves is checked by `spinspec verify --controls`,
 * which `.ci/run` runs and which fails on a control that does not move (running every control
 * here would double the suite's time).
 */
import { describe, expect, it } from "vitest";
import { loadRegistry } from "../src/claims/registry.js";

const registry = await loadRegistry();

describe("controls", () => {
  for (const entry of registry.entries) {
    if (!entry.property) continue;
    it(`${entry.id} declares a control`, () => {
      const prop = registry.properties.get(entry.property!);
      expect(prop?.control?.change, `${entry.id}: no control declared beside its property`).toBeTruthy();
    });
  }
});
