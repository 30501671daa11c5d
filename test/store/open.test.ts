import { mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { openStore } from "../../src/store/open.js";
import { StoreError } from "../../src/store/store.js";
import { tunisiaReport } from "./fixtures.js";

const dir = mkdtempSync(join(tmpdir(), "dossier-open-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const failure = (p: Promise<unknown>) => p.then(() => undefined, (e: unknown) => e as StoreError);

describe("opening a store", () => {
  const savedEnv = process.env.DOSSIER_DB;
  afterEach(() => {
    if (savedEnv === undefined) delete process.env.DOSSIER_DB;
    else process.env.DOSSIER_DB = savedEnv;
  });

  it("creates a new SQLite file, and the folders leading to it", async () => {
    const file = join(dir, "new", "deeper", "cases.db");
    const store = await openStore(file);
    expect(store.kind).toBe("sqlite");
    expect(store.location).toBe(file);
    await store.close();
    expect(existsSync(file)).toBe(true);
  });

  it("uses DOSSIER_DB when no --db is given", async () => {
    const file = join(dir, "from-env.db");
    process.env.DOSSIER_DB = file;
    const store = await openStore();
    expect(store.location).toBe(file);
    await store.close();
    expect(existsSync(file)).toBe(true);
  });

  it("writes the file in WAL mode with foreign keys enforced", async () => {
    const file = join(dir, "pragmas.db");
    const store = await openStore(file);
    await store.putDocument(tunisiaReport().doc, tunisiaReport().extraction, "v1");
    await store.close();
    const db = new Database(file, { readonly: true });
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(db.prepare("SELECT max(version) FROM schema_migrations").pluck().get()).toBeGreaterThanOrEqual(1);
    db.close();
  });

  it("refuses a connection URL for a database it does not know, without showing the password", async () => {
    for (const spec of ["mysql://analyst:s3cret@db.example.org/dossier", "mongodb://db.example.org/dossier"]) {
      const e = await failure(openStore(spec));
      expect(e).toBeInstanceOf(StoreError);
      expect(e!.code).toBe("unsupported");
      expect(e!.message).toContain("db.example.org");
      expect(e!.message).not.toContain("s3cret");
    }
  });

  it("refuses a file that is not a database, naming it", async () => {
    const file = join(dir, "notes.txt");
    writeFileSync(file, "These are my field notes, not a database. ".repeat(200));
    const e = await failure(openStore(file));
    expect(e).toBeInstanceOf(StoreError);
    expect(e!.code).toBe("not_a_store");
    expect(e!.message).toContain(file);
  });

  it("refuses another program's SQLite database and leaves it untouched", async () => {
    const file = join(dir, "other.db");
    const other = new Database(file);
    other.exec("CREATE TABLE contacts (name TEXT)");
    other.close();
    const e = await failure(openStore(file));
    expect(e!.code).toBe("not_a_store");
    expect(e!.message).toContain(file);
    const check = new Database(file, { readonly: true });
    expect(check.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all()).toEqual(["contacts"]);
    check.close();
  });

  it("refuses a folder given as the store", async () => {
    const folder = join(dir, "a-folder");
    mkdirSync(folder);
    const e = await failure(openStore(folder));
    expect(e).toBeInstanceOf(StoreError);
    expect(e!.message).toContain(folder);
  });

  it("refuses a store written by a newer Dossier instead of misreading it", async () => {
    const file = join(dir, "future.db");
    const store = await openStore(file);
    await store.close();
    const db = new Database(file);
    db.prepare("INSERT INTO schema_migrations (version, description, applied_at) VALUES (999, 'from the future', '2030-01-01')").run();
    db.close();
    const e = await failure(openStore(file));
    expect(e!.code).toBe("schema_too_new");
    expect(e!.message).toMatch(/999/);
    expect(e!.message).toContain(file);
  });
});
