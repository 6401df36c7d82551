import { describe, expect, it, vi } from "vitest";

// The sentence totals read every coverage map (seconds); they have their own tests. Here a claim
// list with a literal entry gets a fixed total, and the report only has to carry it.
vi.mock("../../src/documents/totals.js", () => ({
  sentenceTotals: (claims: Array<{ role?: string }>) =>
    claims.some((c) => c.role === "literal")
      ? { "doc.txt": { sentences: 1, claims: 1, missing: 0, notClaims: 0, unclassified: 0, byVerdict: { HOLDS: 1 } } }
      : {},
}));
import {
  buildReport,
  evidenceLine,
  formatMismatches,
  formatNumber,
  formatTable,
  formatTotals,
  OBSERVED_ORDER,
  replayCommand,
  toMarkdown,
  totalsOf,
  toolVersion,
} from "../../src/claims/report.js";
import type { ClaimReport, Report } from "../../src/claims/report-types.js";
import { documents } from "../../src/documents/registry.js";

const [d0, d1] = documents().map((d) => d.file);

function claim(over: Partial<ClaimReport>): ClaimReport {
  return {
    id: "fam.a",
    title: "A",
    family: "fam",
    source: { document: d0, section: "§2", equation: undefined },
    expected: "HOLDS",
    expectedDetail: { verdict: "HOLDS" },
    seed: 1,
    related: [],
    links: [],
    role: "support",
    property: "fam.a",
    observed: "HOLDS",
    runs: 100,
    timeMs: 1234,
    evidence: {},
    parts: [],
    match: true,
    ...over,
  } as ClaimReport;
}

const refuted = claim({
  id: "fam.b",
  expected: "REFUTED",
  expectedDetail: { verdict: "REFUTED" },
  observed: "HOLDS",
  match: false,
  counterexample: {
    part: "claim",
    values: "[3]",
    message: "x: got 1\nsecond line",
    seed: -7,
    path: "0:1",
    foundBy: "search",
    shrinks: 2,
    margin: 12.5,
  },
});

describe("formatNumber", () => {
  it("integers as they are, 4 significant digits, exponents outside [1e-3, 1e5)", () => {
    expect(formatNumber(42)).toBe("42");
    expect(formatNumber(0)).toBe("0");
    expect(formatNumber(1e5)).toBe("100000");
    expect(formatNumber(1.23456)).toBe("1.235");
    expect(formatNumber(0.001)).toBe("0.001");
    expect(formatNumber(0.000999)).toBe("9.990e-4");
    expect(formatNumber(-0.000999)).toBe("-9.990e-4");
    expect(formatNumber(99999.5)).toBe("100000");
    expect(formatNumber(100000.5)).toBe("1.000e+5");
    expect(formatNumber(-123456.7)).toBe("-1.235e+5");
    expect(formatNumber(12345.67)).toBe("12350");
  });
});

describe("evidenceLine", () => {
  it("runs, worst ratio, evidence values, counterexample with margin, recheck, decisive, control", () => {
    const c = claim({
      worstRatio: 0.123456,
      evidence: { n: 3, xs: [1.23456, 2], tag: "ok", names: ["a", "b"], flag: true },
      counterexample: { ...refuted.counterexample!, values: "x".repeat(130), recheck: "stands" },
      decisive: { values: "[9]", margin: 1e6, message: "m" },
      control: { change: "a wrong sign", verdict: "REFUTED", moved: true },
    });
    expect(evidenceLine(c)).toBe(
      `100 runs; worst ratio 0.1235; n=3; xs=[1.235, 2]; tag=ok; names=[a, b]; flag=true; counterexample (claim, search, violation/tolerance 12.5): ${"x".repeat(119)}…; 50-digit recheck: stands; most decisive seen: violation/tolerance 1000000; control (a wrong sign): REFUTED, moved`,
    );
  });

  it("NOT_CHECKABLE shows its reason; infinite and null margins print ∞; no margin prints none; a control that did not move says so", () => {
    const nc = claim({
      observed: "NOT_CHECKABLE",
      expected: "NOT_CHECKABLE",
      expectedDetail: { verdict: "NOT_CHECKABLE", reason: "no computation settles it" },
      runs: 0,
    });
    expect(evidenceLine(nc)).toBe("no computation settles it");
    // Expected NOT_CHECKABLE but observed something else: the runs, not the reason.
    expect(evidenceLine({ ...nc, observed: "ERROR" })).toBe("0 runs");
    expect(
      evidenceLine({ ...nc, observed: "NOT_CHECKABLE", expectedDetail: { verdict: "HOLDS" } } as ClaimReport),
    ).toBe("0 runs");
    const ce = refuted.counterexample!;
    expect(evidenceLine(claim({ counterexample: { ...ce, margin: Number.POSITIVE_INFINITY } }))).toBe(
      "100 runs; counterexample (claim, search, violation/tolerance ∞): [3]",
    );
    expect(evidenceLine(claim({ counterexample: { ...ce, margin: null as unknown as number } }))).toBe(
      "100 runs; counterexample (claim, search, violation/tolerance ∞): [3]",
    );
    expect(evidenceLine(claim({ counterexample: { ...ce, margin: undefined, foundBy: "fixed" } }))).toBe(
      "100 runs; counterexample (claim, fixed): [3]",
    );
    expect(evidenceLine(claim({ counterexample: { ...ce, values: "y".repeat(120) } }))).toBe(
      `100 runs; counterexample (claim, search, violation/tolerance 12.5): ${"y".repeat(120)}`,
    );
    expect(evidenceLine(claim({ control: { change: "c", verdict: "HOLDS", moved: false } }))).toBe(
      "100 runs; control (c): HOLDS, DID NOT MOVE",
    );
    expect(evidenceLine(claim({ control: { change: "c" } }))).toBe("100 runs");
  });
});

describe("totalsOf and buildReport", () => {
  it("counts by verdict in the verdict order, by document in registry order, controls, roles and the false-alarm bound", () => {
    const claims = [
      claim({ id: "a.1", observed: "REFUTED", source: { document: d1, section: "1" }, match: false }),
      claim({ id: "a.2", observed: "HOLDS", falseAlarmBound: 1e-6, control: { change: "c" } }),
      claim({
        id: "a.3",
        observed: "HOLDS",
        falseAlarmBound: 2e-6,
        role: "literal",
        control: { change: "c", verdict: "REFUTED", moved: true },
      }),
      claim({
        id: "a.4",
        observed: "ERROR",
        property: undefined,
        role: undefined,
        source: { document: "old.txt", section: "1" },
      }),
      claim({ id: "a.5", observed: "HOLDS", control: { change: "c", verdict: "HOLDS", moved: false } }),
      claim({ id: "a.6", observed: "HOLDS", control: { change: "c", verdict: "ERROR", moved: false } }),
    ];
    const t = totalsOf(claims);
    expect(t.claims).toBe(6);
    expect(t.matched).toBe(5);
    expect(t.mismatched).toBe(1);
    expect(Object.entries(t.byObserved)).toEqual([
      ["HOLDS", 4],
      ["REFUTED", 1],
      ["ERROR", 1],
    ]);
    expect(Object.keys(t.byDocument)).toEqual([d0, d1, "old.txt"]);
    expect(t.byDocument[d0]).toEqual({ HOLDS: 4 });
    expect(t.byDocument[d1]).toEqual({ REFUTED: 1 });
    expect(t.byDocument["old.txt"]).toEqual({ ERROR: 1 });
    expect(t.controls).toEqual({ withProperty: 5, declared: 4, run: 3, moved: 1 });
    expect(t.falseAlarm?.claims).toBe(2);
    expect(t.falseAlarm?.bound).toBeCloseTo(3e-6, 15);
    expect(t.byRole).toEqual({ support: 4, literal: 1, unset: 1 });
    expect(Object.keys(t.sentences ?? {})).toEqual(["doc.txt"]);
    expect("sentences" in totalsOf([claim({})])).toBe(false);
    expect(OBSERVED_ORDER).toEqual([
      "HOLDS",
      "HOLDS_UNDER_CONDITIONS",
      "REFUTED",
      "VACUOUS",
      "ILL_POSED",
      "NOT_CHECKABLE",
      "INCONCLUSIVE",
      "ERROR",
    ]);
    const r = buildReport(claims, 99, { thorough: false, explore: false } as Report["options"], 1500);
    expect(r).toMatchObject({ tool: "spinspec", version: toolVersion(), seed: 99, claims, timeMs: 1500 });
    expect(toolVersion()).toMatch(/^\d+\.\d+\.\d+/);
    expect(Date.now() - Date.parse(r.generatedAt)).toBeLessThan(60_000);
  });
});

function report(claims: ClaimReport[], totals: Partial<Report["totals"]> = {}): Report {
  return {
    tool: "spinspec",
    version: "9.9.9",
    generatedAt: "2026-01-01T00:00:00.000Z",
    seed: 7,
    options: { thorough: false, explore: false } as Report["options"],
    claims,
    timeMs: 2500,
    totals: {
      claims: claims.length,
      matched: claims.filter((c) => c.match).length,
      mismatched: claims.filter((c) => !c.match).length,
      byObserved: { HOLDS: 1, REFUTED: 1 },
      byDocument: { [d0]: { HOLDS: 1, REFUTED: 1 } },
      ...totals,
    } as Report["totals"],
  };
}

describe("formatTotals", () => {
  it("verdicts, documents, controls, roles, sentences, false alarms and the match line", () => {
    const r = report([claim({}), refuted], {
      controls: { withProperty: 2, declared: 1, run: 0, moved: 0 },
      byRole: { support: 2 },
      sentences: {
        [d0]: {
          sentences: 10,
          claims: 4,
          missing: 1,
          notClaims: 5,
          unclassified: 0,
          byVerdict: { NOT_RUN: 1, HOLDS: 3 },
        },
        [d1]: { sentences: 2, claims: 0, missing: 0, notClaims: 2, unclassified: 0, byVerdict: {} },
      },
      falseAlarm: { bound: 1.5e-6, claims: 3 },
    });
    const title0 = documents()[0].title;
    const title1 = documents()[1].title;
    expect(formatTotals(r)).toEqual([
      "2 claims: HOLDS 1, REFUTED 1",
      `  ${title0}: 2 (HOLDS 1, REFUTED 1)`,
      "controls: 1 of 2 entries with a property declare one (run them with --controls)",
      "entries by role: support 2",
      "sentences (spec/coverage/), claim sentences by their literal entry's verdict:",
      `  ${title0}: 10 sentences, 4 claim sentences (HOLDS 3, NOT_RUN 1), 1 without an entry, 0 unclassified`,
      `  ${title1}: 2 sentences, 0 claim sentences (none), 0 without an entry, 0 unclassified`,
      "false-alarm bound of this run: 1.500e-6 (union bound over the 3 claims with random parts that state one)",
      "1 matched the spec, 1 did not (seed 7, 2.5 s)",
    ]);
    const ran = report([claim({})], { controls: { withProperty: 2, declared: 2, run: 2, moved: 1 } });
    expect(formatTotals(ran)).toContain(
      "controls: 2 of 2 entries with a property declare one; 2 run, 1 moved the verdict",
    );
    expect(formatTotals(report([claim({})]))).toHaveLength(3);
  });
});

describe("formatTable, formatMismatches, replayCommand, toMarkdown", () => {
  it("a table row per claim, padded columns, truncated to the width", () => {
    const r = report([claim({ source: { document: d0, section: "§2", equation: "3.1" } }), refuted]);
    const lines = formatTable(r).split("\n");
    expect(lines[0]).toBe(`    id     source         expected  observed  time  evidence`);
    expect(lines[1]).toBe(`ok  fam.a  ${d0.slice(0, 3)} §2 eq 3.1  HOLDS     HOLDS     1.2s  100 runs`);
    expect(
      lines[2].startsWith(`XX  fam.b  ${d0.slice(0, 3)} §2         REFUTED   HOLDS     1.2s  100 runs; counterexample`),
    ).toBe(true);
    expect(lines[3]).toBe("");
    expect(lines.slice(4)).toEqual(formatTotals(r));
    const narrow = formatTable(r, { width: 20 }).split("\n");
    expect(narrow[1]).toBe(`ok  fam.a  ${d0.slice(0, 3)} §2 e…`);
    expect(narrow[1]).toHaveLength(20);
  });

  it("lists mismatches with their counterexample's first message line and the replay command", () => {
    expect(formatMismatches(report([claim({})]))).toBe("");
    const noCe = claim({ id: "fam.c", match: false, observed: "ERROR", mismatch: undefined });
    expect(formatMismatches(report([claim({}), refuted, noCe]))).toBe(
      [
        "",
        "2 claim(s) did not reach the expected verdict:",
        "- fam.b: expected REFUTED, observed HOLDS",
        "    counterexample (claim): [3]",
        "    x: got 1",
        "    replay: npx spinspec replay fam.b --part claim --seed -7 --path 0:1",
        "- fam.c: expected HOLDS, observed ERROR",
      ].join("\n"),
    );
    expect(formatMismatches(report([{ ...noCe, mismatch: "why not" }]))).toBe(
      "\n1 claim(s) did not reach the expected verdict:\n- fam.c: why not",
    );
    expect(replayCommand(claim({}))).toBe("");
  });

  it("Markdown: header with the options, a row per claim with | escaped, totals as a list", () => {
    const piped = claim({ evidence: { s: "a|b" } });
    const md = toMarkdown(report([piped, refuted]));
    const lines = md.split("\n");
    expect(lines.slice(0, 6)).toEqual([
      "# spinspec report",
      "",
      "Version 9.9.9, seed 7, quick.",
      "",
      "| | id | source | expected | observed | evidence |",
      "|---|---|---|---|---|---|",
    ]);
    expect(lines[6]).toBe(`| ✓ | \`fam.a\` | ${d0.slice(0, 3)} §2 | HOLDS | HOLDS | 100 runs; s=a\\|b |`);
    expect(lines[7].startsWith(`| ✗ | \`fam.b\` |`)).toBe(true);
    expect(lines[9]).toBe("2 claims: HOLDS 1, REFUTED 1");
    expect(lines[10]).toBe(`- ${documents()[0].title}: 2 (HOLDS 1, REFUTED 1)`);
    expect(md.endsWith("(seed 7, 2.5 s)\n")).toBe(true);
    const thorough = report([]);
    thorough.options = { thorough: true, explore: true } as Report["options"];
    expect(toMarkdown(thorough).split("\n")[2]).toBe("Version 9.9.9, seed 7, thorough, explore.");
  });
});
