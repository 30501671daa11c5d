// Claim reads for the SQLite store: the page, the count and the facets of one ClaimQuery,
// built from one WHERE clause so the three always agree. A hub actor has tens of thousands of
// claims, so counts and aggregates are made here rather than by reading every claim.
import type Database from "better-sqlite3";
import type { ClaimFacets, ClaimQuery, DocumentMention, StoredClaim } from "../store.js";
import { byCount, mentionsInOrder, queryEntities } from "../claim-order.js";
import { claimFromRow, type ClaimRow } from "./rows.js";

/** SQLite reads a negative LIMIT as "no limit". */
const ALL = -1;

const ORDERS = {
  // the expressions of documents_in_order and claims_in_document, so a plain page reads in index order
  document: "d.published IS NULL, ifnull(d.published, ''), d.seq, c.evidence_start, c.seq",
  // claims_by_date (date, doc_seq) gives this order without sorting when only dated claims are asked for
  date: "c.date IS NULL, c.date, c.doc_seq, c.seq",
  datedOnly: "c.date, c.doc_seq, c.seq",
} as const;

/**
 * How a query about entities is read: from the first entity's claims (claim_entities), or, for a
 * type within a date range, from claims_by_type_date with every entity probed per claim. The
 * second is what corroboration asks ("allegiance claims of 2014 linking X and Y"), where both X
 * and Y may be hubs with thousands of claims while the type has a few hundred that year.
 */
type Drive = "entity" | "type-date" | "order";

/**
 * An entity in at least one claim in DENSE_SHARE of the store (and in DENSE_MIN claims) has its
 * pages read in the page's order rather than by reading and sorting all its claims.
 */
const DENSE_SHARE = 50;
const DENSE_MIN = 100;
const DENSE_CAP = 5000;

/** Where a cursor claim sits in each order: the values its ORDER BY compares. */
interface CursorKey { undated_doc: number; published: string; doc_seq: number; evidence_start: number; seq: number; undated: number; date: string }

/**
 * Only claims after the cursor in the query's order, as a row-value comparison on the ORDER BY
 * terms. In report order a comparison on the document terms alone comes first: it lets
 * documents_in_order seek to the cursor's report.
 */
function afterCursor(order: string, key: CursorKey, params: Record<string, unknown>): string {
  Object.assign(params, Object.fromEntries(Object.entries(key).map(([k, v]) => [`k_${k}`, v])));
  if (order === ORDERS.document) {
    return `(d.published IS NULL, ifnull(d.published, ''), d.seq) >= (@k_undated_doc, @k_published, @k_doc_seq)
      AND (d.published IS NULL, ifnull(d.published, ''), d.seq, c.evidence_start, c.seq) > (@k_undated_doc, @k_published, @k_doc_seq, @k_evidence_start, @k_seq)`;
  }
  if (order === ORDERS.datedOnly) return "(c.date, c.doc_seq, c.seq) > (@k_date, @k_doc_seq, @k_seq)";
  return "(c.date IS NULL, ifnull(c.date, ''), c.doc_seq, c.seq) > (@k_undated, @k_date, @k_doc_seq, @k_seq)";
}

/** The WHERE clause of a query over `claims c` (documents reached by subquery, so counts need no join). */
function whereOf(query: ClaimQuery, drive: Drive = "entity"): { sql: string; params: Record<string, unknown> } {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (query.type) { where.push("c.type = @type"); params.type = query.type; }
  if (query.documentId) { where.push("c.doc_seq = (SELECT seq FROM documents WHERE id = @documentId)"); params.documentId = query.documentId; }
  // The first entity drives the read through claim_entities_by_entity; the others are probed per
  // claim by its primary key, so a rare entity given first keeps the read small.
  const entities = queryEntities(query);
  entities.forEach((e, i) => {
    params[`e${i}`] = e;
    where.push(i === 0 && drive !== "type-date" && drive !== "order"
      ? `c.seq IN (SELECT claim_seq FROM claim_entities WHERE entity_id = @e0)`
      : `EXISTS (SELECT 1 FROM claim_entities x WHERE x.claim_seq = c.seq AND x.entity_id = @e${i})`);
  });
  // a merged actor (src/resolve): linked to any of its ids
  (query.entityAnyOf ?? []).forEach((ids, i) => {
    params[`any${i}`] = JSON.stringify(ids);
    where.push(`c.seq IN (SELECT claim_seq FROM claim_entities WHERE entity_id IN (SELECT value FROM json_each(@any${i})))`);
  });
  // Dates compare on their common ISO prefix: "2014-10" is within since 2014-01-01 and until
  // 2014-10-15; a claim with no date at all is outside any date range.
  // The plain comparisons beside them are implied by them (every date starts with its year; "~"
  // sorts after digits and "-") and let an index on date narrow the read.
  if (query.since) {
    where.push("c.date IS NOT NULL AND c.date >= substr(@since, 1, 4) AND substr(c.date, 1, length(@since)) >= substr(@since, 1, length(c.date))");
    params.since = query.since;
  }
  if (query.until) {
    where.push("c.date IS NOT NULL AND c.date <= @until || '~' AND substr(c.date, 1, length(@until)) <= substr(@until, 1, length(c.date))");
    params.until = query.until;
  }
  if (query.dated) where.push("c.date IS NOT NULL");
  if (query.modality) { where.push("c.modality = @modality"); params.modality = query.modality; }
  if (query.publisher) {
    where.push("c.doc_seq IN (SELECT seq FROM documents WHERE publisher = @publisher COLLATE NOCASE)");
    params.publisher = query.publisher.trim();
  }
  return { sql: where.length ? `WHERE ${where.join(" AND ")}` : "", params };
}

/**
 * Which index the claims of a query are read through. A query about an entity reads claims by
 * seq from claim_entities: claims_summary holds every column the filters and orders need, so
 * those reads stay on narrow index pages (the planner would otherwise read each wide row by
 * rowid). A document's claims and a plain date order have better indexes of their own.
 */
function claimsIndex(query: ClaimQuery, drive: Drive = "entity"): string {
  if (drive === "type-date") return "INDEXED BY claims_by_type_date";
  if (query.documentId) return "";
  const byEntity = !!query.entity || !!query.entities?.length || !!query.entityAnyOf?.length;
  if (!byEntity && query.order === "date") return "";
  return "INDEXED BY claims_summary";
}

const COLUMNS = `c.doc_seq, c.id, c.type, c.args, c.quantity, c.time, c.attribution, c.modality,
  c.evidence_start, c.evidence_end, c.confidence,
  d.id AS document_id, d.title, d.url, d.publisher, d.published`;

export class SqliteClaimQueries {
  private readonly statements = new Map<string, Database.Statement>();
  constructor(private readonly db: Database.Database) {}

  /**
   * Several entities, the one with the fewest claims first (it drives the read): counted up to
   * a cap on the narrow claim_entities index, so a hub costs no more than a rare actor.
   */
  private rarestFirst(query: ClaimQuery): ClaimQuery {
    const ids = queryEntities(query);
    if (ids.length < 2) return query;
    const count = this.statement("SELECT count(*) FROM (SELECT 1 FROM claim_entities WHERE entity_id = ? LIMIT 2000)").pluck();
    const n = new Map(ids.map((id) => [id, count.get(id) as number]));
    return { ...query, entity: undefined, entities: ids.sort((a, b) => n.get(a)! - n.get(b)! || a.localeCompare(b)) };
  }

  /**
   * "type-date" when the query names a type, a date range and entities, and that type has fewer
   * claims in the range than the driving entity has claims (both counted up to a cap on narrow indexes).
   */
  private driveOf(query: ClaimQuery): Drive {
    const first = query.entity ?? query.entities?.[0];
    if (!query.type || !first || query.documentId || query.entityAnyOf?.length || !(query.since || query.until)) return "entity";
    // the type is counted only up to the entity's count: a rare entity settles it at once
    const byEntity = this.statement("SELECT count(*) FROM (SELECT 1 FROM claim_entities WHERE entity_id = ? LIMIT 2000)").pluck().get(first) as number;
    const byType = this.statement(`SELECT count(*) FROM (SELECT 1 FROM claims c INDEXED BY claims_by_type_date
        WHERE c.type = @type AND c.date IS NOT NULL AND c.date >= substr(coalesce(@since, ''), 1, 4) AND c.date <= coalesce(@until || '~', '~') LIMIT @cap)`)
      .pluck().get({ type: query.type, since: query.since ?? null, until: query.until ?? null, cap: byEntity }) as number;
    return byType < byEntity ? "type-date" : "entity";
  }

  /**
   * "order" for a page of a well-known entity's claims with no other filter: its claims are dense
   * in the store (a hub is in one claim in seven), so reading all claims in the page's order and
   * probing each for the entity meets a page's worth sooner than sorting all of the entity's.
   * (The highest seq stands in for the number of claims: it can only overstate it.)
   */
  private pageDriveOf(query: ClaimQuery, order: string): Drive {
    const ids = queryEntities(query);
    const inOrder = order === ORDERS.document || order === ORDERS.datedOnly;
    if (!inOrder || ids.length !== 1 || query.type || query.documentId || query.modality || query.publisher
      || query.since || query.until || query.entityAnyOf?.length) return this.driveOf(query);
    const n = this.statement(`SELECT count(*) FROM (SELECT 1 FROM claim_entities WHERE entity_id = ? LIMIT ${DENSE_CAP})`).pluck().get(ids[0]) as number;
    if (n < DENSE_MIN) return "entity";
    const claims = this.statement("SELECT ifnull(max(seq), 0) FROM claims").pluck().get() as number;
    return n * DENSE_SHARE >= claims ? "order" : "entity";
  }

  list(given: ClaimQuery): StoredClaim[] {
    const query = this.rarestFirst(given);
    const order = query.order === "date" ? (query.dated ? ORDERS.datedOnly : ORDERS.date) : ORDERS.document;
    const paged = query.limit != null || !!query.offset || !!query.after;
    const drive = paged ? this.pageDriveOf(query, order) : this.driveOf(query);
    const { sql: where, params } = whereOf(query, drive);
    let rows: ClaimRow[];
    if (paged) {
      // A page: its claims are chosen and ordered on the narrow indexes, then only they are read whole.
      let filter = where;
      if (query.after) {
        const key = this.cursorKey(query.after);
        if (!key) return [];
        filter = `${where ? `${where} AND` : "WHERE"} ${afterCursor(order, key, params)}`;
      }
      // every claim in report order: documents in that order, each one's claims by position
      const plain = drive === "order" || (!query.documentId && queryEntities(query).length === 0 && !query.entityAnyOf?.length);
      const from = plain && order === ORDERS.document ? "documents d INDEXED BY documents_in_order JOIN claims c INDEXED BY claims_in_document ON c.doc_seq = d.seq"
        : drive === "order" ? "claims c INDEXED BY claims_by_date"
        : order === ORDERS.document ? `claims c ${claimsIndex(query, drive)} JOIN documents d INDEXED BY documents_summary ON d.seq = c.doc_seq`
        : `claims c ${claimsIndex(query, drive)}`;
      rows = this.statement(`SELECT ${COLUMNS} FROM claims c JOIN documents d ON d.seq = c.doc_seq
        WHERE c.seq IN (SELECT c.seq FROM ${from} ${filter} ORDER BY ${order} LIMIT @limit OFFSET @offset)
        ORDER BY ${order}`).all({ ...params, limit: query.limit ?? ALL, offset: query.offset ?? 0 }) as ClaimRow[];
    } else {
      rows = this.statement(`SELECT ${COLUMNS} FROM claims c JOIN documents d ON d.seq = c.doc_seq ${where} ORDER BY ${order}`).all(params) as ClaimRow[];
    }
    if (query.evidence === false) return rows.map((row) => claimFromRow(row, ""));
    // One read per document (claims of one document come together in document order).
    const textOf = this.statement("SELECT text FROM documents WHERE seq = ?").pluck();
    const texts = new Map<number, string>();
    return rows.map((row) => {
      let text = texts.get(row.doc_seq);
      if (text === undefined) texts.set(row.doc_seq, (text = textOf.get(row.doc_seq) as string));
      return claimFromRow(row, text);
    });
  }

  /** Where the claim "DOCUMENT#CLAIM" sits in the orders, or undefined when it is not stored. */
  private cursorKey(ref: string): CursorKey | undefined {
    const at = ref.indexOf("#");
    if (at < 0) return undefined;
    return this.statement(`SELECT d.published IS NULL AS undated_doc, ifnull(d.published, '') AS published, d.seq AS doc_seq,
        c.evidence_start, c.seq, c.date IS NULL AS undated, ifnull(c.date, '') AS date
      FROM documents d JOIN claims c ON c.doc_seq = d.seq WHERE d.id = ? AND c.id = ?`).get(ref.slice(0, at), ref.slice(at + 1)) as CursorKey | undefined;
  }

  count(given: ClaimQuery): number {
    const query = this.rarestFirst(given);
    const drive = this.driveOf(query);
    const { sql: where, params } = whereOf(query, drive);
    return this.statement(`SELECT count(*) FROM claims c ${claimsIndex(query, drive)} ${where}`).pluck().get(params) as number;
  }

  facets(given: ClaimQuery): ClaimFacets {
    const query = this.rarestFirst(given);
    const { sql: where, params } = whereOf(query);
    const index = claimsIndex(query);
    const types = this.statement(`SELECT c.type AS name, count(*) AS claims FROM claims c ${index} ${where} GROUP BY c.type`)
      .all(params) as { name: string; claims: number }[];
    // the speaker (from the attribution JSON) is a generated column with an index of its own
    const speakerIndex = index ? "INDEXED BY claims_by_speaker" : "";
    const speakers = this.statement(`SELECT c.speaker AS name, count(*) AS claims FROM claims c ${speakerIndex}
        ${where ? `${where} AND` : "WHERE"} c.speaker IS NOT NULL AND c.speaker <> '' GROUP BY c.speaker`).all(params) as { name: string; claims: number }[];
    const publishers = this.statement(`SELECT coalesce(d.publisher, d.title, substr(d.id, 1, 12)) AS name, count(*) AS claims
      FROM claims c ${index} JOIN documents d INDEXED BY documents_summary ON d.seq = c.doc_seq ${where} GROUP BY name`).all(params) as { name: string; claims: number }[];
    return {
      total: types.reduce((s, t) => s + t.claims, 0),
      types: Object.fromEntries(types.map((t) => [t.name, t.claims])),
      speakers: byCount(speakers),
      publishers: byCount(publishers),
    };
  }

  documentMentions(documentId: string): DocumentMention[] {
    const rows = this.statement(`SELECT de.entity_id, e.type, e.name, de.mentions FROM document_entities de
        JOIN entities e ON e.id = de.entity_id
      WHERE de.doc_seq = (SELECT seq FROM documents WHERE id = ?)`).all(documentId) as
      { entity_id: string; type: DocumentMention["type"]; name: string; mentions: string }[];
    return mentionsInOrder(rows.map((r) => ({ id: r.entity_id, type: r.type, name: r.name, mentions: JSON.parse(r.mentions) })));
  }

  private statement(sql: string): Database.Statement {
    let s = this.statements.get(sql);
    if (!s) this.statements.set(sql, (s = this.db.prepare(sql)));
    return s;
  }
}
