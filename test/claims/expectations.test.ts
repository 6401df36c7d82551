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
});
