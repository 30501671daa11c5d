// Tests run with vitest's defaults; globalSetup adds a throwaway PostgreSQL server for the
// suites that run on it (test/setup/postgres.ts).
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    globalSetup: ["./test/setup/postgres.ts"],
    // many tests run the real CLI, server or browser in child processes: on a loaded 2-core
    // machine a start-up alone can take seconds
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
