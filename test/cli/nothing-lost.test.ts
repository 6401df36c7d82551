import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { writeFileAtomic } from "../../src/claims/atomic-write.js";
import { ReplayDatabase } from "../../src/claims/replay-db.js";
import type { ClaimReport, Report } from "../../src/claims/report-types.js";
import { UsageError } from "../../src/cli/errors.js";
import { main } from "../../src/cli/main.js";
import { mergeReports } from "../../src/cli/merge.js";

const tmp = () => mkdtempSync(join(tmpdir(), "spinspec-lost-"));

describe("atomic writes", () => {
  it("replace the file whole and leave no temporary file", () => {
    const d = tmp();
    const f = join(d, "sub", "r.json");
    writeFileAtomic(f, "one");
    writeFileAtomic(f, "two");
    expect(readFileSync(f, "utf8")).toBe("two");
    expect(readdirSync(join(d, "sub"))).toEqual(["r.json"]);
  });

  it("a failed write keeps what was there and removes its temporary file", () => {
    const d = tmp();
    const target = join(d, "target");
    mkdirSync(target);
    writeFileSync(join(target, "precious"), "keep");
    // A non-empty folder where the file should go: the temporary file is written, the rename fails.
    expect(() => writeFileAtomic(target, "x")).toThrow();
    expect(readdirSync(d)).toEqual(["target"]);
    expect(readFileSync(join(target, "precious"), "utf8")).toBe("keep");
  });
});

describe("the replay database", () => {
  it("a truncated database is kept aside with a one-line warning, never overwritten", () => {
    const d = tmp();
    const f = join(d, "replay.json");
    const saved = Object.fromEntries(Array.from({ length: 78 }, (_, k) => [`c.${k}#claim`, [{ seed: k, path: "0" }]]));
    const text = JSON.stringify(saved, null, 2);
    writeFileSync(f, text.slice(0, text.length / 2)); // truncated mid-way
    const warnings: string[] = [];
    const db = new ReplayDatabase(f, (w) => warnings.push(w));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/not a replay database \(not JSON.*kept it as .*replay\.json\.corrupt-/);
    const aside = readdirSync(d).find((x) => x.startsWith("replay.json.corrupt-"));
    expect(aside).toBeDefined();
    expect(readFileSync(join(d, aside as string), "utf8")).toBe(text.slice(0, text.length / 2));
    db.add("new.claim", "claim", { seed: 1, path: "0" });
    db.save();
    expect(JSON.parse(readFileSync(f, "utf8"))).toEqual({ "new.claim#claim": [{ seed: 1, path: "0" }] });
  });

  it("a database of the wrong shape is kept aside too; a good one is read", () => {
    const d = tmp();
    const f = join(d, "replay.json");
    writeFileSync(f, JSON.stringify({ "a#claim": [{ seed: "x" }] }));
    const warnings: string[] = [];
    expect(new ReplayDatabase(f, (w) => warnings.push(w)).entries()).toEqual({});
    expect(warnings[0]).toMatch(/without an integer seed/);
    writeFileSync(f, JSON.stringify({ "a#claim": [{ seed: 3, path: "1:2" }] }));
    expect(new ReplayDatabase(f, () => expect.fail("no warning")).get("a", "claim")).toEqual([
      { seed: 3, path: "1:2" },
    ]);
  });

  it("a path that is not a regular file (/dev/null) is neither read nor written", () => {
    const db = new ReplayDatabase("/dev/null", () => expect.fail("no warning"));
    db.add("a", "claim", { seed: 1, path: "0" });
    db.save();
    expect(existsSync("/dev/null")).toBe(true);
  });
});

const claim = (id: string): ClaimReport =>
  ({
    id,
    family: "a",
    source: { document: "000_3014c98cc1702315.txt", section: "§1" },
    expected: "HOLDS",
    observed: "HOLDS",
    match: true,
    runs: 1,
    seed: 1,
    timeMs: 1,
    evidence: {},
    parts: [],
  }) as unknown as ClaimReport;
const report = (ids: string[], over: Partial<Report["options"]> = {}, seed = 1): Report =>
  ({
    tool: "spinspec",
    version: "0",
    generatedAt: "t",
    seed,
    options: { thorough: false, explore: false, ...over },
    claims: ids.map(claim),
    totals: {},
    timeMs: 1,
  }) as unknown as Report;

describe("merge", () => {
  it("refuses reports of different runs unless forced, and names the difference", () => {
    expect(() => mergeReports([report(["a.x"], { runs: 10 }), report(["a.y"], { runs: 20 })])).toThrow(
      /different runs \(runs 10 vs 20\).*--force/,
    );
    expect(() => mergeReports([report(["a.x"]), report(["a.y"], { thorough: true })])).toThrow(/thorough/);
    expect(() => mergeReports([report(["a.x"], {}, 1), report(["a.y"], {}, 2)])).toThrow(/different seeds/);
    expect(
      mergeReports([report(["a.x"], { runs: 10 }), report(["a.y"], { runs: 20 })], { force: true }).claims,
    ).toHaveLength(2);
  });

  it("explore shards may differ in seed (each draws its own)", () => {
    const m = mergeReports([
      report(["a.x"], { explore: true, shard: "1/2" }, 5),
      report(["a.y"], { explore: true, shard: "2/2" }, 6),
    ]);
    expect(m.claims.map((c) => c.id)).toEqual(["a.x", "a.y"]);
  });

  it("refuses an empty input and an incomplete set of shards", () => {
    expect(() => mergeReports([report(["a.x"]), report([])], { names: ["one.json", "empty.json"] })).toThrow(
      /empty\.json holds no claims/,
    );
    expect(() => mergeReports([report(["a.x"], { shard: "1/3" }), report(["a.y"], { shard: "3/3" })])).toThrow(
      /shard 2\/3 missing/,
    );
    expect(() => mergeReports([])).toThrow(UsageError);
  });

  it("writes reports/latest.json only when asked, and says what each input held", async () => {
    const d = tmp();
    writeFileSync(join(d, "s1.json"), JSON.stringify(report(["a.x"], { shard: "1/2" })));
    writeFileSync(join(d, "s2.json"), JSON.stringify(report(["a.y", "a.z"], { shard: "2/2" })));
    let out = "";
    const o = vi.spyOn(process.stdout, "write").mockImplementation((s) => {
      out += String(s);
      return true;
    });
    const latest = join(import.meta.dirname, "..", "..", "reports", "latest.json");
    const before = existsSync(latest) ? readFileSync(latest, "utf8") : undefined;
    try {
      expect(await main(["merge", join(d, "s1.json"), join(d, "s2.json")])).toBe(0);
      expect(await main(["merge", join(d, "s1.json"), join(d, "s2.json"), "--json", join(d, "m.json")])).toBe(0);
    } finally {
      o.mockRestore();
    }
    expect(out).toMatch(/s1\.json: 1 claim \(shard 1\/2\)/);
    expect(out).toMatch(/s2\.json: 2 claims \(shard 2\/2\)/);
    expect(out).toMatch(/not written/);
    expect(JSON.parse(readFileSync(join(d, "m.json"), "utf8")).claims).toHaveLength(3);
    expect(existsSync(latest) ? readFileSync(latest, "utf8") : undefined).toBe(before);
  });
});
