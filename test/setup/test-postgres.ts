// The PostgreSQL the globalSetup gave this run, and a fresh schema in it per store, so suites
// and tests never see each other's rows.
import { randomBytes } from "node:crypto";

export const postgresUrl: string | undefined = process.env.DOSSIER_TEST_PG || undefined;

if (!postgresUrl) {
  process.stderr.write(`*** PostgreSQL suite skipped: ${process.env.DOSSIER_TEST_PG_SKIP ?? "no DOSSIER_TEST_PG"} ***\n`);
}

/** A store spec naming a schema nobody has used yet. */
export function freshPostgresSpec(label = "t"): string {
  const url = new URL(postgresUrl!);
  url.searchParams.set("schema", `${label}_${randomBytes(5).toString("hex")}`);
  return url.toString();
}
