import { execFileSync } from "node:child_process";
import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { ClaimProperty } from "../../src/claims/property.js";
import { loadSpec, PROJECT_ROOT, type Registry } from "../../src/claims/registry.js";
import { affectedClaims, changedFiles, entriesById } from "../../src/cli/changed.js";
import { UsageError } from "../../src/cli/errors.js";

// A committed copy of the project in a temporary git repository, so that the test can change files
// without touching the checkout (where others work) and compare against its HEAD.
let root: string;
let registry: Registry;
const git = (...args: string[]) =>
  execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@t", ...args], { cwd: root, encoding: "utf8" });

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "spinspec-changed-"));
  const archive = execFileSync("git", ["archive", "HEAD", "spec", "properties", "src", "package.json"], {
    cwd: PROJECT_ROOT,
    maxBuffer: 256 << 20,
  });
  execFileSync("tar", ["-x", "-C", root], { input: archive });
  git("init", "-q");
  git("add", ".");
  git("commit", "-q", "-m", "copy");
  // The registry of the copy; each property's family is its entry's (the spec and property files
  // of a family share its name), which is all affectedClaims reads of the properties.
  const entries = loadSpec(join(root, "spec"));
  const properties = new Map(
    entries
      .filter((e) => e.property)
      .map((e) => [e.property as string, { id: e.property, family: e.family } as ClaimProperty & { family: string }]),
  );
  registry = { entries, byId: new Map(entries.map((e) => [e.id, e])), properties, families: [] };
}, 60_000);

describe("verify --changed", () => {
  it("nothing changed: no claim", async () => {
    const a = await affectedClaims(registry, "HEAD", root);
    expect(a.changed).toEqual([]);
    expect(a.claims.size).toBe(0);
  });

  it("touching one reference file selects a strict, non-empty subset, each claim naming the file", async () => {
    appendFileSync(join(root, "src/attention/softmax.ts"), "\n// touched\n");
    try {
      const a = await affectedClaims(registry, "HEAD", root);
      expect(a.everything).toBeUndefined();
      expect(a.claims.size).toBeGreaterThan(0);
      expect(a.claims.size).toBeLessThan(registry.entries.length);
      expect(a.claims.get("softmax.normalization")).toEqual(["src/attention/softmax.ts"]);
      for (const reach of a.claims.values()) expect(reach).toEqual(["src/attention/softmax.ts"]);
    } finally {
      git("checkout", "-q", "--", "src/attention/softmax.ts");
    }
  });

  it("a spec edit selects only the entries that changed; a new untracked file counts", async () => {
    const file = join(root, "spec/softmax.yaml");
    const text = readFileSync(file, "utf8");
    const [first] = entriesById(text).keys();
    writeFileSync(
      file,
      text.replace(/title: .*/, (m) => `${m} (edited)`),
    );
    writeFileSync(join(root, "src/attention/new-helper.ts"), "export const x = 1;\n");
    try {
      expect(changedFiles("HEAD", root)).toEqual(["spec/softmax.yaml", "src/attention/new-helper.ts"]);
      const a = await affectedClaims(registry, "HEAD", root);
      expect([...a.claims.keys()]).toEqual([first]);
    } finally {
      git("checkout", "-q", "--", "spec/softmax.yaml");
      git("clean", "-q", "-f", "src/attention/new-helper.ts");
    }
  });

  it("a data file a property reads at run time reaches it (fixtures, kernel sources)", async () => {
    const a0 = await affectedClaims(registry, "HEAD", root);
    expect(a0.claims.size).toBe(0);
    appendFileSync(join(root, "src/spinglass/kernel-native.c"), "\n/* touched */\n");
    try {
      const a = await affectedClaims(registry, "HEAD", root);
      expect(a.claims.size).toBeGreaterThan(0);
      expect(a.claims.size).toBeLessThan(registry.entries.length);
    } finally {
      git("checkout", "-q", "--", "src/spinglass/kernel-native.c");
    }
  });

  it("the engine, the CLI or the lockfile rerun every claim", async () => {
    appendFileSync(join(root, "src/claims/runner.ts"), "\n// touched\n");
    try {
      const a = await affectedClaims(registry, "HEAD", root);
      expect(a.everything?.file).toBe("src/claims/runner.ts");
      expect(a.claims.size).toBe(registry.entries.length);
    } finally {
      git("checkout", "-q", "--", "src/claims/runner.ts");
    }
  });

  it("a ref that is not a commit is a usage error", () => {
    for (const bad of ["no-such-branch", "", "--output=x", "HEAD~99999"])
      expect(() => changedFiles(bad, root), bad).toThrow(UsageError);
  });
});
