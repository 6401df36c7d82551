import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import type { ClaimReport, Report } from "../../src/claims/report-types.js";
import { claimDrift, diffExitCode, diffReports, diffToMarkdown } from "../../src/cli/diff.js";
import { main } from "../../src/cli/main.js";

const claim = (id: string, over: Partial<ClaimReport> = {}): ClaimReport =>
  ({
    id,
    title: id,
    family: id.split(".")[0],
    source: { document: "000_3014c98cc1702315.txt", section: "§1" },
    expected: "HOLDS",
    expectedDetail: { verdict: "HOLDS" },
    observed: "HOLDS",
    match: true,
    runs: 100,
    seed: 1,
    timeMs: 3,
    evidence: {},
    parts: [{ role: "claim", status: "passed" }],
    related: [],
    ...over,
  }) as ClaimReport;

const report = (claims: ClaimReport[], seed = 7): Report => ({
  tool: "spinspec",
  version: "0.1.0",
  generatedAt: "2026-01-01T00:00:00.000Z",
  seed,
  options: { thorough: false, explore: false },
  claims,
  totals: { claims: claims.length, matched: 0, mismatched: 0, byObserved: {}, byDocument: {} },
  timeMs: 10,
});

const base = report([
  claim("a.one", { worstRatio: 0.35 }),
  claim("a.two", { evidence: { order: 2.01, orders: [2, 2.02] } }),
  claim("a.three", { expected: "REFUTED", observed: "REFUTED" }),
  claim("a.stat", { evidence: { "standard error": 0.01, estimate: 0.5 } }),
]);

describe("diffReports", () => {
  it("a report against itself: nothing changed, exit 0", () => {
    const d = diffReports(base, base);
    expect(d.verdictChanges).toEqual([]);
    expect(d.added).toEqual([]);
    expect(d.removed).toEqual([]);
    expect(d.drift).toEqual([]);
    expect(d.unchanged).toBe(4);
    expect(diffExitCode(d)).toBe(0);
  });

  it("one flipped verdict: exit 1, and the table names the claim", () => {
    const head = structuredClone(base);
    Object.assign(head.claims[2], { observed: "HOLDS", match: false });
    const d = diffReports(base, head);
    expect(d.verdictChanges.map((v) => v.id)).toEqual(["a.three"]);
    expect(diffExitCode(d)).toBe(1);
    expect(diffToMarkdown(d)).toMatch(/\| `a\.three` \| REFUTED \| REFUTED ✓ \| HOLDS ✗ \|/);
  });

  it("a removed claim exits 1, an added one alone 0", () => {
    expect(diffExitCode(diffReports(base, report(base.claims.slice(1))))).toBe(1);
    const grown = diffReports(base, report([...base.claims, claim("a.new")]));
    expect(grown.added).toEqual(["a.new"]);
    expect(diffExitCode(grown)).toBe(0);
  });

  it("evidence drift beyond tolerance is listed (exit stays 0); moves within it are only counted", () => {
    const head = structuredClone(base);
    head.claims[0].worstRatio = 0.97; // 0.35 → 0.97: far beyond 5 %
    head.claims[1].evidence = { order: 2.02, orders: [2, 2.5] }; // order within 5 %, an element beyond
    head.claims[3].evidence = { "standard error": 0.01, estimate: 0.505 }; // half a standard error
    const d = diffReports(base, head);
    expect(diffExitCode(d)).toBe(0);
    expect(d.drift.map((x) => [x.id, x.quantity])).toEqual([
      ["a.one", "worst ratio"],
      ["a.two", "orders"],
    ]);
    expect(d.withinTolerance).toBe(2);
    expect(diffToMarkdown(d)).toMatch(/a\.one.*worst ratio \| 0\.35 \| 0\.97/);
  });

  it("statistical estimates drift when they move by more than their standard error", () => {
    const b = claim("s", { evidence: { "standard error": 0.01, estimate: 0.5 } });
    expect(claimDrift(b, claim("s", { evidence: { "standard error": 0.01, estimate: 0.509 } }))[0].beyond).toBe(false);
    const far = claimDrift(b, claim("s", { evidence: { "standard error": 0.01, estimate: 0.53 } }))[0];
    expect(far.beyond).toBe(true);
    expect(far.change).toMatch(/3 SE/);
  });

  it("a ratio crossing 1, an infinite ratio (null in JSON) and a removed key are drift", () => {
    const d = claimDrift(claim("r", { worstRatio: 0.99 }), claim("r", { worstRatio: 1.01 }));
    expect(d[0].change).toMatch(/crosses 1/);
    const inf = claimDrift(
      claim("r", { worstRatio: 0.5, evidence: { k: 1 } }),
      claim("r", { worstRatio: null as unknown as number }),
    );
    expect(inf.map((x) => [x.quantity, x.head, x.beyond])).toEqual([
      ["worst ratio", "∞", true],
      ["k", "—", true],
    ]);
  });
});

describe("spinspec diff", () => {
  const quiet = async (argv: string[]) => {
    let out = "";
    const o = vi.spyOn(process.stdout, "write").mockImplementation((s) => {
      out += String(s);
      return true;
    });
    const e = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    try {
      return { code: await main(argv), out };
    } finally {
      o.mockRestore();
      e.mockRestore();
    }
  };

  it("exits 0 on a report and itself, 1 with one flipped verdict naming it, 2 on bad input", async () => {
    const dir = mkdtempSync(join(tmpdir(), "spinspec-diff-"));
    const a = join(dir, "a.json");
    const b = join(dir, "b.json");
    writeFileSync(a, JSON.stringify(base));
    const flipped = structuredClone(base);
    Object.assign(flipped.claims[0], { observed: "REFUTED", match: false });
    writeFileSync(b, JSON.stringify(flipped));
    expect((await quiet(["diff", a, a])).code).toBe(0);
    const r = await quiet(["diff", a, b, "--json", join(dir, "d.json")]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/`a\.one`/);
    expect(JSON.parse(readFileSync(join(dir, "d.json"), "utf8")).verdictChanges[0].id).toBe("a.one");
    writeFileSync(join(dir, "bad.json"), "{");
    expect((await quiet(["diff", a, join(dir, "bad.json")])).code).toBe(2);
    expect((await quiet(["diff", a])).code).toBe(2);
  });
});
