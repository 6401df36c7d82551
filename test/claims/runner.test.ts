import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { conditional, holds, illPosed, once, part, vacuous } from "../../src/claims/property.js";
import { ReplayDatabase } from "../../src/claims/replay-db.js";
import {
  DEFAULT_BUDGET_MS,
  DEFAULT_RUNS,
  makeRunContext,
  partPlan,
  replayPart,
  runProperty,
} from "../../src/claims/runner.js";
import { seedFor } from "../../src/random/prng.js";
import { expectClose, finite, PropertyViolation } from "../../src/claims/violation.js";

const seed = 12345;

describe("runProperty", () => {
  it("passes a true statement and records evidence", () => {
    const p = holds(
      "t.true",
      part({
        description: "x² ≥ 0",
        arbitraries: () => [fc.double({ noNaN: true, min: -1e6, max: 1e6 })],
        predicate: (ctx, x) => {
          ctx.observeRatio(Math.abs(x) / 1e6);
          ctx.record("last", 1);
          return x * x >= 0;
        },
      }),
    );
    const r = runProperty(p, { seed });
    expect(r.observed).toBe("HOLDS");
    expect(r.runs).toBe(100);
    expect(r.worstRatio).toBeGreaterThan(0);
    expect(r.worstRatio).toBeLessThanOrEqual(1);
    expect(r.evidence.last).toBe(1);
    expect(p.location.file).toMatch(/runner\.test\.ts$/);
  });

  it("finds and shrinks a counterexample, with a replayable seed and path", () => {
    const p = holds(
      "t.false",
      part({
        description: "every integer is below 1000",
        arbitraries: () => [fc.integer()],
        predicate: (_ctx, x) => x < 1000,
      }),
    );
    const r = runProperty(p, { seed });
    expect(r.observed).toBe("REFUTED");
    expect(r.counterexample?.values).toBe("[1000]");
    expect(r.counterexample?.foundBy).toBe("search");
    const again = replayPart(p, "claim", r.counterexample!.seed, r.counterexample!.path);
    expect(again?.values).toBe("[1000]");
    // The first index of the path is the generated run that failed, before shrinking.
    const unshrunk = replayPart(p, "claim", r.counterexample!.seed, r.counterexample!.path.split(":")[0]);
    expect(Number(JSON.parse(unshrunk!.values)[0])).toBeGreaterThanOrEqual(1000);
  });

  it("reports a thrown non-violation as ERROR, not as a counterexample", () => {
    const p = holds(
      "t.nan",
      part({
        description: "a reference that returns NaN",
        arbitraries: () => [fc.integer({ min: 0, max: 10 })],
        predicate: (_ctx, x) => {
          finite(x > 5 ? Number.NaN : x, "value");
        },
      }),
    );
    const r = runProperty(p, { seed });
    expect(r.observed).toBe("ERROR");
    expect(r.parts[0].error).toMatch(/NumericError: value is NaN/);
    expect(r.counterexample?.values).toBe("[6]");
  });

  it("prints input, value, expected value and tolerance for a tolerance failure", () => {
    const p = holds(
      "t.tol",
      part({
        description: "x/3·3 equals x exactly",
        arbitraries: () => [fc.constant(0.1)],
        predicate: (_ctx, x) => expectClose("x/3*3", x * 3 + 1e-9, x * 3, { abs: 1e-12 }, { x }),
        numRuns: 1,
      }),
    );
    const r = runProperty(p, { seed });
    expect(r.observed).toBe("REFUTED");
    expect(r.counterexample?.message).toMatch(/got .* expected .* tolerance 1e-12/);
  });

  it("derives HOLDS_UNDER_CONDITIONS only when the boundary fails", () => {
    const inside = part({
      description: "√(x²) = x for x ≥ 0",
      arbitraries: () => [fc.double({ min: 0, max: 100, noNaN: true })],
      predicate: (_ctx, x) => Math.abs(Math.sqrt(x * x) - x) <= 1e-12 * Math.max(1, x),
    });
    const boundary = part({
      description: "√(x²) = x just below 0",
      arbitraries: () => [fc.double({ min: -1, max: -1e-3, noNaN: true })],
      predicate: (_ctx, x) => Math.sqrt(x * x) === x,
    });
    expect(runProperty(conditional("t.c", { inside, boundary }), { seed }).observed).toBe("HOLDS_UNDER_CONDITIONS");
    expect(runProperty(conditional("t.c2", { inside, boundary: inside }), { seed }).observed).toBe("HOLDS");
  });

  it("derives VACUOUS and ILL_POSED from their witnesses", () => {
    const trivial = part({
      description: "∃ f, y = f(x): take f = const y",
      arbitraries: () => [fc.double({ noNaN: true }), fc.double({ noNaN: true })],
      predicate: (_ctx, _x, y) => {
        const f = () => y;
        return Object.is(f(), y);
      },
    });
    expect(runProperty(vacuous("t.v", trivial), { seed }).observed).toBe("VACUOUS");
    const agree = part({
      description: "x/y·z = x/(y·z)",
      arbitraries: () => [
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 2, max: 9 }),
        fc.integer({ min: 2, max: 9 }),
      ],
      predicate: (_ctx, x, y, z) => (x / y) * z === x / (y * z),
    });
    expect(runProperty(illPosed("t.i", agree), { seed }).observed).toBe("ILL_POSED");
  });

  it("turns a spent budget into INCONCLUSIVE, never a pass", () => {
    const slow = part({
      description: "slow but true",
      arbitraries: () => [fc.integer()],
      predicate: () => {
        const t = Date.now();
        while (Date.now() - t < 20) {
          /* busy */
        }
        return true;
      },
      budgetMs: 50,
    });
    const r = runProperty(holds("t.slow", slow), { seed });
    expect(r.observed).toBe("INCONCLUSIVE");
    expect(r.parts[0].interrupted).toBe(true);
    const slowOnce = once(
      "a deterministic computation over its budget",
      () => {
        const t = Date.now();
        while (Date.now() - t < 30) {
          /* busy */
        }
      },
      { budgetMs: 5 },
    );
    expect(runProperty(holds("t.slow1", slowOnce), { seed }).observed).toBe("INCONCLUSIVE");
  });

  it("treats inputs that are mostly rejected as INCONCLUSIVE", () => {
    const picky = part({
      description: "only multiples of 1000 are checked",
      arbitraries: () => [fc.integer()],
      predicate: (_ctx, x) => {
        fc.pre(x % 1000 === 0);
        return true;
      },
    });
    const r = runProperty(holds("t.picky", picky), { seed });
    expect(r.observed).toBe("INCONCLUSIVE");
  });

  it("says when only a regression example found the counterexample", () => {
    const p = holds(
      "t.ex",
      part({
        description: "no integer equals 123456789",
        arbitraries: () => [fc.integer({ min: 0, max: 10 })],
        predicate: (_ctx, x) => x !== 123456789,
        examples: [[123456789]],
      }),
    );
    const r = runProperty(p, { seed });
    expect(r.observed).toBe("REFUTED");
    expect(r.counterexample?.foundBy).toBe("example");
    expect(r.parts[0].examplesFailed).toBe(true);
  });

  it("replays saved failures first and forgets them once they pass", () => {
    const db = new ReplayDatabase("/dev/null");
    let limit = 1000;
    const p = holds(
      "t.db",
      part({
        description: "x < limit",
        arbitraries: () => [fc.integer({ min: 0, max: 2000 })],
        predicate: (_ctx, x) => x < limit,
      }),
    );
    const first = runProperty(p, { seed, database: db });
    expect(first.observed).toBe("REFUTED");
    expect(db.get("t.db", "claim")).toHaveLength(1);
    limit = 5000;
    expect(runProperty(p, { seed, database: db }).observed).toBe("HOLDS");
    expect(db.get("t.db", "claim")).toHaveLength(0);
  });

  it("drops a saved failure whose path no longer replays (the property changed)", () => {
    const db = new ReplayDatabase("/dev/null");
    db.add("t.stale", "claim", { seed: 1, path: "99:99:99:99" });
    const p = holds("t.stale", part({ description: "true", arbitraries: () => [fc.boolean()], predicate: () => true }));
    expect(runProperty(p, { seed, database: db }).observed).toBe("HOLDS");
    expect(db.get("t.stale", "claim")).toHaveLength(0);
  });

  it("gives deterministic parts the part seed, which follows the run seed", () => {
    const seen: number[] = [];
    const p = holds(
      "t.seed",
      once("records its seed", (ctx) => void seen.push(ctx.seed)),
    );
    runProperty(p, { seed: 1 });
    runProperty(p, { seed: 1 });
    runProperty(p, { seed: 2 });
    expect(seen[0]).toBe(seen[1]);
    expect(seen[2]).not.toBe(seen[0]);
  });

  it("counts generation labels for the report", () => {
    const p = holds(
      "t.labels",
      part({
        description: "labels",
        arbitraries: () => [fc.integer({ min: 0, max: 9 })],
        predicate: () => true,
        classify: (x) => (x < 5 ? "small" : "large"),
      }),
    );
    const labels = runProperty(p, { seed }).parts[0].labels ?? {};
    expect((labels.small ?? 0) + (labels.large ?? 0)).toBe(100);
    expect(labels.small).toBeGreaterThan(0);
  });

  it("accepts violations thrown directly", () => {
    const p = holds(
      "t.throw",
      part({
        description: "throws",
        arbitraries: () => [fc.constant(1)],
        predicate: () => {
          throw new PropertyViolation("no", { a: 1 });
        },
        numRuns: 1,
      }),
    );
    expect(runProperty(p, { seed }).observed).toBe("REFUTED");
  });
});

describe("partPlan: one rule for a part's seed, runs and budget", () => {
  const random = part({
    description: "r",
    arbitraries: () => [fc.integer()],
    predicate: () => true,
    numRuns: 40,
    budgetMs: 300,
  });
  const fixed = once("f", () => true, { budgetMs: 200 });
  it("quick: the part's runs and budget, the seed derived from the claim's seed and the role", () => {
    expect(partPlan("claim", random, { seed: 7 })).toEqual({
      seed: seedFor(7, "claim") | 0,
      fixed: false,
      runs: 40,
      budgetMs: 300,
    });
    expect(partPlan("inside", random, { seed: 7 }).seed).not.toBe(partPlan("claim", random, { seed: 7 }).seed);
  });
  it("thorough: ten times the runs (unless the part says) and ten times the budget; a deterministic part still runs once", () => {
    expect(partPlan("claim", random, { seed: 7, thorough: true })).toMatchObject({ runs: 400, budgetMs: 3000 });
    expect(partPlan("claim", fixed, { seed: 7, thorough: true })).toMatchObject({
      fixed: true,
      runs: 1,
      budgetMs: 2000,
    });
  });
  it("overrides: numRuns for randomized parts only, budgetScale for every part; defaults when the part is silent", () => {
    expect(partPlan("claim", random, { seed: 7, numRuns: 5, budgetScale: 0.5 })).toMatchObject({
      runs: 5,
      budgetMs: 150,
    });
    expect(partPlan("claim", fixed, { seed: 7, numRuns: 5 })).toMatchObject({ runs: 1 });
    const bare = part({ description: "b", arbitraries: () => [fc.integer()], predicate: () => true });
    expect(partPlan("claim", bare, { seed: 7 })).toMatchObject({ runs: DEFAULT_RUNS, budgetMs: DEFAULT_BUDGET_MS });
  });
});

describe("RunContext.seed", () => {
  it("a part sees its plan's seed in a run, in a replay, and from makeRunContext", () => {
    const seen: number[] = [];
    const claim = part({
      description: "records ctx.seed",
      arbitraries: () => [fc.integer()],
      predicate: (ctx) => {
        seen.push(ctx.seed);
        return seen.length < 3;
      },
      numRuns: 10,
    });
    const prop = holds("t.seed", claim);
    const r = runProperty(prop, { seed: 11 });
    const planSeed = partPlan("claim", claim, { seed: 11 }).seed;
    expect(seen[0]).toBe(planSeed);
    const cex = r.parts[0].counterexample!;
    seen.length = 0;
    replayPart(prop, "claim", cex.seed, cex.path);
    expect(seen[0]).toBe(cex.seed);
    expect(makeRunContext(false, false, 42).seed).toBe(42);
  });
});
