// The PostgreSQL schema as numbered migration steps, like the SQLite one: each step runs once,
// in one transaction with its row in schema_migrations, under an advisory lock so that many
// workers starting at once migrate exactly once. A store from a newer Dossier is refused.
import type pg from "pg";
import { StoreError } from "../store.js";
import type { Migration } from "../sqlite/schema.js";
import { backfillSummaries, SUMMARY_TABLES_SQL } from "./summaries.js";

/** A step may also fill what it created from the rows already stored, in the same transaction. */
export interface PgMigration extends Migration {
  backfill?: (client: pg.PoolClient) => Promise<void>;
}

/** Advisory-lock namespaces (the first key of the two-key form): one per kind of thing locked. */
export const LOCK_MIGRATE = 1;
export const LOCK_DOCUMENT = 2;
export const LOCK_ENTITY = 3;

export const MIGRATIONS: readonly PgMigration[] = [
  {
    version: 1,
    description: "documents with a full-text index, entities and their mentions, claims",
    sql: `
-- seq is the integer key the child tables use, assigned when the row is inserted: after the
-- writer holds its entity locks, so seq order is the order entities were merged in.
-- Text columns that are sorted or range-scanned use the "C" collation: byte order, as in SQLite.
CREATE TABLE documents (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id text COLLATE "C" NOT NULL UNIQUE CHECK (length(id) = 64),
  source text NOT NULL,
  format text NOT NULL,
  title text,
  url text,
  publisher text,
  author text,
  published text COLLATE "C",
  ingested_at text NOT NULL,
  length integer NOT NULL,
  text text NOT NULL,
  extractor_version text NOT NULL,
  -- title (weight A) and text (weight D), accents and case folded by Dossier before indexing
  search tsvector NOT NULL
);
CREATE INDEX documents_by_published ON documents (published);
CREATE INDEX documents_search ON documents USING gin (search);

-- The entity merged over every document (see entity-merge.ts); recomputable from
-- document_entities. names_key holds the normalised name and aliases, one a line.
CREATE TABLE entities (
  id text COLLATE "C" PRIMARY KEY,
  type text COLLATE "C" NOT NULL,
  name text COLLATE "C" NOT NULL,
  name_rank integer NOT NULL DEFAULT 0,
  aliases jsonb NOT NULL DEFAULT '[]',
  country text,
  lat double precision,
  lon double precision,
  refs jsonb,
  names_key text NOT NULL
);
CREATE INDEX entities_by_type ON entities (type);

-- The entity as each document saw it: record is its contract record without mentions, as
-- exact JSON text (the merge compares records by text).
CREATE TABLE document_entities (
  entity_id text COLLATE "C" NOT NULL REFERENCES entities (id),
  doc_seq bigint NOT NULL REFERENCES documents (seq) ON DELETE CASCADE,
  record text NOT NULL,
  mentions jsonb NOT NULL,
  mention_count integer NOT NULL,
  PRIMARY KEY (entity_id, doc_seq),
  CHECK (mention_count = jsonb_array_length(mentions))
);
CREATE INDEX document_entities_by_doc ON document_entities (doc_seq);

CREATE TABLE claims (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  doc_seq bigint NOT NULL REFERENCES documents (seq) ON DELETE CASCADE,
  id text COLLATE "C" NOT NULL,
  type text COLLATE "C" NOT NULL,
  args jsonb NOT NULL,
  quantity jsonb,
  time jsonb,
  time_value text COLLATE "C",
  attribution jsonb,
  modality text NOT NULL,
  evidence_start integer NOT NULL,
  evidence_end integer NOT NULL,
  confidence double precision NOT NULL,
  -- The date the since/until filters read: the claim's own time, else the document's date.
  date text COLLATE "C",
  UNIQUE (doc_seq, id),
  CHECK (evidence_start >= 0 AND evidence_end >= evidence_start)
);
CREATE INDEX claims_by_type ON claims (type, date);

CREATE TABLE claim_entities (
  claim_seq bigint NOT NULL REFERENCES claims (seq) ON DELETE CASCADE,
  role text NOT NULL,
  entity_id text COLLATE "C" NOT NULL REFERENCES entities (id),
  PRIMARY KEY (claim_seq, role, entity_id)
);
CREATE INDEX claim_entities_by_entity ON claim_entities (entity_id);

-- Takes transaction-level advisory locks on many keys in one sorted order, so two writers
-- whose documents share entities queue behind each other instead of deadlocking.
CREATE FUNCTION lock_keys(namespace integer, keys text[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE k integer;
BEGIN
  FOR k IN SELECT DISTINCT hashtext(x) FROM unnest(keys) AS x ORDER BY 1 LOOP
    PERFORM pg_advisory_xact_lock(namespace, k);
  END LOOP;
END $$;
`,
  },
  {
    version: 2,
    description: "documents waiting in the ingest queue",
    sql: `
-- A queued report's text and metadata (the Document as JSON), from \`dossier ingest --queue\`
-- until a worker has stored it: workers need no access to the submitting machine's files.
CREATE TABLE staged_documents (
  id text COLLATE "C" PRIMARY KEY CHECK (length(id) = 64),
  document jsonb NOT NULL,
  staged_at timestamptz NOT NULL DEFAULT now()
);
`,
  },
  {
    version: 3,
    description: "sanctions-list designations on entities",
    sql: "ALTER TABLE entities ADD COLUMN designations jsonb;",
  },
  {
    version: 4,
    description: "merge, reject and split decisions between entities",
    sql: `
-- A person's decisions that two entities are one actor (or not), in the order they were made;
-- by entity id, apart from extraction rows, so they outlive re-ingest (docs/decisions/resolve.md).
CREATE TABLE entity_merges (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  action text NOT NULL CHECK (action IN ('merge', 'reject', 'split')),
  target_id text COLLATE "C" NOT NULL,
  source_id text COLLATE "C",
  decided_by text NOT NULL,
  decided_at text NOT NULL,
  note text
);`,
  },
  {
    version: 5,
    description: "indexes for the API at scale: claims by date, documents by publisher",
    sql: `
-- The timeline reads dated claims in date order a page at a time.
CREATE INDEX claims_by_date ON claims (date, doc_seq, seq) WHERE date IS NOT NULL;
-- The claims table filters by source publisher, case-insensitively.
CREATE INDEX documents_by_publisher ON documents (lower(publisher));`,
  },
  {
    version: 6,
    description: "route and edge summaries kept at ingest, for the map and the network",
    sql: SUMMARY_TABLES_SQL,
    backfill: backfillSummaries,
  },
  {
    version: 7,
    description: "claims in report order for keyset pages, credited speakers and entity counts on indexes",
    sql: `
-- A page after a cursor in report order seeks to the cursor on one index of the claims and reads
-- on from there: the cost of a page, not of every claim before it. The order starts with the
-- report's published date, so each claim carries it (a document's date never changes once
-- stored: a re-extraction keeps it). The expressions are those of the queries' ORDER BY
-- (claim-queries.ts), and the included columns are those pages filter by, so choosing a page
-- reads no wide row.
ALTER TABLE claims ADD COLUMN doc_published text COLLATE "C";
UPDATE claims c SET doc_published = d.published FROM documents d WHERE d.seq = c.doc_seq AND d.published IS NOT NULL;
CREATE INDEX claims_in_order ON claims ((doc_published IS NULL), (coalesce(doc_published, '')), doc_seq, evidence_start, seq)
  INCLUDE (doc_published, type, modality, date);
-- The speaker a claim credits, kept as a column so "who says so" about a hub counts on an index
-- (an index-only scan cannot compute an expression) instead of reading each claim's attribution.
ALTER TABLE claims ADD COLUMN speaker text GENERATED ALWAYS AS (attribution->>'text') STORED;
CREATE INDEX claims_by_speaker ON claims (seq) INCLUDE (type, speaker);
-- An entity's documents and mentions counted on the index alone: a hub is in thousands of
-- reports, and the wide rows (record, mentions) are not needed to count them.
CREATE INDEX document_entities_counts ON document_entities (entity_id) INCLUDE (doc_seq, mention_count);
-- An actor's claims as one index range, without a row read each: a page of a hub's claims in
-- report order checks each claim of the order index against this set (replaces the index on
-- entity_id alone, which had to read every row for its claim_seq).
CREATE INDEX claim_entities_by_entity_claim ON claim_entities (entity_id, claim_seq);
DROP INDEX claim_entities_by_entity;`,
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

/** Creates the schema if needed and brings it up to SCHEMA_VERSION. */
export async function migrate(client: pg.PoolClient, schema: string, location: string): Promise<void> {
  await client.query("BEGIN");
  try {
    await client.query("SELECT pg_advisory_xact_lock($1, hashtext($2))", [LOCK_MIGRATE, schema]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    const tables = (await client.query<{ name: string }>(
      "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = $1 ORDER BY 1", [schema])).rows.map((r) => r.name);
    if (tables.length && !(tables.includes("schema_migrations") && tables.includes("documents"))) {
      const shown = tables.slice(0, 5).join(", ") + (tables.length > 5 ? ", …" : "");
      throw new StoreError("not_a_store", `${location}: schema ${schema} holds tables that are not a Dossier store (${shown}); give another schema with ?schema=NAME`);
    }
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY, description text NOT NULL, applied_at text NOT NULL)`);
    const current = Number((await client.query("SELECT coalesce(max(version), 0) AS v FROM schema_migrations")).rows[0].v);
    if (current > SCHEMA_VERSION) {
      throw new StoreError("schema_too_new",
        `${location} has schema version ${current}, but this Dossier knows versions up to ${SCHEMA_VERSION}: upgrade Dossier to open it`);
    }
    for (const m of MIGRATIONS) {
      if (m.version <= current) continue;
      await client.query(m.sql);
      await m.backfill?.(client);
      await client.query("INSERT INTO schema_migrations (version, description, applied_at) VALUES ($1, $2, $3)",
        [m.version, m.description, new Date().toISOString()]);
    }
    await client.query("COMMIT");
  } catch (e) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw e;
  }
}
