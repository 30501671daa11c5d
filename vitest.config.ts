// Tests run with vitest's defaults; globalSetup adds a throwaway PostgreSQL server for the
// suites that run on it (test/setup/postgres.ts).
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    globalSetup: ["./test/setup/postgres.ts"],
  },
});
