import { describe, expect, it } from "vitest";
import { describeVerdict, observeVerdict, VERDICT_KINDS, type PartStatus } from "../../src/claims/verdict.js";

const STATUSES: PartStatus[] = ["passed", "failed", "inconclusive", "error"];

describe("observeVerdict", () => {
  it("maps a single claim part", () => {
    expect(observeVerdict({ kind: "holds", claim: "passed" })).toBe("HOLDS");
    expect(observeVerdict({ kind: "holds", claim: "failed" })).toBe("REFUTED");
    expect(observeVerdict({ kind: "holds", claim: "inconclusive" })).toBe("INCONCLUSIVE");
    expect(observeVerdict({ kind: "holds", claim: "error" })).toBe("ERROR");
  });

  it("needs the boundary to fail for HOLDS_UNDER_CONDITIONS", () => {
    expect(observeVerdict({ kind: "conditional", inside: "passed", boundary: "failed" })).toBe(
      "HOLDS_UNDER_CONDITIONS",
    );
    expect(observeVerdict({ kind: "conditional", inside: "passed", boundary: "passed" })).toBe("HOLDS");
    expect(observeVerdict({ kind: "conditional", inside: "failed", boundary: "failed" })).toBe("REFUTED");
    expect(observeVerdict({ kind: "conditional", inside: "passed", boundary: "inconclusive" })).toBe("INCONCLUSIVE");
  });

  it("reads vacuity and ambiguity from their witness parts", () => {
    expect(observeVerdict({ kind: "vacuous", trivial: "passed" })).toBe("VACUOUS");
    expect(observeVerdict({ kind: "vacuous", trivial: "failed" })).toBe("REFUTED");
    expect(observeVerdict({ kind: "ill-posed", readingsAgree: "failed" })).toBe("ILL_POSED");
    expect(observeVerdict({ kind: "ill-posed", readingsAgree: "passed" })).toBe("HOLDS");
  });

  it("never turns an inconclusive or erroring part into a pass", () => {
    for (const inside of STATUSES) {
      for (const boundary of STATUSES) {
        const v = observeVerdict({ kind: "conditional", inside, boundary });
        if ([inside, boundary].includes("error")) expect(v).toBe("ERROR");
        if (v === "HOLDS" || v === "HOLDS_UNDER_CONDITIONS") {
          expect(inside).toBe("passed");
          expect(["passed", "failed"]).toContain(boundary);
        }
      }
    }
  });

  it("describes every verdict", () => {
    for (const v of [...VERDICT_KINDS, "INCONCLUSIVE", "ERROR"] as const)
      expect(describeVerdict(v).length).toBeGreaterThan(10);
  });
});
