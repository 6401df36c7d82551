import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import base from "../../vitest.mutate.config.js";

// Scoped mutation run for src/precision (issue 11 §6): only its own unit tests, so each per-file
// Stryker run stays within minutes on one core. `include` replaces the base list (mergeConfig would
// concatenate it). Usage: a Stryker config with
//   "vitest": { "configFile": "test/precision/vitest.mutate.config.ts", "related": false }
// ("related": false because some files, e.g. relative-difference.ts, are reached only indirectly).
export default defineConfig({
  ...base,
  root: fileURLToPath(new URL("../..", import.meta.url)),
  test: { ...base.test, include: ["test/precision/**/*.test.ts"], exclude: [] },
});
