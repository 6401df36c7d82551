import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { writeFileAtomic, writeJsonAtomic } from "../../src/claims/atomic-write.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "atomic-write-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("writeFileAtomic", () => {
  it("writes the text, creating missing folders, and leaves no temporary file", () => {
    const file = join(dir, "a", "b", "out.txt");
    writeFileAtomic(file, "hello");
    expect(readFileSync(file, "utf8")).toBe("hello");
    writeFileAtomic(file, "again");
    expect(readFileSync(file, "utf8")).toBe("again");
    expect(readdirSync(join(dir, "a", "b"))).toEqual(["out.txt"]);
  });

  it("on failure removes its temporary file, rethrows, and keeps the previous content", () => {
    const target = join(dir, "target");
    mkdirSync(target); // renaming a file over a folder fails
    writeFileSync(join(target, "keep"), "x");
    expect(() => writeFileAtomic(target, "new")).toThrow();
    expect(readdirSync(dir)).toEqual(["target"]);
    expect(readFileSync(join(target, "keep"), "utf8")).toBe("x");
  });

  it("writeJsonAtomic writes indented JSON with a final newline", () => {
    const file = join(dir, "d.json");
    writeJsonAtomic(file, { a: [1, 2] });
    expect(readFileSync(file, "utf8")).toBe('{\n  "a": [\n    1,\n    2\n  ]\n}\n');
  });

  // A private null device in the scratch folder, never the machine's /dev/null: under npm run mutate
  // (as root) a mutant that renames over the device would replace /dev/null for every process.
  const device = () => {
    const node = join(dir, "null");
    try {
      execFileSync("mknod", ["-m", "666", node, "c", "1", "3"], { stdio: "ignore" });
    } catch {
      return undefined; // not root: no device node to test with
    }
    return node;
  };
  it("writes through to a device (a null device) and leaves the device node in place", (ctx) => {
    const node = device();
    if (node === undefined) return ctx.skip();
    writeFileAtomic(node, "discarded");
    const st = statSync(node);
    expect(st.isCharacterDevice()).toBe(true);
    expect(st.isFile()).toBe(false);
    expect(readdirSync(dir)).toEqual(["null"]);
  });

  it("writes through a symlink to the file it names, keeping the link", () => {
    const target = join(dir, "target.json");
    writeFileSync(target, "old");
    const link = join(dir, "link.json");
    symlinkSync(target, link);
    writeFileAtomic(link, "new");
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, "utf8")).toBe("new");
  });

  it("refuses a directory", () => {
    expect(() => writeFileAtomic(dir, "x")).toThrow(/is a directory/);
  });
});
