import { describe, expect, it } from "vitest";
import { partExpectations } from "../../src/claims/expectations.js";
import { PART_ROLES } from "../../src/claims/property.js";
import { observeVerdict, VERDICT_KINDS, type PartOutcomes } from "../../src/claims/verdict.js";

describe("partExpectations", () => {
  it("inverts observeVerdict for every check kind and verdict", () => {
    for (const kind of Object.keys(PART_ROLES) as Array<keyof typeof PART_ROLES>) {
      for (const verdict of VERDICT_KINDS) {
        const want = partExpectations(kind, verdict);
        if (!want) continue;
        const outcomes = {
          kind,
          ...Object.fromEntries(PART_ROLES[kind].map((r) => [r, want[r] === "fail" ? "failed" : "passed"])),
        };
        expect(observeVerdict(outcomes as PartOutcomes), `${kind} ${verdict}`).toBe(verdict);
      }
    }
  });
  it("has no way to observe NOT_CHECKABLE from a property", () => {
    for (const kind of Object.keys(PART_ROLES) as Array<keyof typeof PART_ROLES>)
      expect(partExpectations(kind, "NOT_CHECKABLE")).toBeUndefined();
  });
  it("gives exactly these expectations (the table a property's parts are tested against)", () => {
    const table: Record<string, Record<string, string> | undefined> = {};
    for (const kind of Object.keys(PART_ROLES) as Array<keyof typeof PART_ROLES>)
      for (const verdict of VERDICT_KINDS) table[`${kind} ${verdict}`] = partExpectations(kind, verdict);
    expect(Object.fromEntries(Object.entries(table).filter(([, v]) => v !== undefined))).toEqual({
      "holds HOLDS": { claim: "pass" },
      "holds REFUTED": { claim: "fail" },
      "conditional HOLDS_UNDER_CONDITIONS": { inside: "pass", boundary: "fail" },
      "conditional HOLDS": { inside: "pass", boundary: "pass" },
      "conditional REFUTED": { inside: "fail" },
      "vacuous VACUOUS": { trivial: "pass" },
      "vacuous REFUTED": { trivial: "fail" },
      "ill-posed ILL_POSED": { readingsAgree: "fail" },
      "ill-posed HOLDS": { readingsAgree: "pass" },
    });
  });
});
