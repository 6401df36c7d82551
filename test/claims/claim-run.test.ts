import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { claimSeed, compare, reportBase, runClaim } from "../../src/claims/claim-run.js";
import { control, holds, part } from "../../src/claims/property.js";
import type { RegisteredEntry } from "../../src/claims/registry.js";
import { expectLe } from "../../src/claims/violation.js";
import { seedFor } from "../../src/random/prng.js";

function entry(over: Partial<RegisteredEntry>): RegisteredEntry {
  return {
    id: "t.claim",
    title: "a test claim",
    source: { document: "000_3014c98cc1702315.txt", section: "§1", quote: "q" },
    statement: "s",
    kind: "identity",
    expected: { verdict: "HOLDS" },
    property: "t.claim",
    related: [],
    links: [],
    lean: [],
    family: "t",
    file: "spec/t.yaml",
    ...over,
  } as RegisteredEntry;
}

/** x·scale ≤ 1 for x ∈ [0, 1]: true for scale ≤ 1, false (by a margin) for scale = 3. */
const bounded = (scale: number) =>
  part({
    description: "x·scale ≤ 1",
    arbitraries: () => [fc.double({ min: 0, max: 1, noNaN: true })],
    predicate: (_ctx, x) => expectLe("x·scale", x * scale, 1),
  });

describe("claimSeed and reportBase", () => {
  it("derives the claim's seed from the base seed and its id", () => {
    expect(claimSeed(7, "a.b")).toBe(seedFor(7, "a.b") | 0);
    expect(claimSeed(7, "a.b")).not.toBe(claimSeed(7, "a.c"));
    expect(claimSeed(7, "a.b")).not.toBe(claimSeed(8, "a.b"));
  });
  it("copies what a report record needs from the entry", () => {
    const e = entry({ statistics: { estimator: "e", standardError: "s", falseAlarmRate: "f", falseAlarmBound: 1e-6 } });
    const b = reportBase(e, 5);
    expect(b).toMatchObject({
      id: "t.claim",
      title: "a test claim",
      family: "t",
      source: { document: "000_3014c98cc1702315.txt", section: "§1", equation: undefined },
      expected: "HOLDS",
      expectedDetail: { verdict: "HOLDS" },
      seed: 5,
      related: [],
      property: "t.claim",
      falseAlarmBound: 1e-6,
    });
  });
});

describe("compare", () => {
  const passed = [{ role: "claim", status: "passed" as const, description: "", runs: 1, skips: 0, seed: 0, timeMs: 0 }];
  it("matches an equal verdict and explains a different one by its first part that did not pass", () => {
    expect(compare(entry({}), { observed: "HOLDS", parts: passed })).toEqual({ match: true });
    const failed = [{ ...passed[0], status: "error" as const, error: "NumericError: x", warnings: ["w"] }];
    expect(compare(entry({}), { observed: "ERROR", parts: failed })).toEqual({
      match: false,
      mismatch: "expected HOLDS, observed ERROR: part claim error (NumericError: x) [w]",
    });
    expect(compare(entry({ expected: { verdict: "REFUTED" } }), { observed: "HOLDS", parts: passed })).toEqual({
      match: false,
      mismatch: "expected REFUTED, observed HOLDS: every part passed",
    });
    // A part with neither error nor warnings is named by its status alone.
    const bare = [passed[0], { ...passed[0], role: "boundary", status: "inconclusive" as const }];
    expect(compare(entry({}), { observed: "INCONCLUSIVE", parts: bare }).mismatch).toBe(
      "expected HOLDS, observed INCONCLUSIVE: part boundary inconclusive",
    );
  });
  it("accepts a must-fail part's failure only from the property search", () => {
    const cx = (part: string, foundBy: "search" | "database" | "example" | "fixed") => ({
      part,
      values: "[1]",
      message: "m",
      seed: 1,
      path: "0",
      foundBy,
      shrinks: 0,
    });
    const deciding = [
      ["REFUTED", "claim"],
      ["HOLDS_UNDER_CONDITIONS", "boundary"],
      ["ILL_POSED", "readingsAgree"],
    ] as const;
    for (const [verdict, part] of deciding) {
      const e = entry({ expected: { verdict } as never });
      expect(compare(e, { observed: verdict, parts: passed, counterexample: cx(part, "search") }).match).toBe(true);
      for (const by of ["database", "example", "fixed"] as const) {
        expect(compare(e, { observed: verdict, parts: passed, counterexample: cx(part, by) })).toEqual({
          match: false,
          mismatch: `the ${part} failure that decides ${verdict} came from the ${by}, not the property search`,
        });
      }
    }
    // A VACUOUS or HOLDS verdict is decided by passing parts: a fixed failure elsewhere does not matter.
    const v = entry({ expected: { verdict: "VACUOUS", why: "w" } as never });
    expect(compare(v, { observed: "VACUOUS", parts: passed, counterexample: cx("claim", "fixed") }).match).toBe(true);
  });
});

describe("runClaim", () => {
  it("a NOT_CHECKABLE entry has nothing to run; any other entry without a property is an ERROR", () => {
    const nc = runClaim(
      entry({ expected: { verdict: "NOT_CHECKABLE", reason: "r" }, property: undefined }),
      undefined,
      {
        baseSeed: 1,
      },
    );
    expect(nc).toMatchObject({ observed: "NOT_CHECKABLE", match: true, runs: 0, parts: [] });
    const broken = runClaim(entry({}), undefined, { baseSeed: 1 });
    expect(broken).toMatchObject({ observed: "ERROR", match: false });
  });

  it("runs the property under the claim's seed and reports the control's change", () => {
    const prop = holds("t.claim", bounded(1), control("x scaled by 3", holds("t.claim", bounded(3))));
    const r = runClaim(entry({}), prop, { baseSeed: 3 });
    expect(r).toMatchObject({ observed: "HOLDS", match: true, seed: claimSeed(3, "t.claim") });
    expect(r.control).toEqual({ change: "x scaled by 3" });
    expect(r.runs).toBeGreaterThan(0);
  });

  it("under --controls, reports the control's verdict and whether it moved", () => {
    const prop = holds("t.claim", bounded(1), control("x scaled by 3", holds("t.claim", bounded(3))));
    const r = runClaim(entry({}), prop, { baseSeed: 3, controls: true });
    expect(r.control).toEqual({ change: "x scaled by 3", verdict: "REFUTED", moved: true });
    expect(r.match).toBe(true);
  });

  it("under --controls, a control that does not move, or none, is a mismatch", () => {
    const still = holds("t.claim", bounded(1), control("x scaled by 0.5", holds("t.claim", bounded(0.5))));
    const r = runClaim(entry({}), still, { baseSeed: 3, controls: true });
    expect(r.match).toBe(false);
    expect(r.mismatch).toBe("its control (x scaled by 0.5) did not move the verdict: HOLDS");
    const none = runClaim(entry({}), holds("t.claim", bounded(1)), { baseSeed: 3, controls: true });
    expect(none).toMatchObject({ match: false, mismatch: "it declares no control" });
    expect(none.control).toBeUndefined();
    // Without --controls neither is a mismatch.
    expect(runClaim(entry({}), holds("t.claim", bounded(1)), { baseSeed: 3 }).match).toBe(true);
  });

  it("keeps a verdict mismatch's own reason under --controls", () => {
    const prop = holds("t.claim", bounded(3), control("x scaled by 1", holds("t.claim", bounded(1))));
    const r = runClaim(entry({}), prop, { baseSeed: 3, controls: true });
    expect(r.observed).toBe("REFUTED");
    expect(r.mismatch).toMatch(/^expected HOLDS, observed REFUTED/);
    expect(r.decisive?.margin).toBeGreaterThan(1);
  });
});
