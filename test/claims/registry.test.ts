import { seedsDir } from "../../src/claims/documents.js";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { joinRegistry, loadSpec, SpecError } from "../../src/claims/registry.js";
import type { ClaimProperty } from "../../src/claims/property.js";

const good = `
- id: demo.one
  title: One
  source: { document: 000_3014c98cc1702315.txt, section: "§1", quote: "q" }
  statement: s
  kind: identity
  expected: { verdict: HOLDS }
  role: support
  property: demo.one
`;

function specDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "spinspec-spec-"));
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

function problems(files: Record<string, string>): string[] {
  try {
    loadSpec(specDir(files));
  } catch (e) {
    if (e instanceof SpecError) return e.problems;
    throw e;
  }
  return [];
}

describe("loadSpec", () => {
  it("loads a valid entry with its family and defaults", () => {
    const [e] = loadSpec(specDir({ "demo.yaml": good }));
    expect(e.family).toBe("demo");
    expect(e.related).toEqual([]);
    expect(e.file).toBe("spec/demo.yaml");
  });

  it("accepts a role and typed links, and rejects a link to no entry", () => {
    const two = good.replace(/one/g, "two").replace("One", "Two");
    const linked = good
      .replace("role: support", "role: repair")
      .replace("property: demo.one", "property: demo.one\n  links: [{ type: repairs, target: demo.two }]");
    const entries = loadSpec(specDir({ "demo.yaml": linked + two }));
    expect(entries[0].role).toBe("repair");
    expect(entries[0].links).toEqual([{ type: "repairs", target: "demo.two" }]);
    expect(entries[1].links).toEqual([]);
    expect(problems({ "demo.yaml": good.replace("  role: support\n", "") }).join()).toMatch(/role/);
    expect(problems({ "demo.yaml": linked }).join()).toMatch(/field links: no entry demo.two/);
    expect(problems({ "demo.yaml": linked.replace("type: repairs", "type: fixes") }).join()).toMatch(/field links/);
  });

  // Needs the documents (skipped without them; test/documents-folder.test.ts then fails once).
  it.skipIf(seedsDir() === undefined)("requires a literal entry's quote to be in its document", () => {
    const literal = good.replace("role: support", "role: literal");
    expect(
      problems({ "demo.yaml": literal.replace('quote: "q"', 'quote: "no such words in the paper xyzzy"') }).join(),
    ).toMatch(/a literal entry's quote is not in 000_/);
    expect(problems({ "demo.yaml": literal.replace('quote: "q"', 'quote: "Ising"') })).toEqual([]);
  });

  it("names the file and field of a malformed entry", () => {
    const bad = good
      .replace("kind: identity", "kind: theorem")
      .replace("document: 000_3014c98cc1702315.txt", "document: 999.txt");
    const p = problems({ "demo.yaml": bad });
    expect(p.some((x) => x.includes("spec/demo.yaml[0] (demo.one): field kind"))).toBe(true);
    expect(p.some((x) => x.includes("field source.document"))).toBe(true);
  });

  it("rejects unknown fields, duplicate ids and dangling related ids", () => {
    expect(problems({ "demo.yaml": good.replace("kind: identity", "kind: identity\n  verdict: HOLDS") })[0]).toMatch(
      /verdict/,
    );
    expect(problems({ "demo.yaml": good, "demo2.yaml": good }).join()).toMatch(/duplicate, also in spec\/demo.yaml/);
    expect(
      problems({ "demo.yaml": good.replace("property: demo.one", "property: demo.one\n  related: [demo.two]") }).join(),
    ).toMatch(/field related: no entry demo.two/);
  });

  it("enforces what each verdict kind must carry", () => {
    const nc = good.replace("expected: { verdict: HOLDS }", "expected: { verdict: NOT_CHECKABLE, reason: r }");
    expect(problems({ "demo.yaml": nc }).join()).toMatch(/NOT_CHECKABLE entry has no property/);
    const huc = good.replace("expected: { verdict: HOLDS }", "expected: { verdict: HOLDS_UNDER_CONDITIONS }");
    expect(problems({ "demo.yaml": huc }).join()).toMatch(/expected.conditions/);
    const stat = good.replace("kind: identity", "kind: statistical");
    expect(problems({ "demo.yaml": stat }).join()).toMatch(/field statistics/);
    const ill = good.replace(
      "expected: { verdict: HOLDS }",
      "expected: { verdict: ILL_POSED, reading: demo.one, why: w }",
    );
    expect(problems({ "demo.yaml": ill }).join()).toMatch(/field related: must include expected.reading/);
  });

  it("reports YAML syntax errors and non-list files", () => {
    expect(problems({ "demo.yaml": "- id: [unclosed" }).join()).toMatch(/spec\/demo.yaml: YAML/);
    expect(problems({ "demo.yaml": "id: x" }).join()).toMatch(/expected a YAML list/);
  });
});

describe("joinRegistry", () => {
  const prop = (id: string): ClaimProperty & { family: string } =>
    ({ id, family: "demo", location: { file: "properties/demo.ts", line: 3 }, check: { kind: "holds" } }) as never;

  it("fails on a missing property and on a property with no entry", () => {
    const entries = loadSpec(specDir({ "demo.yaml": good }));
    expect(() => joinRegistry(entries, new Map())).toThrow(/field property: no property demo.one/);
    const extra = new Map([
      ["demo.one", prop("demo.one")],
      ["demo.orphan", prop("demo.orphan")],
    ]);
    expect(() => joinRegistry(entries, extra)).toThrow(/properties\/demo.ts:3: property demo.orphan has no spec entry/);
    expect(joinRegistry(entries, new Map([["demo.one", prop("demo.one")]])).families).toEqual(["demo"]);
  });
});
