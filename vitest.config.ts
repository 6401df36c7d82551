import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { defineConfig } from "vitest/config";

/** Test files under `dir`, as paths relative to the repository root. */
function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return testFiles(path);
    return e.name.endsWith(".test.ts") ? [path] : [];
  });
}

/**
 * Files that replace modules or globals (vi.mock, vi.doMock, vi.spyOn, vi.stubEnv, vi.stubGlobal):
 * they need a fresh module graph, or a mocked reference leaks into the next file a worker runs
 * (tried: without isolation 17 files fail, among them test/properties.test.ts on a mocked softmax).
 * Every other file shares its worker's module cache, which saves each file re-importing the claim
 * registry and mathjs: `npm test` 87 s → about 60 s on 2 cores.
 */
const isolated = testFiles("test").filter((f) => /\bvi\.(mock|doMock|spyOn|stub\w*)\(/.test(readFileSync(f, "utf8")));

export default defineConfig({
  test: {
    // Property checks and exact enumerations are CPU-bound; two forks match the 2-core target machine.
    pool: "forks",
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // The JSON summary is what .ci/run counts its "N passed, N failed" line from.
    reporters: ["default", "json"],
    outputFile: { json: "reports/vitest.json" },
    // About a minute on its own: `npm run test:nan` (vitest.nan.config.ts), a separate CI step.
    exclude: ["test/liveness/nan-poison.test.ts", "**/node_modules/**"],
    projects: [
      { extends: true, test: { name: "isolated", include: isolated, isolate: true } },
      {
        extends: true,
        test: {
          name: "shared",
          include: ["test/**/*.test.ts"],
          exclude: [...isolated, "test/liveness/nan-poison.test.ts", "**/node_modules/**"],
          isolate: false,
        },
      },
    ],
  },
});
