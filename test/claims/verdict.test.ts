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

  it("the full table: every kind under every part status (inconclusive parts give INCONCLUSIVE, errors ERROR)", () => {
    const single = (pass: string, fail: string) => ({
      passed: pass,
      failed: fail,
      inconclusive: "INCONCLUSIVE",
      error: "ERROR",
    });
    const holdsRow = single("HOLDS", "REFUTED");
    const vacuousRow = single("VACUOUS", "REFUTED");
    const illPosedRow = single("HOLDS", "ILL_POSED");
    for (const s of STATUSES) {
      expect(observeVerdict({ kind: "holds", claim: s })).toBe(holdsRow[s]);
      expect(observeVerdict({ kind: "vacuous", trivial: s })).toBe(vacuousRow[s]);
      expect(observeVerdict({ kind: "ill-posed", readingsAgree: s })).toBe(illPosedRow[s]);
    }
    const conditional: Record<PartStatus, Record<PartStatus, string>> = {
      passed: { passed: "HOLDS", failed: "HOLDS_UNDER_CONDITIONS", inconclusive: "INCONCLUSIVE", error: "ERROR" },
      failed: { passed: "REFUTED", failed: "REFUTED", inconclusive: "REFUTED", error: "ERROR" },
      inconclusive: { passed: "INCONCLUSIVE", failed: "INCONCLUSIVE", inconclusive: "INCONCLUSIVE", error: "ERROR" },
      error: { passed: "ERROR", failed: "ERROR", inconclusive: "ERROR", error: "ERROR" },
    };
    for (const inside of STATUSES)
      for (const boundary of STATUSES)
        expect(observeVerdict({ kind: "conditional", inside, boundary }), `${inside}/${boundary}`).toBe(
          conditional[inside][boundary],
        );
  });
});
