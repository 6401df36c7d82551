import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // About a minute on its own: `npm run test:nan` (vitest.nan.config.ts), a separate CI step.
    exclude: ["test/liveness/nan-poison.test.ts", "**/node_modules/**"],
    // Property checks and exact enumerations are CPU-bound; two forks match the 2-core target machine.
    pool: "forks",
    maxWorkers: 2,
    testTimeout: 60_000,
    // The JSON summary is what .ci/run counts its "N passed, N failed" line from.
    reporters: ["default", "json"],
    outputFile: { json: "reports/vitest.json" },
    hookTimeout: 60_000,
  },
});
