import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { documentText, seedsDir } from "../../src/claims/documents.js";

const base = mkdtempSync(join(tmpdir(), "seeds-"));
afterAll(() => rmSync(base, { recursive: true, force: true }));
const saved = process.env.SPINSPEC_SEEDS;
afterEach(() => {
  if (saved === undefined) delete process.env.SPINSPEC_SEEDS;
  else process.env.SPINSPEC_SEEDS = saved;
});

describe("seedsDir", () => {
  it("finds ../shared/seeds beside the root or an ancestor, else undefined; SPINSPEC_SEEDS wins when it exists", () => {
    delete process.env.SPINSPEC_SEEDS;
    const seeds = join(base, "shared", "seeds");
    mkdirSync(seeds, { recursive: true });
    const root = join(base, "work", "deep", "main");
    mkdirSync(root, { recursive: true });
    // <base>/work/deep/main: ../shared/seeds is looked for at every level up to <base>/work/../shared/seeds.
    expect(seedsDir(join(base, "work"))).toBe(seeds);
    expect(seedsDir(root)).toBe(seeds);
    const lonely = mkdtempSync(join(tmpdir(), "noseeds-"));
    // Walks up to "/" (where /shared/seeds does not exist on a test machine) and gives up.
    expect(seedsDir(lonely)).toBeUndefined();
    rmSync(lonely, { recursive: true });
    process.env.SPINSPEC_SEEDS = seeds;
    expect(seedsDir("/")).toBe(seeds);
    process.env.SPINSPEC_SEEDS = join(base, "missing");
    expect(seedsDir(root)).toBeUndefined();
    process.env.SPINSPEC_SEEDS = "";
    expect(seedsDir(root)).toBe(seeds);
  });
});

describe("documentText", () => {
  it("reads a document of a folder once (cached per folder and file), undefined when absent", () => {
    const a = join(base, "a");
    const b = join(base, "b");
    mkdirSync(a);
    mkdirSync(b);
    writeFileSync(join(a, "d.txt"), "first");
    writeFileSync(join(b, "d.txt"), "other");
    expect(documentText("d.txt", a)).toBe("first");
    writeFileSync(join(a, "d.txt"), "changed");
    expect(documentText("d.txt", a)).toBe("first");
    expect(documentText("d.txt", b)).toBe("other");
    expect(documentText("none.txt", a)).toBeUndefined();
    expect(documentText("d.txt", undefined)).toBeUndefined();
  });
});
