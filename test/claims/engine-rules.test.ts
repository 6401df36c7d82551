/**
 * The engine's rules (issue 11): ERROR dominates, zero evidence is never a pass, fixed parts are
 * labelled, margins are kept while shrinking, and a control runs and moves.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compare } from "../../src/claims/claim-run.js";
import { control, holds, once, part, vacuous } from "../../src/claims/property.js";
import type { RegisteredEntry } from "../../src/claims/registry.js";
import { controlMoved, keepMargin, runControl, runProperty } from "../../src/claims/runner.js";
import { NumericError, PropertyViolation } from "../../src/claims/violation.js";
import { expectLe } from "../../src/claims/violation.js";

const seed = 4242;

describe("ERROR dominates", () => {
  it("a search that meets an exception is ERROR even when shrinking ends at a violation", () => {
    // False for 10 < x < 500 (a violation), and the reference throws for x ≥ 500: a search whose
    // first failure is the throw shrinks through the violation region; it used to end REFUTED.
    let first: "error" | "violation" | undefined;
    const p = holds(
      "t.shrink-into-violation",
      part({
        description: "throws for large x, false for moderate x",
        arbitraries: () => [fc.integer({ min: 0, max: 1000 })],
        predicate: (_ctx, x) => {
          if (x >= 500) {
            first ??= "error";
            throw new NumericError(`reference overflow at ${x}`);
          }
          if (x > 10) first ??= "violation";
          expectLe("x", x, 10);
        },
      }),
    );
    const seen = { error: 0, violation: 0 };
    for (let s = 1; s <= 50; s++) {
      first = undefined;
      const r = runProperty(p, { seed: s });
      expect(first, `seed ${s}`).toBeDefined();
      seen[first!]++;
      // The verdict follows the first failure: ERROR whenever the search met the exception.
      expect(r.observed, `seed ${s}, first failure ${first}`).toBe(first === "error" ? "ERROR" : "REFUTED");
    }
    // Both kinds of search happen, so the test exercises the rule.
    expect(seen.error).toBeGreaterThan(5);
  });

  it("a NaN reaching a comparison helper is ERROR, not REFUTED", () => {
    const p = holds(
      "t.nan-compare",
      part({
        description: "NaN ≤ 1",
        arbitraries: () => [fc.integer({ min: 0, max: 5 })],
        predicate: (_ctx, x) => expectLe("value", x > 2 ? Number.NaN : x, 10),
      }),
    );
    expect(runProperty(p, { seed }).observed).toBe("ERROR");
  });

  it("a NaN error/bound ratio is ERROR", () => {
    const p = holds(
      "t.nan-ratio",
      part({
        description: "0/0 ratio",
        arbitraries: () => [fc.constant(0)],
        predicate: (ctx, x) => ctx.observeRatio(x / x),
      }),
    );
    expect(runProperty(p, { seed }).observed).toBe("ERROR");
  });

  it("a NaN recorded as evidence is ERROR; ±∞ may be recorded", () => {
    const p = (v: number) =>
      holds(
        "t.nan-evidence",
        part({
          description: "records a value",
          arbitraries: () => [fc.constant(0)],
          predicate: (ctx) => ctx.record("the value", [1, v]),
        }),
      );
    expect(runProperty(p(Number.NaN), { seed }).observed).toBe("ERROR");
    expect(runProperty(p(Number.POSITIVE_INFINITY), { seed }).observed).toBe("HOLDS");
  });

  it("an exception while labelling an input (classify) is ERROR, not a counterexample", () => {
    const p = holds(
      "t.classify-throws",
      part({
        description: "labels computed from a reference that throws for x > 2",
        arbitraries: () => [fc.integer({ min: 0, max: 5 })],
        predicate: () => true,
        classify: (x) => {
          if (x > 2) throw new NumericError("label from NaN");
          return "small";
        },
      }),
    );
    const r = runProperty(p, { seed });
    expect(r.observed).toBe("ERROR");
    expect(r.counterexample?.message ?? "").not.toMatch(/^Property failed/);
  });
});

describe("zero evidence is never a pass", () => {
  const trivial = part({
    description: "always true",
    arbitraries: () => [fc.integer()],
    predicate: () => true,
  });
  it("zero runs of a randomized part are INCONCLUSIVE", () => {
    expect(runProperty(holds("t.zero", trivial), { seed, numRuns: 0 }).observed).toBe("INCONCLUSIVE");
  });
  it("more rejected than accepted inputs is INCONCLUSIVE, at 2:1 already", () => {
    const p = holds(
      "t.rejects",
      part({
        description: "two thirds rejected",
        arbitraries: () => [fc.integer({ min: 0, max: 2 })],
        predicate: (_ctx, x) => {
          fc.pre(x === 0);
          return true;
        },
      }),
    );
    const r = runProperty(p, { seed });
    expect(r.observed).toBe("INCONCLUSIVE");
    expect(r.parts[0].warnings?.join(" ")).toMatch(/mostly rejected/);
  });
  it("a few rejections pass with a health-check warning", () => {
    const p = holds(
      "t.few-rejects",
      part({
        description: "one in ten rejected",
        arbitraries: () => [fc.integer({ min: 0, max: 9 })],
        predicate: (_ctx, x) => {
          fc.pre(x !== 0);
          return true;
        },
      }),
    );
    const r = runProperty(p, { seed });
    expect(r.observed).toBe("HOLDS");
    expect(r.parts[0].warnings?.[0]).toMatch(/health check/);
  });
});

describe("provenance and margins", () => {
  it("labels a deterministic part's counterexample fixed, which a REFUTED expectation refuses", () => {
    const p = holds(
      "t.fixed",
      once("1 ≤ 0", () => expectLe("one", 1, 0)),
    );
    const r = runProperty(p, { seed });
    expect(r.observed).toBe("REFUTED");
    expect(r.counterexample?.foundBy).toBe("fixed");
    const entry = { id: "t.fixed", expected: { verdict: "REFUTED" } } as unknown as RegisteredEntry;
    expect(compare(entry, { ...r, parts: r.parts }).match).toBe(false);
  });

  it("keepMargin is min(10, first margin)", () => {
    expect(keepMargin(1e6)).toBe(10);
    expect(keepMargin(3)).toBe(3);
    expect(keepMargin(undefined)).toBeUndefined();
  });

  it("shrinks to a counterexample that keeps its margin and reports the most decisive one", () => {
    // value − bound = x·1e-9 against a tolerance of 1e-9: every x ≥ 2 violates, x = 2 only by 2×.
    const p = holds(
      "t.margin",
      part({
        description: "x·1e-9 ≤ 1e-9",
        arbitraries: () => [fc.integer({ min: 0, max: 1_000_000 })],
        predicate: (_ctx, x) => expectLe("x·1e-9", x * 1e-9, 0, { abs: 1e-9 }),
      }),
    );
    const r = runProperty(p, { seed });
    expect(r.observed).toBe("REFUTED");
    const shrunk = JSON.parse(r.counterexample!.values)[0] as number;
    expect(r.counterexample!.margin).toBeGreaterThanOrEqual(10);
    expect(shrunk).toBeGreaterThanOrEqual(10);
    expect(r.decisive!.margin).toBeGreaterThan(r.counterexample!.margin!);
  });

  it("a violation that compares no number carries no margin", () => {
    expect(new PropertyViolation("structural").margin).toBeUndefined();
  });
});

describe("controls", () => {
  const rowSum = (scale: number) =>
    part({
      description: "a normalised row sums to 1",
      arbitraries: () => [fc.array(fc.double({ min: 0.1, max: 10, noNaN: true }), { minLength: 1, maxLength: 8 })],
      predicate: (_ctx, xs) => {
        const s = xs.reduce((a, b) => a + b, 0);
        const row = xs.map((x) => (x / s) * scale);
        expectLe("|Σ p − 1|", Math.abs(row.reduce((a, b) => a + b, 0) - 1), 0, { abs: 1e-12 });
      },
    });

  it("a HOLDS property's control on a broken reference moves it to REFUTED", () => {
    const p = holds("t.ctl", rowSum(1), control("rows scaled by 0.99", holds("t.ctl", rowSum(0.99))));
    expect(runProperty(p, { seed }).observed).toBe("HOLDS");
    const v = runControl(p, { seed });
    expect(v).toBe("REFUTED");
    expect(controlMoved("HOLDS", v)).toBe(true);
  });

  it("a control that reaches the same verdict, ERROR or INCONCLUSIVE has not moved", () => {
    expect(controlMoved("HOLDS", "HOLDS")).toBe(false);
    expect(controlMoved("HOLDS", "ERROR")).toBe(false);
    expect(controlMoved("REFUTED", "INCONCLUSIVE")).toBe(false);
    expect(controlMoved("VACUOUS", "REFUTED")).toBe(true);
  });

  it("a VACUOUS property's control may be a holds check of a meaningful reading", () => {
    const trivial = part({
      description: "x = x",
      arbitraries: () => [fc.integer()],
      predicate: (_ctx, x) => expectLe("x − x", x - x, 0),
    });
    const meaningful = part({
      description: "x ≤ 0 (a reading that fails)",
      arbitraries: () => [fc.integer({ min: 1, max: 5 })],
      predicate: (_ctx, x) => expectLe("x", x, 0),
    });
    const p = vacuous("t.vac", trivial, control("the meaningful reading x ≤ 0", holds("t.vac", meaningful)));
    expect(runProperty(p, { seed }).observed).toBe("VACUOUS");
    expect(runControl(p, { seed })).toBe("REFUTED");
  });

  it("refuses to run a control that is not declared, and an unnamed change", () => {
    expect(() => runControl(holds("t.none", rowSum(1)), { seed })).toThrow(/no control/);
    expect(() => control(" ", holds("t.x", rowSum(1)))).toThrow(RangeError);
  });
});

describe("recheck of a close counterexample", () => {
  // x·(1 + 1e-16·k) ≤ x fails in float64 by a few ulps for some inputs: under 10× its tolerance.
  const close = (recheck?: (x: number) => void) =>
    holds(
      "t.close",
      part({
        description: "a violation within a few units of its tolerance",
        arbitraries: () => [fc.integer({ min: 1, max: 100 })],
        predicate: (_ctx, k) => expectLe("k·1e-9", k * 1e-9 + 1.5e-9, 0, { abs: 1e-9 }),
        recheck: recheck ? (_ctx, k) => recheck(k as number) : undefined,
      }),
    );
  it("says when a counterexample under 10× its tolerance stands at high precision", () => {
    const r = runProperty(
      close((k) => expectLe("k·1e-9 (exact)", k * 1e-9 + 1.5e-9, 0, { abs: 1e-9 })),
      { seed },
    );
    expect(r.counterexample!.margin).toBeLessThan(10);
    expect(r.counterexample!.recheck).toBe("stands");
  });
  it("says when it does not (rounding), and when no high-precision road exists", () => {
    expect(
      runProperty(
        close(() => undefined),
        { seed },
      ).counterexample!.recheck,
    ).toBe("rounding");
    expect(runProperty(close(), { seed }).counterexample!.recheck).toBe("not rechecked");
  });
});
