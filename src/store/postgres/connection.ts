// A Dossier store spec for PostgreSQL: a libpq-style URL, plus `schema=NAME` (Dossier's own
// parameter, default "dossier") naming the schema its tables live in, so several stores (or
// test suites) can share one database. The queue's tables live in NAME_queue beside it.
import pg from "pg";
import { redactPassword } from "../open.js";
import { StoreError } from "../store.js";

export const DEFAULT_SCHEMA = "dossier";

export interface PostgresSpec {
  /** What pg connects with: the spec less Dossier's own parameters. */
  connectionString: string;
  schema: string;
  /** The spec as it may be shown: password hidden. */
  location: string;
}

export function parsePostgresSpec(spec: string): PostgresSpec {
  let url: URL;
  try {
    url = new URL(spec);
  } catch {
    throw new StoreError("not_a_store", `${redactPassword(spec)}: not a valid PostgreSQL connection URL`);
  }
  const schema = (url.searchParams.get("schema") ?? DEFAULT_SCHEMA).toLowerCase();
  // The schema name is spliced into SQL (search_path, CREATE SCHEMA): plain identifiers only.
  if (!/^[a-z_][a-z0-9_]{0,50}$/.test(schema)) {
    throw new StoreError("not_a_store", `${redactPassword(spec)}: schema must be letters, digits and _ (got ${JSON.stringify(schema)})`);
  }
  url.searchParams.delete("schema");
  return { connectionString: url.toString(), schema, location: redactPassword(spec) };
}

/** A pool whose connections all use the store's schema. */
export function createPool(spec: PostgresSpec, max = 4, applicationName = "dossier"): pg.Pool {
  const pool = new pg.Pool({
    connectionString: spec.connectionString,
    max,
    // No parallel workers: the store's reads are short index scans, and starting workers cost
    // more server CPU than they saved (a hub's page of claims: 200 → 13 ms; docs/decisions/postgres.md).
    options: `-c search_path=${spec.schema} -c max_parallel_workers_per_gather=0`,
    application_name: applicationName,
    connectionTimeoutMillis: 15_000,
  });
  // A connection the server drops while idle must not crash the process; the pool replaces it.
  pool.on("error", (err) => process.stderr.write(`dossier: PostgreSQL connection lost (${err.message}); reconnecting\n`));
  return pool;
}

/** Connection failures, reported as the store not being reachable, password hidden. */
export function connectionError(location: string, err: unknown): StoreError {
  const e = err as { code?: string; message?: string };
  const why = e.code === "ECONNREFUSED" ? "connection refused (is PostgreSQL running there?)"
    : e.code === "28P01" || e.code === "28000" ? "authentication failed"
    : e.code === "3D000" ? "no such database"
    : e.message ?? String(err);
  return new StoreError("not_a_store", `${location}: cannot open the PostgreSQL store: ${why}`);
}
