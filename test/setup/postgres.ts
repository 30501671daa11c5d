// vitest globalSetup: gives the PostgreSQL suites a real server. DOSSIER_TEST_PG, if set, is
// used as it is; else a throwaway server is started for the run and removed after it. Without
// PostgreSQL installed the suites are skipped with a visible notice, except under CI=true,
// where that is a failure: CI must run every store test on both backends.
import { readdirSync } from "node:fs";
import { findPostgresBin, startThrowawayPostgres } from "./postgres-server.js";

/** Test files that need the server; a run filtered to none of them starts no server. */
const POSTGRES_SUITES = ["test/store/postgres.test.ts", "test/store/resolution.test.ts", ...queueSuites()];

export default async function setup(): Promise<(() => void) | undefined> {
  if (process.env.DOSSIER_TEST_PG) return undefined;
  if (!runIncludesPostgresSuites()) return undefined;
  if (!findPostgresBin()) {
    const why = "PostgreSQL is not installed (apt-get install -y postgresql)";
    if (process.env.CI === "true") throw new Error(`${why}: CI runs every store test on PostgreSQL too`);
    process.env.DOSSIER_TEST_PG_SKIP = why;
    process.stderr.write(`\n*** PostgreSQL suites SKIPPED: ${why} ***\n\n`);
    return undefined;
  }
  const server = await startThrowawayPostgres();
  process.env.DOSSIER_TEST_PG = server.url;
  return () => server.stop();
}

function queueSuites(): string[] {
  try {
    return readdirSync("test/queue").filter((f) => f.endsWith(".test.ts")).map((f) => `test/queue/${f}`);
  } catch {
    return [];
  }
}

/**
 * `vitest run test/ingest` names filters (substrings of test paths); starting PostgreSQL takes
 * seconds, so a run whose filters match no PostgreSQL suite skips it. No filter: every suite.
 */
function runIncludesPostgresSuites(): boolean {
  const args = process.argv.slice(2);
  const filters: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "run" || a === "watch" || a === "related") continue;
    if (a.startsWith("-")) {
      // An option's value may follow it: a run that looks ambiguous starts the server.
      if (!a.includes("=") && args[i + 1] && !args[i + 1].startsWith("-")) return true;
      continue;
    }
    filters.push(a.replace(/^\.\//, ""));
  }
  return filters.length === 0 || filters.some((f) => POSTGRES_SUITES.some((s) => s.includes(f)));
}
