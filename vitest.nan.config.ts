import { defineConfig } from "vitest/config";

/**
 * The NaN-poisoning liveness run (test/liveness/nan-poison.test.ts): every reference a property
 * file imports is made to return NaN in turn and each property that reads it must turn ERROR.
 * About a minute on 2 cores, so it runs as its own CI step (`npm run test:nan`), not in `npm test`.
 */
export default defineConfig({
  test: {
    include: ["test/liveness/nan-poison.test.ts"],
    pool: "forks",
    maxWorkers: 2,
    testTimeout: 600_000,
    reporters: ["default", "json"],
    outputFile: { json: "reports/vitest-nan.json" },
  },
});
