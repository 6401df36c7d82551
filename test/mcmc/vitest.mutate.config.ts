import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import base from "../../vitest.mutate.config.js";

// Scoped mutation run for src/mcmc (issue 11 §6): only its own unit tests, so each per-file Stryker
// run stays within minutes on one core. `include` replaces the base list (mergeConfig would
// concatenate it). Usage: a Stryker config with
//   "vitest": { "configFile": "test/mcmc/vitest.mutate.config.ts", "related": false }
// ("related": false because some files, e.g. metropolis-run.ts, are reached only through other modules).
// MCMC_MUTATE_TESTS (comma-separated globs) narrows the files further, e.g. to the direct tests of
// the file under mutation when the slower sampling suites would rerun for each mutant.
const only = process.env.MCMC_MUTATE_TESTS?.split(",").filter(Boolean);
export default defineConfig({
  ...base,
  root: fileURLToPath(new URL("../..", import.meta.url)),
  test: { ...base.test, include: only ?? ["test/mcmc/**/*.test.ts"], exclude: [] },
});
