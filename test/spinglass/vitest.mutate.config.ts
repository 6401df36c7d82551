import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import base from "../../vitest.mutate.config.js";

// Scoped mutation run for src/spinglass/meanfield.ts (issue 11 §6): only its unit tests, so one
// Stryker run stays within minutes on one core. Usage: a Stryker config with
//   "vitest": { "configFile": "test/spinglass/vitest.mutate.config.ts", "related": false }
export default defineConfig({
  ...base,
  root: fileURLToPath(new URL("../..", import.meta.url)),
  test: {
    ...base.test,
    include: ["test/spinglass/meanfield.test.ts", "test/spinglass/nmf-fixed-point.test.ts"],
    exclude: [],
  },
});
