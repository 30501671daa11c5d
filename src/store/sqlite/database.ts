// Opens (or creates) the SQLite file behind a store: checks it is a Dossier store, sets the
// pragmas, brings the schema up to date.
import { existsSync, mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import Database from "better-sqlite3";
import { StoreError } from "../store.js";
import { APPLICATION_ID, migrate } from "./schema.js";

/** How long a writer waits for another process's write lock before giving up. */
const BUSY_TIMEOUT_MS = 10_000;

export function openDatabase(file: string): Database.Database {
  const inMemory = file === ":memory:";
  const folder = dirname(resolve(file));
  if (!inMemory && !existsSync(folder)) {
    try {
      mkdirSync(folder, { recursive: true });
    } catch (e) {
      throw new StoreError("not_a_store", `${file}: cannot create the folder for a new store: ${(e as Error).message}`);
    }
  }
  let db: Database.Database;
  try {
    db = new Database(file);
  } catch (e) {
    throw new StoreError("not_a_store", `${file}: cannot open it as a Dossier store: ${(e as Error).message}`);
  }
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    checkIsDossierStore(db, file);
    // WAL: readers never block the writer and a crash never leaves a half-written commit.
    // synchronous=NORMAL: no fsync per commit; a power cut may lose the last few commits but
    // never corrupts the file, and re-ingesting is idempotent. See docs/decisions/store.md.
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = NORMAL");
    db.pragma("foreign_keys = ON");
    // Checkpoint every ~16 MiB of WAL rather than 4: fewer fsyncs, and pages rewritten by many
    // commits are copied once; the file is cut back to 64 MiB after a checkpoint.
    db.pragma("wal_autocheckpoint = 4000");
    db.pragma("journal_size_limit = 67108864");
    // Up to 64 MiB of page cache (the default is 2 MiB), grown only as pages are read.
    db.pragma("cache_size = -65536");
    // Each report of a batch is stored in its own savepoint, whose journal keeps the pages the
    // report changes; in a temporary file those were three quarters of an ingest's write calls
    // (strace) and a tenth of the store's CPU time. In memory they are a few MB at most.
    db.pragma("temp_store = MEMORY");
    migrate(db, file);
    return db;
  } catch (e) {
    db.close();
    if (e instanceof StoreError) throw e;
    if ((e as { code?: string }).code === "SQLITE_NOTADB") {
      throw new StoreError("not_a_store", `${file} is not a Dossier store: it is not an SQLite database`);
    }
    throw e;
  }
}

/** A new or empty file is fine; another program's SQLite database is not. */
function checkIsDossierStore(db: Database.Database, file: string): void {
  const appId = db.pragma("application_id", { simple: true }) as number;
  if (appId === APPLICATION_ID) return;
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all() as string[];
  if (appId === 0 && (tables.length === 0 || tables.includes("schema_migrations") && tables.includes("documents"))) return;
  const shown = tables.slice(0, 5).join(", ") + (tables.length > 5 ? ", …" : "");
  throw new StoreError("not_a_store",
    `${file} is an SQLite database but not a Dossier store (${tables.length ? `it holds tables ${shown}` : `application id ${appId}`})`);
}
