import { describe, expect, it, vi } from "vitest";
import { main, mergeReports } from "../../src/cli/main.js";
import type { Report } from "../../src/claims/report-types.js";

function quietly<T>(f: () => Promise<T>): Promise<T> {
  const out = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
  const err = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
  return f().finally(() => {
    out.mockRestore();
    err.mockRestore();
  });
}

describe("spinspec CLI exit codes", () => {
  it("exits 2 on an unknown claim id, an unknown family, a bad option or command", async () => {
    expect(await quietly(() => main(["verify", "--claims", "no.such-claim"]))).toBe(2);
    expect(await quietly(() => main(["verify", "--family", "nosuchfamily"]))).toBe(2);
    expect(await quietly(() => main(["verify", "--seed", "abc"]))).toBe(2);
    expect(await quietly(() => main(["verify", "--shard", "5/3"]))).toBe(2);
    expect(await quietly(() => main(["frobnicate"]))).toBe(2);
    expect(await quietly(() => main(["show", "no.such-claim"]))).toBe(2);
    expect(await quietly(() => main(["verify", "--explore", "--seed", "3"]))).toBe(2);
    // replay: a part the claim does not have, and a several-part claim without --part.
    expect(
      await quietly(() =>
        main(["replay", "hopfield.hebbian-capacity", "--part", "claim", "--seed", "1", "--path", "0"]),
      ),
    ).toBe(2);
    expect(await quietly(() => main(["replay", "hopfield.hebbian-capacity", "--seed", "1", "--path", "0"]))).toBe(2);
  });

  it("replays the one part of a single-part claim that is not a plain `holds` (ill-posed) without --part", async () => {
    expect(await quietly(() => main(["replay", "attention.mha-readings", "--seed", "1", "--path", "0"]))).toBe(0);
  });
});

describe("mergeReports", () => {
  const claim = (id: string, observed: string, match: boolean) =>
    ({ id, observed, match, source: { document: "000_3014c98cc1702315.txt", section: "§1" } }) as never;
  const report = (claims: unknown[], seed = 1): Report =>
    ({
      tool: "spinspec",
      version: "0",
      generatedAt: "t",
      seed,
      options: { thorough: false, explore: false },
      claims,
      totals: {},
      timeMs: 5,
    }) as never;

  it("recomputes totals over the union of shards", () => {
    const m = mergeReports([report([claim("a.x", "HOLDS", true)]), report([claim("a.y", "REFUTED", false)])]);
    expect(m.totals.claims).toBe(2);
    expect(m.totals.mismatched).toBe(1);
    expect(m.totals.byObserved).toEqual({ HOLDS: 1, REFUTED: 1 });
  });

  it("refuses overlapping shards and mixed seeds", () => {
    expect(() => mergeReports([report([claim("a.x", "HOLDS", true)]), report([claim("a.x", "HOLDS", true)])])).toThrow(
      /more than one/,
    );
    expect(() => mergeReports([report([], 1), report([], 2)])).toThrow(/different seeds/);
  });
});

describe("sharded runs", () => {
  it("three shards merge to the same claims and totals as one run", async () => {
    const { mkdtempSync, readFileSync } = await import("node:fs");
    const { join } = await import("node:path");
    const { tmpdir } = await import("node:os");
    const dir = mkdtempSync(join(tmpdir(), "spinspec-shards-"));
    const families = ["--family", "periodic,rg", "--quiet", "--jobs", "1"];
    expect(await quietly(() => main(["verify", ...families, "--json", join(dir, "all.json")]))).toBe(0);
    for (const i of [1, 2, 3]) {
      expect(
        await quietly(() => main(["verify", ...families, "--shard", `${i}/3`, "--json", join(dir, `s${i}.json`)])),
      ).toBe(0);
    }
    const read = (f: string) => JSON.parse(readFileSync(join(dir, f), "utf8")) as Report;
    const merged = mergeReports(["s1.json", "s2.json", "s3.json"].map(read));
    const all = read("all.json");
    const noTimes = (r: Report) =>
      r.claims.map((c) => ({ ...c, timeMs: 0, parts: c.parts.map((p) => ({ ...p, timeMs: 0 })) }));
    expect(merged.totals).toEqual(all.totals);
    expect(noTimes(merged)).toEqual(noTimes(all));
  }, 120_000);
});
