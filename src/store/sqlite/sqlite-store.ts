// The embedded store: one SQLite file (WAL), one process writing at a time. better-sqlite3 is
// synchronous and fast; the async methods keep the interface the PostgreSQL store shares.
import type Database from "better-sqlite3";
import type { Document } from "../../ingest/document.js";
import type { Extraction } from "../../extract/contract.js";
import { nameKey } from "../entity-merge.js";
import {
  StoreError,
  type ClaimFacets, type ClaimQuery, type EntityReadOptions, type DocumentMention, type DocumentQuery, type EntityQuery, type PutItem, type PutStatus, type SearchHit, type Store,
  type StoreStats, type StoredClaim, type StoredDocument, type StoredDocumentWithText, type StoredEntity,
} from "../store.js";
import { openDatabase } from "./database.js";
import { DocumentWriter } from "./document-writer.js";
import { SqliteClaimQueries } from "./claim-queries.js";
import { SqliteSummaries } from "./summaries.js";
import type { EdgeSummary, RouteSummary } from "../route-summary.js";
import type { EdgeQuery, RouteQuery, RouteRowQuery } from "../store.js";
import type { EdgeRow, RouteRow } from "../summary-rows.js";
import { ftsMatchQuery } from "./fts-query.js";
import { countEntityGroups, listMergeDecisions, recordMergeDecision } from "./merges.js";
import type { GroupCounts, MergeDecision, NewMergeDecision } from "../merge-decisions.js";
import {
  claimFromRow, documentFromRow, documentWithTextFromRow, entityFromRow,
  type ClaimRow, type DocumentRow, type EntityCountsRow,
} from "./rows.js";

const DOCUMENT_COLUMNS = `d.seq, d.id, d.source, d.format, d.title, d.url, d.publisher, d.author, d.published,
  d.ingested_at, d.length, (SELECT count(*) FROM claims c WHERE c.doc_seq = d.seq) AS claims`;
const NEWEST_FIRST = "d.published IS NULL, d.published DESC, d.seq DESC";
const ENTITY_COUNTS = `e.*,
  (SELECT count(*) FROM document_entities de WHERE de.entity_id = e.id) AS documents,
  (SELECT coalesce(sum(de.mention_count), 0) FROM document_entities de WHERE de.entity_id = e.id) AS mentions`;
/** SQLite reads a negative LIMIT as "no limit". */
const ALL = -1;

export function openSqliteStore(file: string): SqliteStore {
  return new SqliteStore(openDatabase(file), file);
}

export class SqliteStore implements Store {
  readonly kind = "sqlite" as const;
  private readonly writer: DocumentWriter;
  private readonly claims: SqliteClaimQueries;
  private readonly summaries: SqliteSummaries;
  private readonly statements = new Map<string, Database.Statement>();
  private closed = false;

  constructor(private readonly db: Database.Database, readonly location: string) {
    this.writer = new DocumentWriter(db);
    this.claims = new SqliteClaimQueries(db);
    this.summaries = new SqliteSummaries(db);
  }

  async putDocument(doc: Document, extraction: Extraction, extractorVersion: string): Promise<PutStatus> {
    return this.writer.put(doc, extraction, extractorVersion);
  }

  async putDocuments(items: PutItem[]): Promise<(PutStatus | Error)[]> {
    return this.writer.putMany(items);
  }

  async hasDocument(id: string): Promise<boolean> {
    return this.statement("SELECT 1 FROM documents WHERE id = ?").get(id) !== undefined;
  }

  async extractorVersion(id: string): Promise<string | undefined> {
    return (this.statement("SELECT extractor_version FROM documents WHERE id = ?").pluck().get(id) as string | undefined) ?? undefined;
  }

  async getDocument(idOrPrefix: string): Promise<StoredDocumentWithText | undefined> {
    const key = idOrPrefix.trim().toLowerCase();
    if (!/^[0-9a-f]{6,64}$/.test(key)) return undefined;
    // Hex digits sort below "g", so [key, key + "g") is every id starting with key.
    const rows = this.statement(`SELECT ${DOCUMENT_COLUMNS}, d.text FROM documents d
      WHERE d.id >= ? AND d.id < ? ORDER BY d.id LIMIT 3`).all(key, key + "g") as (DocumentRow & { text: string })[];
    if (rows.length > 1) {
      const shown = rows.slice(0, 2).map((r) => r.id.slice(0, 12)).join(", ");
      throw new StoreError("ambiguous_id", `document id prefix ${key} matches more than one document (${shown}${rows.length > 2 ? ", …" : ""}): give more digits`);
    }
    return rows[0] && documentWithTextFromRow(rows[0]);
  }

  async listDocuments(query: DocumentQuery = {}): Promise<StoredDocument[]> {
    const rows = this.statement(`SELECT ${DOCUMENT_COLUMNS} FROM documents d ORDER BY ${NEWEST_FIRST} LIMIT ? OFFSET ?`)
      .all(query.limit ?? ALL, query.offset ?? 0) as DocumentRow[];
    return rows.map(documentFromRow);
  }

  async getEntity(id: string): Promise<StoredEntity | undefined> {
    const row = this.statement(`SELECT ${ENTITY_COUNTS} FROM entities e WHERE e.id = ?`).get(id) as EntityCountsRow | undefined;
    return row && entityFromRow(row);
  }

  async getEntities(ids: string[], options: EntityReadOptions = {}): Promise<StoredEntity[]> {
    if (ids.length === 0) return [];
    // one statement over a JSON list of ids, so any number of ids binds as one parameter
    const columns = options.counts === false ? "e.*, 0 AS documents, 0 AS mentions" : ENTITY_COUNTS;
    const rows = this.statement(`SELECT ${columns} FROM entities e WHERE e.id IN (SELECT value FROM json_each(?))`)
      .all(JSON.stringify([...new Set(ids)])) as EntityCountsRow[];
    return rows.map(entityFromRow);
  }

  async findEntities(query: EntityQuery = {}): Promise<StoredEntity[]> {
    const where: string[] = [];
    const params: Record<string, unknown> = { limit: query.limit ?? ALL, offset: query.offset ?? 0 };
    let order = "documents DESC, mentions DESC, e.name, e.id";
    if (query.type) { where.push("e.type = @type"); params.type = query.type; }
    const name = query.name ? nameKey(query.name) : "";
    if (name) {
      // names_key is "\nname\nalias\n…\n": a substring finds part of a name, "\nx\n" a whole one.
      where.push("instr(e.names_key, @name) > 0");
      params.name = name;
      params.whole = `\n${name}\n`;
      order = `instr(e.names_key, @whole) = 0, ${order}`;
    }
    const sql = `SELECT ${ENTITY_COUNTS} FROM entities e ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
      ORDER BY ${order} LIMIT @limit OFFSET @offset`;
    return (this.statement(sql).all(params) as EntityCountsRow[]).map(entityFromRow);
  }

  async entityDocuments(id: string): Promise<StoredDocument[]> {
    const rows = this.statement(`SELECT ${DOCUMENT_COLUMNS} FROM document_entities de JOIN documents d ON d.seq = de.doc_seq
      WHERE de.entity_id = ? ORDER BY ${NEWEST_FIRST}`).all(id) as DocumentRow[];
    return rows.map(documentFromRow);
  }

  async listClaims(query: ClaimQuery = {}): Promise<StoredClaim[]> {
    return this.claims.list(query);
  }

  async countClaims(query: ClaimQuery = {}): Promise<number> {
    return this.claims.count(query);
  }

  async claimFacets(query: ClaimQuery = {}): Promise<ClaimFacets> {
    return this.claims.facets(query);
  }

  async documentMentions(documentId: string): Promise<DocumentMention[]> {
    return this.claims.documentMentions(documentId);
  }

  async search(words: string, limit = 20): Promise<SearchHit[]> {
    const match = ftsMatchQuery(words);
    if (!match) return [];
    // bm25 is lower for better matches; rank is reported higher-is-better, titles weigh 4x.
    const rows = this.statement(`SELECT d.id, d.title, d.published,
        snippet(document_fts, 1, '', '', '…', 24) AS snippet, bm25(document_fts, 4.0, 1.0) AS score
      FROM document_fts JOIN documents d ON d.seq = document_fts.rowid
      WHERE document_fts MATCH ? ORDER BY score, d.seq LIMIT ?`)
      .all(match, limit) as { id: string; title: string | null; published: string | null; snippet: string; score: number }[];
    return rows.map((r) => {
      const hit: SearchHit = { documentId: r.id, snippet: r.snippet.replace(/\s+/g, " ").trim(), rank: -r.score };
      if (r.title != null) hit.title = r.title;
      if (r.published != null) hit.published = r.published;
      return hit;
    });
  }

  async revision(): Promise<string> {
    // data_version moves when another connection commits, total_changes when this one writes
    const other = this.db.pragma("data_version", { simple: true }) as number;
    const own = this.statement("SELECT total_changes()").pluck().get() as number;
    return `${other}:${own}`;
  }

  async stats(): Promise<StoreStats> {
    return this.statement(`SELECT (SELECT count(*) FROM documents) AS documents, (SELECT count(*) FROM entities) AS entities,
      (SELECT coalesce(sum(mention_count), 0) FROM document_entities) AS mentions, (SELECT count(*) FROM claims) AS claims`).get() as StoreStats;
  }

  async recordMergeDecision(decision: NewMergeDecision): Promise<MergeDecision> {
    return recordMergeDecision(this.db, decision);
  }

  async listMergeDecisions(): Promise<MergeDecision[]> {
    return listMergeDecisions(this.db);
  }

  async countEntityGroups(groups: string[][]): Promise<GroupCounts[]> {
    return countEntityGroups(this.db, groups);
  }

  async routeSummaries(query: RouteQuery): Promise<{ routes: RouteSummary[]; total: number }> {
    return this.summaries.routeSummaries(query);
  }

  async routePeriods(granularity: "year" | "month"): Promise<{ period: string; routes: number }[]> {
    return this.summaries.routePeriods(granularity);
  }

  async routeRows(query: RouteRowQuery): Promise<RouteRow[]> {
    return this.summaries.routeRows(query);
  }

  async edgeSummaries(query: EdgeQuery = {}): Promise<{ edges: EdgeSummary[]; total: number; nodes: number }> {
    return this.summaries.edgeSummaries(query);
  }

  async edgeRows(query: EdgeQuery): Promise<EdgeRow[]> {
    return this.summaries.edgeRows(query);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.statements.clear();
    this.db.close();
  }

  /** Statements are prepared once per distinct SQL text (queries vary only by which filters are set). */
  private statement(sql: string): Database.Statement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }
}
