// The server store: PostgreSQL behind the same Store interface as SQLite, for teams sharing one
// corpus and for many ingest workers writing at once (document-writer.ts says how they stay
// out of each other's way). Queries mirror the SQLite store's so both answer alike.
import type pg from "pg";
import type { Document } from "../../ingest/document.js";
import type { Extraction } from "../../extract/contract.js";
import { nameKey } from "../entity-merge.js";
import {
  StoreError,
  type ClaimFacets, type ClaimQuery, type DocumentMention, type EntityReadOptions, type DocumentQuery, type EntityQuery, type PutItem, type PutStatus, type SearchHit, type Store,
  type StoreStats, type StoredClaim, type StoredDocument, type StoredDocumentWithText, type StoredEntity,
} from "../store.js";
import { connectionError, createPool, parsePostgresSpec, type PostgresSpec } from "./connection.js";
import { putDocuments } from "./batch-writer.js";
import { putDocument } from "./document-writer.js";
import { claimFacets, countClaims, documentMentions, listClaims } from "./claim-queries.js";
import {
  claimFromRow, documentFromRow, documentWithTextFromRow, entityFromRow,
  type ClaimRow, type DocumentRow, type EntityCountsRow,
} from "./rows.js";
import { migrate } from "./schema.js";
import { countEntityGroups, listMergeDecisions, recordMergeDecision } from "./merges.js";
import { edgeRows, edgeSummaries, routePeriods, routeRows, routeSummaries } from "./summaries.js";
import type { EdgeSummary, RouteSummary } from "../route-summary.js";
import type { EdgeQuery, RouteQuery, RouteRowQuery } from "../store.js";
import type { EdgeRow, RouteRow } from "../summary-rows.js";
import type { GroupCounts, MergeDecision, NewMergeDecision } from "../merge-decisions.js";
import { searchSnippet } from "./snippet.js";
import { tsQuery } from "./search-query.js";

const DOCUMENT_COLUMNS = `d.seq, d.id, d.source, d.format, d.title, d.url, d.publisher, d.author, d.published,
  d.ingested_at, d.length, (SELECT count(*)::int FROM claims c WHERE c.doc_seq = d.seq) AS claims`;
const NEWEST_FIRST = "d.published DESC NULLS LAST, d.seq DESC";
// both counts from one pass over document_entities_counts (migration 7), not a pass each
const ENTITY_COUNTS = `e.*, n.documents, n.mentions`;
const WITH_COUNTS = `LEFT JOIN LATERAL (SELECT count(*)::int AS documents, coalesce(sum(de.mention_count), 0)::int AS mentions
  FROM document_entities de WHERE de.entity_id = e.id) n ON true`;

export interface PostgresStoreOptions {
  /** Connections this process may hold (a worker: its concurrency plus one or two). */
  poolSize?: number;
}

export async function openPostgresStore(spec: string, opts: PostgresStoreOptions = {}): Promise<PostgresStore> {
  const parsed = parsePostgresSpec(spec);
  const pool = createPool(parsed, opts.poolSize ?? 4);
  let client: pg.PoolClient;
  try {
    client = await pool.connect();
  } catch (e) {
    await pool.end().catch(() => undefined);
    throw connectionError(parsed.location, e);
  }
  try {
    await migrate(client, parsed.schema, parsed.location);
  } catch (e) {
    client.release();
    await pool.end().catch(() => undefined);
    throw e;
  }
  client.release();
  return new PostgresStore(pool, parsed);
}

export class PostgresStore implements Store {
  readonly kind = "postgres" as const;
  readonly location: string;
  private closed = false;

  constructor(readonly pool: pg.Pool, readonly spec: PostgresSpec) {
    this.location = spec.location;
  }

  putDocument(doc: Document, extraction: Extraction, extractorVersion: string): Promise<PutStatus> {
    return putDocument(this.pool, doc, extraction, extractorVersion);
  }

  /** Many documents in one transaction, each whole or not at all (batch-writer.ts). */
  putDocuments(items: PutItem[]): Promise<(PutStatus | Error)[]> {
    return putDocuments(this.pool, items);
  }

  /** The extractor version a document was stored with, if it is stored: lets ingest skip extracting it again (Store.extractorVersion). */
  async extractorVersion(id: string): Promise<string | undefined> {
    return (await this.pool.query<{ v: string }>("SELECT extractor_version AS v FROM documents WHERE id = $1", [id])).rows[0]?.v;
  }

  async hasDocument(id: string): Promise<boolean> {
    return (await this.pool.query("SELECT 1 FROM documents WHERE id = $1", [id])).rowCount! > 0;
  }

  async getDocument(idOrPrefix: string): Promise<StoredDocumentWithText | undefined> {
    const key = idOrPrefix.trim().toLowerCase();
    if (!/^[0-9a-f]{6,64}$/.test(key)) return undefined;
    // Ids are "C"-collated hex, so [key, key + "g") is every id starting with key.
    const rows = (await this.pool.query<DocumentRow & { text: string }>(`SELECT ${DOCUMENT_COLUMNS}, d.text FROM documents d
      WHERE d.id >= $1 AND d.id < $2 ORDER BY d.id LIMIT 3`, [key, key + "g"])).rows;
    if (rows.length > 1) {
      const shown = rows.slice(0, 2).map((r) => r.id.slice(0, 12)).join(", ");
      throw new StoreError("ambiguous_id", `document id prefix ${key} matches more than one document (${shown}${rows.length > 2 ? ", …" : ""}): give more digits`);
    }
    return rows[0] && documentWithTextFromRow(rows[0]);
  }

  async listDocuments(query: DocumentQuery = {}): Promise<StoredDocument[]> {
    const rows = (await this.pool.query<DocumentRow>(`SELECT ${DOCUMENT_COLUMNS} FROM documents d ORDER BY ${NEWEST_FIRST} LIMIT $1 OFFSET $2`,
      [query.limit ?? null, query.offset ?? 0])).rows;
    return rows.map(documentFromRow);
  }

  async getEntity(id: string): Promise<StoredEntity | undefined> {
    const row = (await this.pool.query<EntityCountsRow>(`SELECT ${ENTITY_COUNTS} FROM entities e ${WITH_COUNTS} WHERE e.id = $1`, [id])).rows[0];
    return row && entityFromRow(row);
  }

  async getEntities(ids: string[], options: EntityReadOptions = {}): Promise<StoredEntity[]> {
    if (ids.length === 0) return [];
    const columns = options.counts === false ? "e.*, 0 AS documents, 0 AS mentions FROM entities e" : `${ENTITY_COUNTS} FROM entities e ${WITH_COUNTS}`;
    return (await this.pool.query<EntityCountsRow>(`SELECT ${columns} WHERE e.id = ANY($1)`, [[...new Set(ids)]])).rows.map(entityFromRow);
  }

  async findEntities(query: EntityQuery = {}): Promise<StoredEntity[]> {
    const where: string[] = [];
    const params: unknown[] = [query.limit ?? null, query.offset ?? 0];
    let order = "documents DESC, mentions DESC, e.name, e.id";
    if (query.type) { params.push(query.type); where.push(`e.type = $${params.length}`); }
    const name = query.name ? nameKey(query.name) : "";
    if (name) {
      // names_key is "\nname\nalias\n…\n": a substring finds part of a name, "\nx\n" a whole one.
      params.push(name);
      where.push(`strpos(e.names_key, $${params.length}) > 0`);
      params.push(`\n${name}\n`);
      order = `strpos(e.names_key, $${params.length}) = 0, ${order}`;
    }
    const sql = `SELECT ${ENTITY_COUNTS} FROM entities e ${WITH_COUNTS} ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
      ORDER BY ${order} LIMIT $1 OFFSET $2`;
    return (await this.pool.query<EntityCountsRow>(sql, params)).rows.map(entityFromRow);
  }

  async entityDocuments(id: string): Promise<StoredDocument[]> {
    const rows = (await this.pool.query<DocumentRow>(`SELECT ${DOCUMENT_COLUMNS} FROM document_entities de JOIN documents d ON d.seq = de.doc_seq
      WHERE de.entity_id = $1 ORDER BY ${NEWEST_FIRST}`, [id])).rows;
    return rows.map(documentFromRow);
  }

  async listClaims(query: ClaimQuery = {}): Promise<StoredClaim[]> {
    return listClaims(this.pool, query);
  }

  async countClaims(query: ClaimQuery = {}): Promise<number> {
    return countClaims(this.pool, query);
  }

  async claimFacets(query: ClaimQuery = {}): Promise<ClaimFacets> {
    return claimFacets(this.pool, query);
  }

  async documentMentions(documentId: string): Promise<DocumentMention[]> {
    return documentMentions(this.pool, documentId);
  }

  async search(words: string, limit = 20): Promise<SearchHit[]> {
    const q = tsQuery(words, 2);
    if (!q) return [];
    // ts_rank is higher for better matches; the title is weight A, the text D.
    const rows = (await this.pool.query<{ id: string; title: string | null; published: string | null; text: string; rank: number }>(
      `SELECT d.id, d.title, d.published, d.text, ts_rank(d.search, q.query) AS rank
      FROM documents d, (SELECT ${q.sql} AS query) q
      WHERE d.search @@ q.query ORDER BY rank DESC, d.seq LIMIT $1`, [limit, ...q.params])).rows;
    return rows.map((r) => {
      const hit: SearchHit = { documentId: r.id, snippet: searchSnippet(r.text, q.terms), rank: r.rank };
      if (r.title != null) hit.title = r.title;
      if (r.published != null) hit.published = r.published;
      return hit;
    });
  }

  async revision(): Promise<string> {
    // The snapshot's bounds and in-progress list move when any writing transaction starts or
    // ends, on any database of the server: a change may be over-reported, never missed.
    return (await this.pool.query<{ r: string }>("SELECT pg_current_snapshot()::text AS r")).rows[0].r;
  }

  async stats(): Promise<StoreStats> {
    return (await this.pool.query<StoreStats>(`SELECT (SELECT count(*)::int FROM documents) AS documents,
      (SELECT count(*)::int FROM entities) AS entities,
      (SELECT coalesce(sum(mention_count), 0)::int FROM document_entities) AS mentions,
      (SELECT count(*)::int FROM claims) AS claims`)).rows[0];
  }

  recordMergeDecision(decision: NewMergeDecision): Promise<MergeDecision> {
    return recordMergeDecision(this.pool, decision);
  }

  listMergeDecisions(): Promise<MergeDecision[]> {
    return listMergeDecisions(this.pool);
  }

  countEntityGroups(groups: string[][]): Promise<GroupCounts[]> {
    return countEntityGroups(this.pool, groups);
  }

  routeSummaries(query: RouteQuery): Promise<{ routes: RouteSummary[]; total: number }> {
    return routeSummaries(this.pool, query);
  }

  routePeriods(granularity: "year" | "month"): Promise<{ period: string; routes: number }[]> {
    return routePeriods(this.pool, granularity);
  }

  routeRows(query: RouteRowQuery): Promise<RouteRow[]> {
    return routeRows(this.pool, query);
  }

  edgeSummaries(query: EdgeQuery = {}): Promise<{ edges: EdgeSummary[]; total: number; nodes: number }> {
    return edgeSummaries(this.pool, query);
  }

  edgeRows(query: EdgeQuery): Promise<EdgeRow[]> {
    return edgeRows(this.pool, query);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }
}
