import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import base from "../../vitest.mutate.config.js";

// Scoped mutation run for src/ising (issue 11 §6): only its own unit tests, so each per-file Stryker
// run stays within minutes on one core. `include` replaces the base list (mergeConfig would
// concatenate it). Usage: a Stryker config with
//   "vitest": { "configFile": "test/ising/vitest.mutate.config.ts", "related": false }
// ("related": false because some files, e.g. lattice.ts, are reached only through other modules).
export default defineConfig({
  ...base,
  root: fileURLToPath(new URL("../..", import.meta.url)),
  test: { ...base.test, include: ["test/ising/**/*.test.ts"], exclude: [] },
});
