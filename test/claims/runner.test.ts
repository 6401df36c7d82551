import fc from "fast-check";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { conditional, control, holds, illPosed, once, part, vacuous } from "../../src/claims/property.js";
import { ReplayDatabase } from "../../src/claims/replay-db.js";
import {
  DEFAULT_BUDGET_MS,
  DEFAULT_RUNS,
  makeRunContext,
  partPlan,
  replayPart,
  runControl,
  runPartOf,
  runProperty,
} from "../../src/claims/runner.js";
import { seedFor } from "../../src/random/prng.js";
import { expectClose, finite, PropertyViolation } from "../../src/claims/violation.js";

const seed = 12345;

// A database kept in memory: its path is a folder, which is not a regular file. Never /dev/null: a
// mutant of the database (npm run mutate, as root) would rename or replace the machine's device.
const scratch = mkdtempSync(join(tmpdir(), "runner-test-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const memoryDb = () => new ReplayDatabase(scratch);

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
    const db = memoryDb();
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
    const db = memoryDb();
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

// Rules pinned by mutation testing (npm run mutate): each test kills survivors of src/claims/runner.ts.
describe("runner rules, exactly", () => {
  const ints = (min: number, max: number) => () => [fc.integer({ min, max })];

  it("the worst error/bound ratio is the largest observed, and a NaN ratio says what it is", () => {
    const p = holds(
      "t.ratio",
      once("three ratios", (ctx) => {
        ctx.observeRatio(0.5);
        ctx.observeRatio(0.9);
        ctx.observeRatio(0.2);
      }),
    );
    const r = runProperty(p, { seed });
    expect(r.observed).toBe("HOLDS");
    expect(r.worstRatio).toBe(0.9);
    expect(() => makeRunContext().observeRatio(Number.NaN)).toThrow(
      "the observed error/bound ratio is NaN, expected a finite number",
    );
    const ctx = makeRunContext();
    expect([ctx.thorough, ctx.explore, ctx.seed]).toEqual([false, false, 0]);
  });

  it("a passing deterministic part is HOLDS within its budget, with no warning and a sane time", () => {
    const r = runProperty(
      holds(
        "t.fast",
        once("quick", () => true),
      ),
      { seed },
    );
    expect(r.observed).toBe("HOLDS");
    expect(r.parts[0].status).toBe("passed");
    expect(r.parts[0].warnings).toBeUndefined();
    expect(r.parts[0].labels).toBeUndefined();
    expect(r.parts[0].examplesFailed).toBeUndefined();
    expect(r.parts[0].timeMs).toBeLessThan(60_000);
    expect(r.timeMs).toBeLessThan(60_000);
    expect(r.counterexample).toBeUndefined();
  });

  it("a randomized part of one run that overruns its budget still passes (fast-check was not interrupted)", () => {
    const p = part({
      description: "one slow run",
      arbitraries: ints(0, 1),
      predicate: () => {
        const t = Date.now();
        while (Date.now() - t < 30) {
          /* busy */
        }
      },
      numRuns: 1,
      budgetMs: 5,
    });
    expect(partPlan("claim", p, { seed }).fixed).toBe(false);
    const r = runProperty(holds("t.slow-random", p), { seed });
    expect(r.parts[0].status).toBe("passed");
    expect(r.observed).toBe("HOLDS");
  });

  it("a deterministic part over its budget says by how much", () => {
    const r = runProperty(
      holds(
        "t.slow-once",
        once(
          "busy 30 ms",
          () => {
            const t = Date.now();
            while (Date.now() - t < 30) {
              /* busy */
            }
          },
          { budgetMs: 5 },
        ),
      ),
      { seed },
    );
    expect(r.parts[0].status).toBe("inconclusive");
    expect(r.parts[0].warnings).toHaveLength(1);
    expect(r.parts[0].warnings?.[0]).toMatch(/^the run took \d+ ms, over its budget of 5 ms$/);
  });

  it("a part is deterministic only when both its quick and thorough runs are 1", () => {
    const one = part({ description: "1 run", arbitraries: ints(0, 9), predicate: () => true, numRuns: 1 });
    expect(partPlan("claim", one, { seed, thorough: true })).toMatchObject({ fixed: false, runs: 10 });
    const thorough1 = part({ description: "t", arbitraries: ints(0, 9), predicate: () => true, thoroughRuns: 1 });
    expect(partPlan("claim", thorough1, { seed })).toMatchObject({ fixed: false, runs: DEFAULT_RUNS });
  });

  it("an Error named PropertyViolation (another realm's class) is a violation, not an error", () => {
    const p = holds(
      "t.foreign",
      part({
        description: "foreign violation",
        arbitraries: ints(0, 0),
        predicate: () => {
          const e = new Error("foreign");
          e.name = "PropertyViolation";
          throw e;
        },
        numRuns: 1,
      }),
    );
    const r = runProperty(p, { seed });
    expect(r.observed).toBe("REFUTED");
    expect(r.parts[0].error).toBeUndefined();
    expect(r.counterexample?.message).toBe("foreign");
    expect(r.counterexample?.margin).toBeUndefined();
  });

  it("ERROR: the shrunk error with its replayable counterexample; a non-Error thrown is printed as is", () => {
    const p = holds(
      "t.range",
      part({
        description: "throws from 5 on",
        arbitraries: ints(0, 100),
        predicate: (_ctx, x) => {
          if (x >= 5) throw new RangeError(`too big: ${x}`);
        },
      }),
    );
    const r = runProperty(p, { seed });
    expect(r.observed).toBe("ERROR");
    expect(r.parts[0].error).toBe("RangeError: too big: 5");
    const cex = r.counterexample!;
    expect(cex).toMatchObject({ part: "claim", values: "[5]", message: "RangeError: too big: 5", foundBy: "search" });
    expect(cex.path).not.toBe("");
    expect(cex.seed).toBe(seedFor(seed, "claim") | 0);
    expect(replayPart(p, "claim", cex.seed, cex.path)?.values).toBe("[5]");
    const fixed = runProperty(
      holds(
        "t.string",
        once("throws a string", () => {
          throw "plain string";
        }),
      ),
      { seed },
    );
    expect(fixed.observed).toBe("ERROR");
    expect(fixed.parts[0].error).toBe("plain string");
    expect(fixed.counterexample).toMatchObject({ values: "[null]", foundBy: "fixed", message: "plain string" });
  });

  it("ERROR whose shrink ended at a violation names the first error and its input", () => {
    // The first failing input throws; every later one (the shrinking) is a plain violation.
    let first: number | undefined;
    const p = holds(
      "t.err-then-violation",
      part({
        description: "first failure throws, later ones violate",
        arbitraries: ints(0, 1000),
        predicate: (_ctx, x) => {
          if (x < 3) return;
          if (first === undefined) {
            first = x;
            throw new RangeError(`first ${x}`);
          }
          throw new PropertyViolation("three or more");
        },
      }),
    );
    const r = runProperty(p, { seed });
    expect(r.observed).toBe("ERROR");
    expect(r.parts[0].error).toBe(`RangeError: first ${first} (at input [${first}])`);
    expect(r.counterexample).toBeUndefined();
  });

  it("REFUTED: message, margin, replay path, and the database entry of the shrunk failure", () => {
    const db = memoryDb();
    const p = holds(
      "t.refuted",
      part({
        description: "x < 50",
        arbitraries: ints(0, 1000),
        predicate: (_ctx, x) => {
          if (x >= 50) throw new PropertyViolation(`x = ${x}`, {}, x);
        },
      }),
    );
    const r = runProperty(p, { seed, database: db });
    const cex = r.counterexample!;
    expect(cex).toMatchObject({ part: "claim", foundBy: "search", recheck: undefined });
    expect(db.get("t.refuted", "claim")).toEqual([{ seed: cex.seed, path: cex.path }]);
    expect(cex.path).not.toBe("");
  });

  it("shrinking keeps a margin of min(10, first margin): it ends at margin 10, not at the edge", () => {
    const p = holds(
      "t.keep",
      part({
        description: "margin = x",
        arbitraries: ints(0, 100_000),
        predicate: (_ctx, x) => {
          if (x >= 2) throw new PropertyViolation(`x = ${x}`, {}, x);
        },
      }),
    );
    const r = runProperty(p, { seed });
    expect(r.counterexample?.values).toBe("[10]");
    expect(r.counterexample?.margin).toBe(10);
    expect(r.counterexample?.message).toBe("x = 10");
  });

  it("the decisive violation is the largest margin seen, the first of equals", () => {
    const margins: Array<{ values: string; margin: number }> = [];
    const p = holds(
      "t.decisive",
      part({
        description: "margin = x mod 7 + 2",
        arbitraries: ints(0, 1000),
        predicate: (_ctx, x) => {
          if (x >= 3) {
            const margin = (x % 7) + 2;
            margins.push({ values: fc.stringify([x]), margin });
            throw new PropertyViolation(`x = ${x}`, {}, margin);
          }
        },
      }),
    );
    const r = runProperty(p, { seed });
    const best = Math.max(...margins.map((m) => m.margin));
    const first = margins.find((m) => m.margin === best)!;
    expect(r.decisive).toEqual({ values: first.values, margin: best, message: `x = ${first.values.slice(1, -1)}` });
    const noMargin = runProperty(
      holds("t.nomargin", part({ description: "false", arbitraries: ints(0, 9), predicate: () => false })),
      { seed },
    );
    expect(noMargin.decisive).toBeUndefined();
    expect(noMargin.counterexample?.message).toBe("the predicate returned false");
  });

  it("says exactly why a part is inconclusive or warned", () => {
    const gaveUp = runProperty(
      holds(
        "t.gave-up",
        part({
          description: "rejects all",
          arbitraries: ints(0, 9),
          predicate: () => {
            fc.pre(false);
          },
        }),
      ),
      { seed },
    );
    expect(gaveUp.parts[0].status).toBe("inconclusive");
    expect(gaveUp.parts[0].warnings).toEqual(["fast-check gave up: too many rejected inputs"]);
    const none = runProperty(
      holds("t.none", part({ description: "t", arbitraries: ints(0, 9), predicate: () => true })),
      { seed, numRuns: 0 },
    );
    expect(none.parts[0].warnings).toEqual(["no input ran: zero runs are no evidence"]);
    // Every other input rejected: as many rejected as accepted still passes, with a warning.
    const alternate = (period: number) => {
      let calls = 0;
      return part({
        description: `rejects ${period - 1} of ${period}`,
        arbitraries: ints(0, 9),
        predicate: () => {
          calls++;
          fc.pre(calls % period === 0);
        },
        numRuns: 10,
      });
    };
    const half = runProperty(holds("t.half", alternate(2)), { seed });
    expect(half.parts[0]).toMatchObject({ status: "passed", runs: 10, skips: 10 });
    expect(half.parts[0].warnings).toEqual(["health check: 10 inputs rejected for 10 accepted"]);
    const most = runProperty(holds("t.most", alternate(3)), { seed });
    expect(most.parts[0]).toMatchObject({ status: "inconclusive", runs: 10, skips: 20 });
    expect(most.parts[0].warnings).toEqual(["inputs mostly rejected: 20 rejected for 10 accepted"]);
    const slow = runProperty(
      holds(
        "t.budget",
        part({
          description: "20 ms a run",
          arbitraries: ints(0, 9),
          predicate: () => {
            const t = Date.now();
            while (Date.now() - t < 20) {
              /* busy */
            }
          },
          budgetMs: 50,
        }),
      ),
      { seed },
    );
    expect(slow.parts[0].warnings?.[0]).toMatch(/^budget of 50 ms ran out after \d+ of 100 runs$/);
  });

  it("a failure only the database remembers decides the part, as failed or as error", () => {
    const db = memoryDb();
    let mode: "violate" | "throw" = "violate";
    const p = holds(
      "t.remember",
      part({
        description: "only 999 fails",
        arbitraries: ints(0, 999),
        predicate: (_ctx, x) => {
          if (x !== 999) return;
          if (mode === "throw") throw new RangeError("999 breaks");
          throw new PropertyViolation("999 is false", {}, 3);
        },
      }),
    );
    db.add("t.remember", "claim", { seed: 1, path: "0" });
    // Find a (seed, path) that generates 999: search a seed whose first input is 999 is unlikely,
    // so record one by replaying the constant input through a dedicated search.
    const saved = { seed: 0, path: "" };
    for (let s = 1; s < 5000 && saved.path === ""; s++) {
      const d = fc.check(
        fc.property(fc.integer({ min: 0, max: 999 }), (x) => x !== 999),
        { seed: s, numRuns: 1 },
      );
      if (d.failed) Object.assign(saved, { seed: s, path: "0" });
    }
    expect(saved.path).toBe("0");
    const fresh = memoryDb();
    fresh.add("t.remember", "claim", saved);
    const r = runProperty(p, { seed, database: fresh, numRuns: 1 });
    expect(r.observed).toBe("REFUTED");
    expect(r.counterexample).toMatchObject({
      part: "claim",
      values: "[999]",
      message: "PropertyViolation: 999 is false",
      seed: saved.seed,
      path: "0",
      foundBy: "database",
      shrinks: 0,
      margin: 3,
    });
    expect(r.parts[0].error).toBeUndefined();
    mode = "throw";
    const e = runProperty(p, { seed, database: fresh, numRuns: 1 });
    expect(e.observed).toBe("ERROR");
    expect(e.parts[0].error).toBe("RangeError: 999 breaks");
    expect(e.counterexample).toMatchObject({ foundBy: "database", values: "[999]", margin: undefined });
    expect(db.get("t.remember", "claim")).toHaveLength(1);
  });

  it("regression examples: a passing one changes nothing, an empty list is no example, a throwing one is ERROR", () => {
    const mk = (examples: number[][]) =>
      holds(
        "t.examples",
        part({
          description: "x ≤ 10, throws at 99",
          arbitraries: ints(0, 10),
          predicate: (_ctx, x) => {
            if (x === 99) throw new RangeError("ninety-nine");
            return x <= 10;
          },
          examples,
        }),
      );
    const ok = runProperty(mk([[3]]), { seed });
    expect(ok.observed).toBe("HOLDS");
    expect(ok.parts[0].examplesFailed).toBe(false);
    expect(runProperty(mk([]), { seed }).parts[0].examplesFailed).toBeUndefined();
    const bad = runProperty(mk([[3], [99], [11]]), { seed });
    expect(bad.observed).toBe("ERROR");
    expect(bad.parts[0].error).toBe("RangeError: ninety-nine (at regression example [99])");
    const ex = runProperty(mk([[11]]), { seed });
    expect(ex.counterexample).toEqual({
      part: "claim",
      values: "[11]",
      message: "PropertyViolation: the predicate returned false",
      seed: partPlan("claim", part({ description: "", arbitraries: ints(0, 1), predicate: () => true }), { seed }).seed,
      path: "",
      foundBy: "example",
      shrinks: 0,
      margin: undefined,
    });
    // A search failure is not replaced by an example's.
    const both = runProperty(
      holds(
        "t.both",
        part({ description: "x < 5", arbitraries: ints(0, 100), predicate: (_ctx, x) => x < 5, examples: [[3]] }),
      ),
      { seed },
    );
    expect(both.counterexample?.foundBy).toBe("search");
    expect(both.parts[0].examplesFailed).toBe(false);
  });

  it("regression examples the predicate rejects (fc.pre) are neither evidence nor ERROR, and are named in a warning", () => {
    const p = holds(
      "t.rejected-example",
      part({
        description: "x ≤ 10 on x ≠ 7",
        arbitraries: ints(0, 10),
        predicate: (_ctx, x) => {
          fc.pre(x !== 7 && x !== 50);
          return x <= 10;
        },
        examples: [[7], [50], [3]],
      }),
    );
    const r = runProperty(p, { seed });
    expect(r.observed).toBe("HOLDS");
    expect(r.parts[0].examplesFailed).toBe(false);
    expect(r.parts[0].warnings).toContain(
      "2 of 3 regression examples rejected by the predicate (outside the statement)",
    );
  });

  it("replayPart replays without shrinking, returns undefined when the input now passes, and names the parts", () => {
    let firstFailure: number | undefined;
    let limit = 100;
    const p = holds(
      "t.replay",
      part({
        description: "x < limit",
        arbitraries: ints(0, 1_000_000),
        predicate: (_ctx, x) => {
          if (x >= limit) firstFailure ??= x;
          return x < limit;
        },
      }),
    );
    const r = runProperty(p, { seed });
    const cex = r.counterexample!;
    const unshrunk = replayPart(p, "claim", cex.seed, cex.path.split(":")[0]);
    expect(unshrunk?.values).toBe(`[${firstFailure}]`);
    expect((unshrunk?.error as Error | undefined)?.message).toBe("the predicate returned false");
    limit = 2_000_000;
    expect(replayPart(p, "claim", cex.seed, cex.path)).toBeUndefined();
    expect(() => replayPart(p, "inside", cex.seed, cex.path)).toThrow(
      'property t.replay has no part "inside" (its parts: claim)',
    );
    const seenThorough: boolean[] = [];
    const t = holds(
      "t.th",
      part({
        description: "records",
        arbitraries: ints(0, 9),
        predicate: (ctx) => {
          seenThorough.push(ctx.thorough, ctx.explore);
          return false;
        },
      }),
    );
    const c = runProperty(t, { seed, numRuns: 1 }).counterexample!;
    seenThorough.length = 0;
    replayPart(t, "claim", c.seed, c.path, { thorough: true });
    expect(seenThorough).toEqual([true, false]);
    seenThorough.length = 0;
    replayPart(t, "claim", c.seed, c.path);
    expect(seenThorough).toEqual([false, false]);
  });

  it("runPartOf runs one part as the runner would, with its options; an unknown role is refused", () => {
    const seen: boolean[] = [];
    const inside = part({
      description: "records the context",
      arbitraries: ints(0, 9),
      predicate: (ctx) => {
        seen.push(ctx.thorough, ctx.explore);
      },
      numRuns: 3,
    });
    const boundary = part({ description: "x < 5", arbitraries: ints(0, 9), predicate: (_ctx, x) => x < 5 });
    const prop = conditional("t.runpartof", { inside, boundary });
    const rep = runPartOf(prop, "inside", { seed, numRuns: 2, thorough: true, explore: true });
    expect(rep).toMatchObject({ role: "inside", status: "passed", runs: 2, seed: seedFor(seed, "inside") | 0 });
    expect(seen.slice(0, 2)).toEqual([true, true]);
    seen.length = 0;
    runPartOf(prop, "inside", { seed });
    expect(seen.slice(0, 2)).toEqual([false, false]);
    seen.length = 0;
    runProperty(prop, { seed, thorough: true, explore: true, numRuns: 1 });
    expect(seen.slice(0, 2)).toEqual([true, true]);
    const db = memoryDb();
    runPartOf(prop, "boundary", { seed, database: db, claimId: "the.claim" });
    expect(db.get("the.claim", "boundary")).toHaveLength(1);
    runPartOf(prop, "boundary", { seed, database: db });
    expect(db.get("t.runpartof", "boundary")).toHaveLength(1);
    expect(() => runPartOf(prop, "claim", { seed })).toThrow('property t.runpartof has no part "claim"');
  });

  it("the deciding counterexample is the failed part's, and a part that cannot build its inputs is ERROR", () => {
    const inside = part({ description: "true", arbitraries: ints(0, 9), predicate: () => true });
    const boundary = part({ description: "x < 5", arbitraries: ints(0, 9), predicate: (_ctx, x) => x < 5 });
    const r = runProperty(conditional("t.deciding", { inside, boundary }), { seed });
    expect(r.observed).toBe("HOLDS_UNDER_CONDITIONS");
    expect(r.counterexample?.part).toBe("boundary");
    expect(r.runs).toBe(r.parts[0].runs + r.parts[1].runs);
    const broken = runProperty(
      holds("t.noarb", { description: "no inputs", arbitraries: () => [], predicate: () => true }),
      { seed },
    );
    expect(broken.observed).toBe("ERROR");
    expect(broken.parts[0]).toEqual({
      role: "claim",
      description: "no inputs",
      status: "error",
      runs: 0,
      skips: 0,
      seed: seedFor(seed, "claim") | 0,
      timeMs: 0,
      error: "Error: part claim of t.noarb has no arbitraries",
    });
    const throwing = runProperty(
      holds("t.arbthrows", {
        description: "builder throws",
        arbitraries: () => {
          throw new TypeError("no builder");
        },
        predicate: () => true,
      }),
      { seed, claimId: "other.id" },
    );
    expect(throwing.parts[0].error).toBe("TypeError: no builder");
  });

  it("a control runs under the claim's seed and ignores the database", () => {
    const seen: number[] = [];
    const variant = part({
      description: "records its seed",
      arbitraries: ints(0, 9),
      predicate: (ctx) => {
        seen.push(ctx.seed);
      },
      numRuns: 2,
    });
    const real = part({ description: "x < 5", arbitraries: ints(0, 9), predicate: (_ctx, x) => x < 5 });
    const prop = holds("t.ctl", real, control("always true", holds("t.ctl", variant)));
    const db = memoryDb();
    expect(runProperty(prop, { seed, database: db }).observed).toBe("REFUTED");
    expect(runControl(prop, { seed, database: db })).toBe("HOLDS");
    expect(seen[0]).toBe(seedFor(seed, "claim") | 0);
  });

  it("a replayed failure is not shrunk further; a search failure wins over the database's", () => {
    const p = holds(
      "t.replay-noshrink",
      part({
        description: "x < 500",
        arbitraries: ints(0, 2000),
        predicate: (_ctx, x) => {
          if (x >= 500) throw new PropertyViolation(`x = ${x}`, {}, 20);
        },
      }),
    );
    // fast-check seed 1, path "0" generates 1141; a claim seed whose single search input passes:
    const one = fc.check(
      fc.property(fc.integer({ min: 0, max: 2000 }), (x) => x < 500),
      { seed: 1, path: "0", numRuns: 1, endOnFailure: true },
    );
    expect(one.counterexample).toEqual([1141]);
    let quiet = 1;
    while (
      fc.check(
        fc.property(fc.integer({ min: 0, max: 2000 }), (x) => x < 500),
        {
          seed: seedFor(quiet, "claim") | 0,
          numRuns: 1,
        },
      ).failed
    )
      quiet++;
    const db = memoryDb();
    db.add("t.replay-noshrink", "claim", { seed: 1, path: "0" });
    const r = runProperty(p, { seed: quiet, database: db, numRuns: 1 });
    expect(r.counterexample).toMatchObject({ values: "[1141]", foundBy: "database", path: "0" });
    // With a search that fails on its own, the search's (shrunk) counterexample is reported.
    const s2 = runProperty(p, { seed, database: db });
    expect(s2.counterexample).toMatchObject({ values: "[500]", foundBy: "search" });
  });

  it("shrinking keeps the first margin, not a larger one met on the way", () => {
    // First failure: margin 2 (kept: 2). Then x ≥ 500 has margin 9 and 1 ≤ x < 500 margin 3: a keep
    // that rose to 9 on the way would stop the shrink at 500; the rule keeps 2, so it ends at 1.
    let first: number | undefined;
    const p = holds(
      "t.keep-first",
      part({
        description: "margins 2, then 9 above 500, 3 below",
        arbitraries: ints(0, 2000),
        predicate: (_ctx, x) => {
          if (x < 1) return;
          if (first === undefined) {
            first = x;
            throw new PropertyViolation("first", {}, 2);
          }
          throw new PropertyViolation(`x = ${x}`, {}, x >= 500 ? 9 : 3);
        },
      }),
    );
    let s = 1;
    let r = runProperty(p, { seed: s });
    while ((first ?? 0) < 1000) {
      first = undefined;
      r = runProperty(p, { seed: ++s });
    }
    expect(r.counterexample?.values).toBe("[1]");
    expect(r.counterexample?.margin).toBe(3);
    expect(r.counterexample?.recheck).toBe("not rechecked");
  });

  it("the decisive violation is the first of equal margins; no recheck at margin 10 or without a margin", () => {
    const seen: string[] = [];
    const p = holds(
      "t.ties",
      part({
        description: "margin 5 everywhere from 3 on",
        arbitraries: ints(0, 100_000),
        predicate: (_ctx, x) => {
          if (x >= 3) {
            seen.push(fc.stringify([x]));
            throw new PropertyViolation(`x = ${x}`, {}, 5);
          }
        },
      }),
    );
    const r = runProperty(p, { seed });
    expect(seen.length).toBeGreaterThan(2);
    expect(r.decisive?.values).toBe(seen[0]);
    expect(r.counterexample?.values).toBe("[3]");
    expect(r.counterexample?.recheck).toBe("not rechecked");
    const at10 = runProperty(
      holds(
        "t.at10",
        part({
          description: "margin 10",
          arbitraries: ints(0, 9),
          predicate: () => {
            throw new PropertyViolation("ten", {}, 10);
          },
          recheck: () => {
            throw new PropertyViolation("still");
          },
        }),
      ),
      { seed },
    );
    expect(at10.counterexample?.recheck).toBeUndefined();
    const bare = runProperty(
      holds(
        "t.bare",
        part({ description: "false", arbitraries: ints(0, 9), predicate: () => false, recheck: () => undefined }),
      ),
      { seed },
    );
    expect(bare.counterexample?.recheck).toBeUndefined();
  });

  it("a recheck that throws a non-violation is an ERROR, not 'stands'", () => {
    const r = runProperty(
      holds(
        "t.recheck-throws",
        part({
          description: "close call",
          arbitraries: ints(0, 9),
          predicate: () => {
            throw new PropertyViolation("close", {}, 1.5);
          },
          recheck: () => {
            throw new RangeError("");
          },
        }),
      ),
      { seed },
    );
    expect(r.observed).toBe("ERROR");
    expect(r.parts[0].error).toBe("RangeError: ");
  });

  it("a failing deterministic part over its budget stays failed; errors and failures of the search outrank the examples'", () => {
    const slowFalse = runProperty(
      holds(
        "t.slow-false",
        once(
          "busy, then false",
          () => {
            const t = Date.now();
            while (Date.now() - t < 30) {
              /* busy */
            }
            return false;
          },
          { budgetMs: 5 },
        ),
      ),
      { seed },
    );
    expect(slowFalse.parts[0].status).toBe("failed");
    const mk = (examples: number[][]) =>
      holds(
        "t.rank",
        part({
          description: "throws from 5 on; 99 throws differently; 50 violates",
          arbitraries: ints(0, 10),
          predicate: (_ctx, x) => {
            if (x === 99) throw new TypeError("example");
            if (x === 50) return false;
            if (x >= 5) throw new RangeError(`search ${x}`);
          },
          examples,
        }),
      );
    const err = runProperty(mk([[99]]), { seed });
    expect(err.parts[0].error).toBe("RangeError: search 5");
    const fails = holds(
      "t.rank2",
      part({
        description: "x < 5; 50 is an example",
        arbitraries: ints(0, 10),
        predicate: (_ctx, x) => x < 5,
        examples: [[50]],
      }),
    );
    const f = runProperty(fails, { seed });
    expect(f.counterexample).toMatchObject({ values: "[5]", foundBy: "search" });
    expect(f.parts[0].examplesFailed).toBe(true);
  });

  it("runProperty's context is quick and not exploring unless asked; replayPart names every part", () => {
    const seen: boolean[] = [];
    const inside = part({
      description: "records",
      arbitraries: ints(0, 9),
      predicate: (ctx) => {
        seen.push(ctx.thorough, ctx.explore);
      },
      numRuns: 1,
    });
    const prop = conditional("t.ctx", { inside, boundary: inside });
    runProperty(prop, { seed });
    expect(seen.slice(0, 2)).toEqual([false, false]);
    expect(() => replayPart(prop, "claim", 1, "0")).toThrow(
      'property t.ctx has no part "claim" (its parts: inside, boundary)',
    );
  });
});
