import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { loadProperties, loadSpec, SpecError } from "../../src/claims/registry.js";
import { describeError, UsageError } from "../../src/cli/errors.js";
import { main } from "../../src/cli/main.js";
import {
  checkOutputFile,
  integerIn,
  parseJobs,
  parseList,
  parseReplayPath,
  parseReplaySeed,
  parseSeed,
} from "../../src/cli/options.js";

/** Run the CLI in-process; returns the exit code and what it wrote to stderr. */
async function run(argv: string[]): Promise<{ code: number; err: string }> {
  let err = "";
  const out = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
  const e = vi.spyOn(process.stderr, "write").mockImplementation((s) => {
    err += String(s);
    return true;
  });
  try {
    return { code: await main(argv), err };
  } finally {
    out.mockRestore();
    e.mockRestore();
  }
}

const tmp = () => mkdtempSync(join(tmpdir(), "spinspec-errors-"));

describe("option checks", () => {
  it("seeds are 0 … 2^32 − 1: 4294967297 is refused, not wrapped to 1", () => {
    expect(parseSeed()("4294967295")).toBe(4294967295);
    expect(parseSeed()("0")).toBe(0);
    for (const bad of ["4294967296", "4294967297", "-1", "1e3", "0x10", "", " 1", "1.5", "NaN", "Infinity"])
      expect(() => parseSeed()(bad), bad).toThrow(UsageError);
  });

  it("counts and replay seeds and paths", () => {
    expect(() => integerIn("--runs", 1, 10)("0")).toThrow(/--runs must be an integer from 1 to 10, got "0"/);
    expect(integerIn("--runs", 1, 10)("10")).toBe(10);
    expect(parseReplaySeed("-2147483648")).toBe(-(2 ** 31));
    expect(() => parseReplaySeed("100000000000000000000")).toThrow(UsageError);
    expect(parseReplayPath("3:1:0")).toBe("3:1:0");
    for (const bad of ["abc", "-1", "", "1::2", ":1", "1:", "1.5"])
      expect(() => parseReplayPath(bad), bad).toThrow(UsageError);
  });

  it("lists refuse empty lists and empty items", () => {
    expect(parseList("--claims", " a , b ")).toEqual(["a", "b"]);
    expect(() => parseList("--claims", "")).toThrow(/--claims is empty/);
    expect(() => parseList("--claims", ",")).toThrow(/empty item at position 1/);
    expect(() => parseList("--family", "a,,b")).toThrow(/empty item at position 2/);
  });

  it("--jobs is at least 1 and capped at the cores", () => {
    const err = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    try {
      expect(parseJobs("1")).toBe(1);
      expect(parseJobs("1000")).toBeLessThanOrEqual(64);
      expect(err).toHaveBeenCalledWith(expect.stringMatching(/capped/));
    } finally {
      err.mockRestore();
    }
    expect(() => parseJobs("0")).toThrow(UsageError);
    expect(() => parseJobs("-2")).toThrow(UsageError);
  });

  it("output files: not empty, not a folder, in a folder that can be made", () => {
    const dir = tmp();
    expect(() => checkOutputFile("--json", "")).toThrow(/--json needs a file name/);
    expect(() => checkOutputFile("--json", dir)).toThrow(/is a folder/);
    writeFileSync(join(dir, "f"), "x");
    expect(() => checkOutputFile("--json", join(dir, "f", "r.json"))).toThrow(/is a file, not a folder/);
    expect(() => checkOutputFile("--json", join(dir, "new", "deeper", "r.json"))).not.toThrow();
  });
});

describe("the error model", () => {
  it("usage and spec errors exit 2 on one line; anything else is internal (3), its stack only under --debug", () => {
    expect(describeError(new UsageError("--x bad\nsecond"), false)).toEqual({
      code: 2,
      text: "spinspec: --x bad second",
    });
    const spec = describeError(new SpecError(["spec/a.yaml: one", "spec/b.yaml: two"]), false);
    expect(spec.code).toBe(2);
    expect(spec.text.split("\n")).toHaveLength(1);
    const bug = describeError(new TypeError("x is undefined"), false);
    expect(bug.code).toBe(3);
    expect(bug.text.split("\n")).toHaveLength(1);
    expect(bug.text).toMatch(/--debug/);
    const debug = describeError(new TypeError("x is undefined"), true);
    expect(debug.text.split("\n").length).toBeGreaterThan(1);
    expect(debug.text).toMatch(/at /);
  });

  it("commands: each bad input is exit 2 and exactly one stderr line naming the option and value", async () => {
    const dir = tmp();
    const cases: [string[], RegExp][] = [
      [["verify", "--claims", ","], /--claims/],
      [["verify", "--claims", ""], /--claims is empty/],
      [["verify", "--family", ","], /--family/],
      [["verify", "--seed", "4294967297"], /--seed.*4294967297/],
      [["verify", "--runs", "0"], /--runs.*"0"/],
      [["verify", "--repeat", "0"], /--repeat/],
      [["verify", "--jobs", "0"], /--jobs/],
      [["verify", "--json", dir], /--json.*is a folder/],
      [["verify", "--json", ""], /--json needs a file name/],
      [["verify", "--markdown", dir], /--markdown.*is a folder/],
      [["verify", "--claims", "softmax.normalization", "--shard", "2/2"], /holds no claims/],
      [["verify", "--shard", "0/3"], /--shard/],
      [["replay", "softmax.normalization", "--seed", "1e20", "--path", "0"], /--seed.*1e20/],
      [["replay", "softmax.normalization", "--seed", "1", "--path", "-1"], /--path.*"-1"/],
      [["replay", "softmax.normalization", "--seed", "1", "--path", "abc"], /--path.*"abc"/],
      // fast-check's "Unable to replay" (a path its generators cannot follow) is one line too.
      [["replay", "softmax.normalization", "--seed", "1", "--path", "0:99999:5"], /--path 0:99999:5 does not replay/],
      [["verify", "--jsn", "x"], /unknown option '--jsn'/],
      [["frobnicate"], /unknown command/],
      [["docs", "--report", join(dir, "missing.json")], /--report.*no such file/],
      [["merge", dir], /is not a regular file/],
      [["diff", join(dir, "a.json"), join(dir, "b.json")], /no such file/],
    ];
    for (const [argv, message] of cases) {
      const { code, err } = await run(argv);
      expect(code, argv.join(" ")).toBe(2);
      expect(err.trimEnd().split("\n"), argv.join(" ")).toHaveLength(1);
      expect(err, argv.join(" ")).toMatch(message);
    }
  }, 60_000);

  it("a report file that is not JSON or not a report is one line naming the file", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "text.json"), "hello");
    writeFileSync(join(dir, "shape.json"), JSON.stringify({ tool: "spinspec", claims: [{ id: 3 }] }));
    for (const argv of [
      ["docs", "--report", join(dir, "text.json")],
      ["merge", join(dir, "text.json")],
      ["merge", join(dir, "shape.json")],
    ]) {
      const { code, err } = await run(argv);
      expect(code, argv.join(" ")).toBe(2);
      expect(err.trimEnd().split("\n")).toHaveLength(1);
      expect(err).toMatch(/(text|shape)\.json/);
    }
  });
});

describe("spec loader errors", () => {
  const specDir = () => {
    const d = tmp();
    return d;
  };

  it("an alias bomb, a folder named *.yaml and a dangling symlink are problems of their file", () => {
    const d = specDir();
    const levels = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (let k = 1; k < 9; k++) {
      const prev = String.fromCharCode(96 + k);
      const name = String.fromCharCode(97 + k);
      levels.push(`${name}: &${name} [${Array(10).fill(`*${prev}`).join(", ")}]`);
    }
    writeFileSync(join(d, "bomb.yaml"), `${levels.join("\n")}\n`);
    mkdirSync(join(d, "folder.yaml"));
    symlinkSync(join(d, "nowhere.yaml"), join(d, "dangling.yaml"));
    const t0 = Date.now();
    let problems: string[] = [];
    try {
      loadSpec(d);
    } catch (e) {
      expect(e).toBeInstanceOf(SpecError);
      problems = (e as SpecError).problems;
    }
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(problems.find((p) => p.startsWith("spec/bomb.yaml"))).toMatch(/alias/i);
    expect(problems.find((p) => p.startsWith("spec/folder.yaml"))).toMatch(/EISDIR/);
    expect(problems.find((p) => p.startsWith("spec/dangling.yaml"))).toMatch(/ENOENT/);
  });

  it("a property file that throws or does not compile is a problem of that file", async () => {
    const d = specDir();
    writeFileSync(join(d, "throws.ts"), 'throw new Error("boom at load");\nexport const properties = [];\n');
    writeFileSync(join(d, "broken.ts"), "export const properties = [;\n");
    const e = await loadProperties(d).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(SpecError);
    const problems = (e as SpecError).problems;
    expect(problems.find((p) => p.startsWith("properties/throws.ts"))).toMatch(/boom at load/);
    expect(problems.find((p) => p.startsWith("properties/broken.ts"))).toMatch(/cannot be loaded/);
    for (const p of problems) expect(p).not.toMatch(/\n/);
    expect(describeError(e, false).code).toBe(2);
  });
});
