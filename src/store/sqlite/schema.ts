// The SQLite schema as numbered migration steps. Each step runs once, in a transaction with
// its row in schema_migrations; a store written by a newer Dossier is refused, not guessed at.
import type Database from "better-sqlite3";
import { StoreError } from "../store.js";
import { SqliteSummaries, SUMMARY_TABLES_SQL } from "./summaries.js";

export interface Migration {
  version: number;
  description: string;
  sql: string;
}

/** A step may also fill what it created from the rows already stored, in the same transaction. */
export interface SqliteMigration extends Migration {
  backfill?: (db: Database.Database) => void;
}

export const MIGRATIONS: readonly SqliteMigration[] = [
  {
    version: 1,
    description: "documents, full-text index, entities and their mentions, claims",
    sql: `
-- seq is the stable integer key (rowid alias, so VACUUM keeps it) that the FTS index and the
-- child tables use; id is the sha256 of the text that the rest of Dossier speaks.
CREATE TABLE documents (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE CHECK (length(id) = 64),
  source TEXT NOT NULL,
  format TEXT NOT NULL,
  title TEXT,
  url TEXT,
  publisher TEXT,
  author TEXT,
  published TEXT,
  ingested_at TEXT NOT NULL,
  length INTEGER NOT NULL,
  text TEXT NOT NULL,
  extractor_version TEXT NOT NULL
);
CREATE INDEX documents_by_published ON documents (published);

CREATE VIRTUAL TABLE document_fts USING fts5 (
  title, text,
  content = 'documents', content_rowid = 'seq',
  tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
  INSERT INTO document_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
  INSERT INTO document_fts (document_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
END;
CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
  INSERT INTO document_fts (document_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
  INSERT INTO document_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
END;

-- The entity merged over every document (see entity-merge.ts); recomputable from
-- document_entities. names_key holds the normalised name and aliases, one a line, for lookup.
CREATE TABLE entities (
  id TEXT PRIMARY KEY,
  type TEXT NOT NULL,
  name TEXT NOT NULL,
  name_rank INTEGER NOT NULL DEFAULT 0,
  aliases TEXT NOT NULL DEFAULT '[]',
  country TEXT,
  lat REAL,
  lon REAL,
  refs TEXT,
  names_key TEXT NOT NULL
);
CREATE INDEX entities_by_type ON entities (type);

-- The entity as each document saw it (its contract record without mentions, JSON): what the
-- merge folds and what counts documents. Its mentions there are kept beside it as JSON spans
-- rather than a row each: nothing queries single mentions, and counts come from the same row.
CREATE TABLE document_entities (
  doc_seq INTEGER NOT NULL REFERENCES documents (seq) ON DELETE CASCADE,
  entity_id TEXT NOT NULL REFERENCES entities (id),
  record TEXT NOT NULL,
  mentions TEXT NOT NULL,
  mention_count INTEGER NOT NULL,
  CHECK (mention_count = json_array_length(mentions))
);
-- Narrow and covering: an entity's document and mention counts never read the wide rows.
CREATE UNIQUE INDEX document_entities_by_entity ON document_entities (entity_id, doc_seq, mention_count);
CREATE INDEX document_entities_by_doc ON document_entities (doc_seq, mention_count);

-- A claim's contract id is unique within its document; (doc_seq, id) is its key in the store.
CREATE TABLE claims (
  seq INTEGER PRIMARY KEY,
  doc_seq INTEGER NOT NULL REFERENCES documents (seq) ON DELETE CASCADE,
  id TEXT NOT NULL,
  type TEXT NOT NULL,
  args TEXT NOT NULL,
  quantity TEXT,
  time TEXT,
  time_value TEXT,
  attribution TEXT,
  modality TEXT NOT NULL,
  evidence_start INTEGER NOT NULL,
  evidence_end INTEGER NOT NULL,
  confidence REAL NOT NULL,
  -- The date the since/until filters read: the claim's own time, else the document's date.
  date TEXT,
  UNIQUE (doc_seq, id),
  CHECK (evidence_start >= 0 AND evidence_end >= evidence_start)
);
-- By type alone: new claims append to their type's range instead of scattering over dates.
CREATE INDEX claims_by_type ON claims (type);

-- Which entities a claim links to and in what role ('attribution' for its source).
CREATE TABLE claim_entities (
  claim_seq INTEGER NOT NULL REFERENCES claims (seq) ON DELETE CASCADE,
  role TEXT NOT NULL,
  entity_id TEXT NOT NULL REFERENCES entities (id),
  PRIMARY KEY (claim_seq, role, entity_id)
) WITHOUT ROWID;
CREATE INDEX claim_entities_by_entity ON claim_entities (entity_id);
`,
  },
  {
    version: 2,
    description: "sanctions-list designations on entities",
    sql: `ALTER TABLE entities ADD COLUMN designations TEXT;`,
  },
  {
    version: 3,
    description: "merge, reject and split decisions between entities",
    sql: `
-- A person's decisions that two entities are one actor (or not), in the order they were made.
-- Kept by entity id, apart from extraction rows (no foreign key), so they outlive re-ingest and
-- re-extraction; queries apply them through src/resolve (see docs/decisions/resolve.md).
CREATE TABLE entity_merges (
  seq INTEGER PRIMARY KEY,
  action TEXT NOT NULL CHECK (action IN ('merge', 'reject', 'split')),
  target_id TEXT NOT NULL,
  -- NULL only for a split that undoes every merge into target_id
  source_id TEXT,
  decided_by TEXT NOT NULL,
  decided_at TEXT NOT NULL,
  note TEXT
);`,
  },
  {
    version: 4,
    description: "narrow indexes for reading a hub's claims at scale: counts, pages, dates, publishers",
    sql: `
-- A hub is linked to tens of thousands of claims. These narrow copies of the columns that claim
-- queries filter, count and order by let them run on small index pages; the wide rows (args,
-- evidence, text) are read only for the page that is returned. See docs/decisions/store.md.
CREATE INDEX claims_summary ON claims (seq, type, modality, date, doc_seq, evidence_start);
CREATE INDEX documents_summary ON documents (seq, published, publisher, title, id);
-- The timeline reads dated claims in date order, a page at a time.
CREATE INDEX claims_by_date ON claims (date, doc_seq) WHERE date IS NOT NULL;
-- The claims table filters by the publisher of the report, case-insensitively.
CREATE INDEX documents_by_publisher ON documents (publisher COLLATE NOCASE);`,
  },
  {
    version: 5,
    description: "claims by type and date, for corroboration's peer reads",
    sql: `
-- Corroboration reads the claims of one type in one period that link given entities; when the
-- entities are hubs, the type's claims in that period are the smaller set to read from.
CREATE INDEX claims_by_type_date ON claims (type, date, seq) WHERE date IS NOT NULL;`,
  },
  {
    version: 6,
    description: "route and edge summaries kept at ingest, for the map and the network",
    sql: SUMMARY_TABLES_SQL,
    backfill: (db) => new SqliteSummaries(db).backfill(),
  },
  {
    version: 7,
    description: "claims in report order for keyset pages, credited speakers for profile facets",
    sql: `
-- A page after a cursor in report order reads the documents in that order from the cursor on,
-- then each one's claims by position: the cost of a page, not of every claim before it.
CREATE INDEX documents_in_order ON documents (published IS NULL, ifnull(published, ''), seq);
CREATE INDEX claims_in_document ON claims (doc_seq, evidence_start, seq);
-- The speaker a claim credits, so "who says so" about a hub counts on an index instead of
-- reading the attribution JSON of each of its claims.
ALTER TABLE claims ADD COLUMN speaker TEXT GENERATED ALWAYS AS (json_extract(attribution, '$.text')) VIRTUAL;
CREATE INDEX claims_by_speaker ON claims (seq, speaker);`,
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

/** "DOSR" in ASCII: marks the file as a Dossier store for `file(1)` and for our own check. */
export const APPLICATION_ID = 0x444f5352;

/** Brings the schema up to SCHEMA_VERSION; refuses a store from a newer Dossier. */
export function migrate(db: Database.Database, location: string): void {
  const step = db.transaction(() => {
    db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)`);
    const current = (db.prepare("SELECT max(version) AS v FROM schema_migrations").get() as { v: number | null }).v ?? 0;
    if (current > SCHEMA_VERSION) {
      throw new StoreError("schema_too_new",
        `${location} has schema version ${current}, but this Dossier knows versions up to ${SCHEMA_VERSION}: upgrade Dossier to open it`);
    }
    const record = db.prepare("INSERT INTO schema_migrations (version, description, applied_at) VALUES (?, ?, ?)");
    for (const m of MIGRATIONS) {
      if (m.version <= current) continue;
      db.exec(m.sql);
      m.backfill?.(db);
      record.run(m.version, m.description, new Date().toISOString());
    }
    db.pragma(`application_id = ${APPLICATION_ID}`);
  });
  // IMMEDIATE takes the write lock first, so two processes opening a new file don't both migrate.
  step.immediate();
}
