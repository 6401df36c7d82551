import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import base from "../../vitest.mutate.config.js";

// Scoped mutation run for src/ising (issue 11 §6): only its own unit tests, so each per-file Stryker
// run stays within minutes on one core. `include` replaces the base list (mergeConfig would
// concatenate it). Usage: a Stryker config with
//   "vitest": { "configFile": "test/ising/vitest.mutate.config.ts", "related": false }
// ("related": false because some files, e.g. lattice.ts, are reached only through other modules).
// ISING_MUTATE_TESTS (comma-separated globs) narrows the files further: lattice.ts is used by nearly
// every ising test, so under perTest coverage each of its mutants would rerun the Kaufman and
// row-transfer suites; its run takes the direct tests only.
const only = process.env.ISING_MUTATE_TESTS?.split(",").filter(Boolean);
export default defineConfig({
  ...base,
  root: fileURLToPath(new URL("../..", import.meta.url)),
  test: { ...base.test, include: only ?? ["test/ising/**/*.test.ts"], exclude: [] },
});
