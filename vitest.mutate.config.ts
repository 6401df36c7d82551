import { defineConfig } from "vitest/config";

// The unit tests of the modules `npm run mutate` mutates (stryker.config.json). The property suite
// (test/properties.test.ts), liveness and site tests exercise these modules only indirectly and
// would multiply the mutation run's time; the unit tests are what must kill the mutants.
export default defineConfig({
  test: {
    include: [
      "test/claims/**/*.test.ts",
      "test/precision/**/*.test.ts",
      "test/ising/**/*.test.ts",
      "test/special/**/*.test.ts",
      "test/mcmc/**/*.test.ts",
      "test/fit/**/*.test.ts",
      "test/spinglass/meanfield.test.ts",
    ],
    exclude: ["test/claims/pool.test.ts"],
    pool: "forks",
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
