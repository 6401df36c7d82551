import { describe, expect, it } from "vitest";
import { ExpectedSchema, SourceSchema, SpecEntrySchema, StatisticsSchema } from "../../src/claims/spec-entry.js";
import { documents } from "../../src/documents/registry.js";

const doc = documents()[0].file;
const base = {
  id: "fam.some-claim",
  title: "A claim",
  source: { document: doc, section: "§1", quote: "a quote" },
  statement: "for all x, x = x",
  kind: "identity",
  expected: { verdict: "HOLDS" },
  property: "fam.some-claim",
  role: "literal",
};

/** The messages of a failed parse, as "path: message". */
function issues(input: unknown): string[] {
  const r = SpecEntrySchema.safeParse(input);
  if (r.success) return [];
  return r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}

describe("SpecEntrySchema", () => {
  it("accepts a minimal entry and fills the defaults", () => {
    const e = SpecEntrySchema.parse(base);
    expect(e.related).toEqual([]);
    expect(e.links).toEqual([]);
    expect(e.lean).toEqual([]);
    expect(SpecEntrySchema.parse({ ...base, source: { ...base.source, equation: 12 } }).source.equation).toBe("12");
  });

  it("ids are dotted lower-case words", () => {
    for (const bad of ["nodot", "Fam.x", "fam.", ".x", "fam.-x", "fam.x_y", "fam..x", "-a.b"])
      expect(issues({ ...base, id: bad }), bad).toEqual([
        "id: ids are dotted lower-case words, e.g. softmax.shift-invariance",
      ]);
    for (const good of ["a.b", "fam.x-1.y", "0.9z"]) expect(issues({ ...base, id: good }), good).toEqual([]);
  });

  it("a NOT_CHECKABLE entry has no property, every other one has", () => {
    expect(issues({ ...base, expected: { verdict: "NOT_CHECKABLE", reason: "no computation" } })).toEqual([
      "property: a NOT_CHECKABLE entry has no property",
    ]);
    const { property: _, ...noProperty } = base;
    expect(issues({ ...noProperty, expected: { verdict: "NOT_CHECKABLE", reason: "r" } })).toEqual([]);
    expect(issues(noProperty)).toEqual(["property: required unless expected.verdict is NOT_CHECKABLE"]);
  });

  it("a statistical claim states its statistics; an ILL_POSED one links its reading", () => {
    expect(issues({ ...base, kind: "statistical" })).toEqual([
      "statistics: a statistical claim states its estimator, standard error and false-alarm rate",
    ]);
    const statistics = { estimator: "mean", standardError: "σ/√n", falseAlarmRate: "Hoeffding", falseAlarmBound: 1e-6 };
    expect(issues({ ...base, kind: "statistical", statistics })).toEqual([]);
    expect(issues({ ...base, statistics })).toEqual([]);
    const illPosed = { verdict: "ILL_POSED", reading: "fam.reading", why: "two readings" };
    expect(issues({ ...base, expected: illPosed })).toEqual(["related: must include expected.reading"]);
    expect(issues({ ...base, expected: illPosed, related: ["fam.reading"] })).toEqual([]);
    expect(issues({ ...base, expected: illPosed, related: ["fam.other"] })).toEqual([
      "related: must include expected.reading",
    ]);
  });

  it("statistics: a false-alarm bound is a probability; every word is required", () => {
    const s = { estimator: "e", standardError: "s", falseAlarmRate: "r" };
    expect(StatisticsSchema.safeParse(s).success).toBe(true);
    expect(StatisticsSchema.safeParse({ ...s, falseAlarmBound: 0 }).success).toBe(true);
    expect(StatisticsSchema.safeParse({ ...s, falseAlarmBound: 1 }).success).toBe(true);
    expect(StatisticsSchema.safeParse({ ...s, falseAlarmBound: -1e-9 }).success).toBe(false);
    expect(StatisticsSchema.safeParse({ ...s, falseAlarmBound: 1.000001 }).success).toBe(false);
    for (const k of ["estimator", "standardError", "falseAlarmRate"])
      expect(StatisticsSchema.safeParse({ ...s, [k]: "" }).success, k).toBe(false);
  });

  it("expected verdicts carry what their kind needs, and nothing else", () => {
    const ok = [
      { verdict: "HOLDS" },
      { verdict: "HOLDS_UNDER_CONDITIONS", conditions: "x > 0" },
      { verdict: "REFUTED" },
      { verdict: "VACUOUS", why: "w" },
      { verdict: "ILL_POSED", reading: "a.b", why: "w" },
      { verdict: "NOT_CHECKABLE", reason: "r" },
    ];
    for (const e of ok) expect(ExpectedSchema.safeParse(e).success, e.verdict).toBe(true);
    const bad = [
      { verdict: "HOLDS_UNDER_CONDITIONS", conditions: "" },
      { verdict: "HOLDS_UNDER_CONDITIONS" },
      { verdict: "VACUOUS", why: "" },
      { verdict: "ILL_POSED", reading: "Not An Id", why: "w" },
      { verdict: "ILL_POSED", reading: "a.b", why: "" },
      { verdict: "NOT_CHECKABLE", reason: "" },
      { verdict: "HOLDS", extra: 1 },
      { verdict: "REFUTED", why: "w" },
      { verdict: "MAYBE" },
    ];
    for (const e of bad) expect(ExpectedSchema.safeParse(e).success, JSON.stringify(e)).toBe(false);
  });

  it("sources name a registered document, a section and a short quote", () => {
    const r = SourceSchema.safeParse({ ...base.source, document: "nope.txt" });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0].message).toBe(
      `not a registered document (spec/documents.yaml: ${documents()
        .map((d) => d.file)
        .join(", ")})`,
    );
    expect(SourceSchema.safeParse({ ...base.source, section: "" }).success).toBe(false);
    expect(SourceSchema.safeParse({ ...base.source, quote: "" }).success).toBe(false);
    expect(SourceSchema.safeParse({ ...base.source, quote: "q".repeat(400) }).success).toBe(true);
    expect(SourceSchema.safeParse({ ...base.source, quote: "q".repeat(401) }).success).toBe(false);
    expect(SourceSchema.safeParse({ ...base.source, extra: 1 }).success).toBe(false);
  });

  it("titles, statements, kinds, roles, links and Lean names are checked", () => {
    expect(issues({ ...base, title: "" })).toHaveLength(1);
    expect(issues({ ...base, statement: "" })).toHaveLength(1);
    expect(issues({ ...base, kind: "theorem" })).toHaveLength(1);
    expect(issues({ ...base, role: "quote" })).toHaveLength(1);
    expect(issues({ ...base, lean: ["Attention.lean#Main_thm'"] })).toEqual([]);
    for (const bad of ["Attention.lean", "attention-x.lean#A", "A.lean#1x", "A.lean#", "x A.lean#B", "A.lean#B c"])
      expect(issues({ ...base, lean: [bad] }), bad).toHaveLength(1);
    expect(issues({ ...base, links: [{ type: "uses", target: "a.b" }] })).toEqual([]);
    expect(issues({ ...base, links: [{ type: "cites", target: "a.b" }] })).toHaveLength(1);
    expect(issues({ ...base, links: [{ type: "uses", target: "AB" }] })).toHaveLength(1);
  });
});
