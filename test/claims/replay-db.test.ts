import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ReplayDatabase } from "../../src/claims/replay-db.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "replay-db-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("ReplayDatabase", () => {
  it("adds a failure once, forgets it exactly, and keys by claim and part", () => {
    const db = new ReplayDatabase(dir); // a folder: in memory only (never /dev/null, see runner.test.ts)
    db.add("a.b", "claim", { seed: 1, path: "2:3" });
    db.add("a.b", "claim", { seed: 1, path: "2:3" });
    db.add("a.b", "claim", { seed: 1, path: "2" });
    db.add("a.b", "claim", { seed: 7, path: "2:3" });
    db.add("a.b", "inside", { seed: 1, path: "2:3" });
    expect(db.get("a.b", "claim")).toEqual([
      { seed: 1, path: "2:3" },
      { seed: 1, path: "2" },
      { seed: 7, path: "2:3" },
    ]);
    expect(db.get("a.b", "boundary")).toEqual([]);
    // get returns a copy
    db.get("a.b", "claim").push({ seed: 9, path: "" });
    expect(db.get("a.b", "claim")).toHaveLength(3);
    db.forget("a.b", "claim", { seed: 1, path: "2" });
    expect(db.get("a.b", "claim")).toEqual([
      { seed: 1, path: "2:3" },
      { seed: 7, path: "2:3" },
    ]);
    db.forget("a.b", "claim", { seed: 99, path: "2:3" });
    db.forget("none", "claim", { seed: 1, path: "2:3" });
    expect(db.get("a.b", "claim")).toHaveLength(2);
    db.forget("a.b", "claim", { seed: 1, path: "2:3" });
    db.forget("a.b", "claim", { seed: 7, path: "2:3" });
    expect(db.entries()).toEqual({ "a.b#inside": [{ seed: 1, path: "2:3" }] });
  });

  it("absorbs, lists and replaces a claim's entries, sorted by key", () => {
    const db = new ReplayDatabase(dir); // a folder: in memory only (never /dev/null, see runner.test.ts)
    db.add("z.z", "claim", { seed: 1, path: "" });
    db.add("a.a", "claim", { seed: 2, path: "" });
    db.add("a.ab", "claim", { seed: 3, path: "" });
    expect(Object.keys(db.entries())).toEqual(["a.a#claim", "a.ab#claim", "z.z#claim"]);
    expect(db.claimEntries("a.a")).toEqual({ "a.a#claim": [{ seed: 2, path: "" }] });
    db.absorb({ "a.a#boundary": [{ seed: 4, path: "1" }], "a.a#claim": [{ seed: 2, path: "" }] });
    expect(db.claimEntries("a.a")).toEqual({
      "a.a#claim": [{ seed: 2, path: "" }],
      "a.a#boundary": [{ seed: 4, path: "1" }],
    });
    db.replaceClaim("a.a", { "a.a#inside": [{ seed: 5, path: "0" }] });
    expect(db.claimEntries("a.a")).toEqual({ "a.a#inside": [{ seed: 5, path: "0" }] });
    expect(db.get("a.ab", "claim")).toEqual([{ seed: 3, path: "" }]);
  });

  it("saves only when something changed, and reads its own file back", () => {
    const file = join(dir, "sub", "replay.json");
    const db = new ReplayDatabase(file);
    db.save();
    expect(existsSync(file)).toBe(false);
    db.add("b.b", "claim", { seed: 1, path: "0" });
    db.add("a.a", "claim", { seed: 2, path: "1" });
    db.save();
    const text = readFileSync(file, "utf8");
    expect(text).toBe(
      `${JSON.stringify({ "a.a#claim": [{ seed: 2, path: "1" }], "b.b#claim": [{ seed: 1, path: "0" }] }, null, 2)}\n`,
    );
    writeFileSync(file, "sentinel");
    db.save(); // not dirty any more: nothing written
    expect(readFileSync(file, "utf8")).toBe("sentinel");
    writeFileSync(file, text);
    const again = new ReplayDatabase(file);
    expect(again.get("a.a", "claim")).toEqual([{ seed: 2, path: "1" }]);
    again.forget("a.a", "claim", { seed: 2, path: "1" });
    again.save();
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual({ "b.b#claim": [{ seed: 1, path: "0" }] });
    const replaced = new ReplayDatabase(file);
    replaced.replaceClaim("b.b", {});
    replaced.save();
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual({});
  });

  it("keeps a file that is not a database aside, says why in one line, and starts empty", () => {
    const cases: Array<[string, string]> = [
      ["{", "not JSON: "],
      ["[]", "not a JSON object"],
      ["null", "not a JSON object"],
      ["3", "not a JSON object"],
      ['{"nohash":[]}', 'key "nohash" is not claim#part'],
      ['{"a#b":{}}', "a#b is not a list"],
      ['{"a#b":[{"seed":1.5,"path":""}]}', "a#b holds an entry without an integer seed and a path"],
      ['{"a#b":[{"seed":1,"path":2}]}', "a#b holds an entry without an integer seed and a path"],
      ['{"a#b":[null]}', "a#b holds an entry without an integer seed and a path"],
      ['{"a#b":[7]}', "a#b holds an entry without an integer seed and a path"],
    ];
    for (const [text, problem] of cases) {
      const file = join(dir, "replay.json");
      writeFileSync(file, text);
      const lines: string[] = [];
      const db = new ReplayDatabase(file, (l) => lines.push(l));
      expect(db.entries()).toEqual({});
      expect(lines).toHaveLength(1);
      const aside = readdirSync(dir).find((f) => f.startsWith("replay.json.corrupt-"))!;
      expect(aside).toMatch(/^replay\.json\.corrupt-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z$/);
      expect(lines[0].startsWith(`spinspec: ${file} is not a replay database (${problem}`)).toBe(true);
      expect(lines[0].endsWith(`); kept it as ${join(dir, aside)} and started a new one`)).toBe(true);
      expect(readFileSync(join(dir, aside), "utf8")).toBe(text);
      expect(existsSync(file)).toBe(false);
      rmSync(join(dir, aside));
    }
    const ok = join(dir, "replay.json");
    writeFileSync(ok, '{"a#b":[{"seed":1,"path":"0"}]}');
    const lines: string[] = [];
    expect(new ReplayDatabase(ok, (l) => lines.push(l)).get("a", "b")).toEqual([{ seed: 1, path: "0" }]);
    expect(lines).toEqual([]);
  });

  it("a path that is not a regular file is kept in memory only", () => {
    const db = new ReplayDatabase(dir); // a folder
    db.add("a.a", "claim", { seed: 1, path: "" });
    db.save();
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe("an in-memory database", () => {
  it("with no file at all keeps failures in memory and writes nothing", () => {
    const db = new ReplayDatabase(null, () => expect.fail("no warning"));
    db.add("a.b", "claim", { seed: 1, path: "0" });
    expect(db.get("a.b", "claim")).toEqual([{ seed: 1, path: "0" }]);
    db.save();
    expect(db.file).toBeNull();
  });
});
