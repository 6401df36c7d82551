/**
 * The one check that needs the five documents on this machine. Every other test that reads them
 * (quotes in spec-integrity, the Lean listing, the documents' math, the coverage maps) is skipped
 * when they are absent, so a clone without them shows this single failure saying where they go,
 * not a wall of red; CI still fails.
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { seedsDir } from "../src/claims/documents.js";
import { PROJECT_ROOT } from "../src/claims/registry.js";
import { documents } from "../src/documents/registry.js";

describe("the documents", () => {
  it("are on this machine: ../shared/seeds beside the checkout, or the folder SPINSPEC_SEEDS names", () => {
    const dir = seedsDir();
    const env = process.env.SPINSPEC_SEEDS;
    const where = env
      ? `SPINSPEC_SEEDS=${env} does not exist`
      : `no shared/seeds folder beside ${PROJECT_ROOT} or above it (expected ${resolve(PROJECT_ROOT, "..", "shared", "seeds")})`;
    expect(
      dir,
      `the five documents were not found: ${where}. Put them in ../shared/seeds or set SPINSPEC_SEEDS to their folder; the checks that read them are skipped until then`,
    ).toBeDefined();
    const missing = documents()
      .map((d) => d.file)
      .filter((f) => !existsSync(join(dir as string, f)));
    expect(missing, `${dir} lacks these documents`).toEqual([]);
  });
});
