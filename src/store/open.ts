// Picks the store a spec names: a connection URL for a server database, else a SQLite file.
// postgres://… (or postgresql://…, with ?schema=NAME) opens the PostgreSQL store.
import { StoreError, type Store } from "./store.js";

export const DEFAULT_STORE = "./dossier.db";

/** The spec from `--db`, else $DOSSIER_DB, else ./dossier.db. */
export function storeSpec(spec?: string): string {
  return spec?.trim() || process.env.DOSSIER_DB?.trim() || DEFAULT_STORE;
}

export async function openStore(spec?: string): Promise<Store> {
  const chosen = storeSpec(spec);
  if (/^postgres(ql)?:\/\//i.test(chosen)) {
    // Loaded on demand, so a SQLite user never loads the PostgreSQL client.
    const { openPostgresStore } = await import("./postgres/postgres-store.js");
    return openPostgresStore(chosen);
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(chosen)) {
    throw new StoreError("unsupported", `${redactPassword(chosen)}: not a store Dossier knows; give a SQLite file path or a postgres:// URL`);
  }
  // Loaded on demand, so a PostgreSQL deployment never loads the native SQLite module.
  const { openSqliteStore } = await import("./sqlite/sqlite-store.js");
  return openSqliteStore(chosen.replace(/^(sqlite|file):/i, ""));
}

/** A connection string as it may be shown: the password replaced. */
export function redactPassword(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]*:)[^@]*@/i, "$1***@");
}
