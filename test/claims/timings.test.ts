/**
 * Claim timings and the longest-first order of the pool: estimates from the same mode, from the
 * other mode scaled by planned runs, or from the budget; the file survives concurrent savers and
 * broken content; the pool starts claims longest first and still reports them in the given order.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { demoProject } from "./demo-project.js";
import { claimOrder, runPool } from "../../src/claims/pool.js";
import { loadRegistry } from "../../src/claims/registry.js";
import type { ClaimReport } from "../../src/claims/report-types.js";
import { ClaimTimings, longestFirst, UNTIMED_BUDGET_SHARE } from "../../src/claims/timings.js";

const tmpFile = () => join(mkdtempSync(join(tmpdir(), "spinspec-timings-")), "timings.json");

/** A report with what timings read: id, time, and parts' times and runs. */
const report = (id: string, ms: number, parts: Array<[string, number, number]>): ClaimReport =>
  ({
    id,
    timeMs: ms,
    parts: parts.map(([role, timeMs, runs]) => ({ role, timeMs, runs })),
  }) as unknown as ClaimReport;

describe("ClaimTimings", () => {
  it("estimates from the same mode, else the other mode scaled by planned runs, else the budget", () => {
    const t = new ClaimTimings(tmpFile());
    t.record("quick", [report("a", 1000, [["claim", 900, 100]])]);
    expect(t.estimate("quick", "a", { claim: 1000 }, 5000)).toBe(1000);
    // 900 ms for 100 runs → 9000 ms for 1000 runs, plus the 100 ms outside the parts.
    expect(t.estimate("thorough", "a", { claim: 1000 }, 50_000)).toBe(9100);
    expect(t.estimate("thorough", "never-ran", { claim: 1000 }, 50_000)).toBe(UNTIMED_BUDGET_SHARE * 50_000);
    t.record("thorough", [report("a", 4000, [["claim", 3900, 1000]])]);
    expect(t.estimate("thorough", "a", { claim: 1000 }, 50_000)).toBe(4000);
  });

  it("does not scale a deterministic part, nor a part that made no run", () => {
    const t = new ClaimTimings(tmpFile());
    t.record("quick", [
      report("b", 300, [
        ["inside", 100, 1],
        ["boundary", 200, 0],
      ]),
    ]);
    expect(t.estimate("thorough", "b", { inside: 1, boundary: 500 }, 1)).toBe(300);
  });

  it("skips reports without parts (a claim stopped at its hard limit)", () => {
    const t = new ClaimTimings(tmpFile());
    t.record("quick", [report("c", 60_000, [])]);
    expect(t.get("quick", "c")).toBeUndefined();
  });

  it("saves over what another run saved meanwhile, and reads it back", () => {
    const file = tmpFile();
    const one = new ClaimTimings(file);
    const two = new ClaimTimings(file);
    one.record("quick", [report("x", 10, [["claim", 10, 100]])]);
    one.save();
    two.record("thorough", [report("y", 20, [["claim", 20, 1000]])]);
    two.save();
    const back = new ClaimTimings(file);
    expect(back.get("quick", "x")?.ms).toBe(10);
    expect(back.get("thorough", "y")?.ms).toBe(20);
  });

  it("starts empty on a file that is not a timings file, and replaces it at the next save", () => {
    for (const text of ["{ truncated", "[1, 2]", '{"quick": 5}']) {
      const file = tmpFile();
      writeFileSync(file, text);
      const t = new ClaimTimings(file);
      expect(t.get("quick", "x")).toBeUndefined();
      t.record("quick", [report("x", 10, [["claim", 10, 100]])]);
      t.save();
      expect(JSON.parse(readFileSync(file, "utf8")).quick.x.ms).toBe(10);
    }
  });
});

describe("longestFirst", () => {
  it("orders by decreasing cost and keeps ties in the given order", () => {
    const items = ["a", "b", "c", "d", "e"];
    const cost: Record<string, number> = { a: 1, b: 5, c: 1, d: 9, e: 5 };
    expect(longestFirst(items, (x) => cost[x])).toEqual(["d", "b", "e", "a", "c"]);
  });
});

function project(): string {
  return demoProject("spinspec-order-", {
    short: 'once("short", () => true, { budgetMs: 100 })',
    long: 'once("long", () => true, { budgetMs: 100 })',
    middle: 'once("middle", () => true, { budgetMs: 100 })',
  });
}

describe("the pool's order", () => {
  it("starts the claims longest first and reports them in the given order", async () => {
    const root = project();
    const registry = await loadRegistry(root);
    const timings = new ClaimTimings(tmpFile());
    timings.record("quick", [
      report("demo.short", 10, [["claim", 10, 1]]),
      report("demo.long", 900, [["claim", 900, 1]]),
      report("demo.middle", 300, [["claim", 300, 1]]),
    ]);
    const ids = registry.entries.map((e) => e.id);
    expect(ids).toEqual(["demo.short", "demo.long", "demo.middle"]);
    expect(claimOrder(registry, registry.entries, {}, timings).map((e) => e.id)).toEqual([
      "demo.long",
      "demo.middle",
      "demo.short",
    ]);
    const started: string[] = [];
    const reports = await runPool(registry, registry.entries, {
      baseSeed: 1,
      jobs: 1,
      root,
      timings,
      onResult: (r) => started.push(r.id),
    });
    expect(started).toEqual(["demo.long", "demo.middle", "demo.short"]);
    expect(reports.map((r) => r.id)).toEqual(ids);
    // Without timings the pool keeps the given order.
    const plain: string[] = [];
    await runPool(registry, registry.entries, { baseSeed: 1, jobs: 1, root, onResult: (r) => plain.push(r.id) });
    expect(plain).toEqual(ids);
  }, 60_000);
});
