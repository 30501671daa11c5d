// Claim reads for the PostgreSQL store: the page, the count and the facets of one ClaimQuery,
// built from one WHERE clause, mirroring src/store/sqlite/claim-queries.ts so both stores
// answer alike. Counts and aggregates are made in the database, not by reading every claim.
import type pg from "pg";
import { byCount, mentionsInOrder, queryEntities } from "../claim-order.js";
import type { ClaimFacets, ClaimQuery, DocumentMention, StoredClaim } from "../store.js";
import { claimFromRow, type ClaimRow } from "./rows.js";

// Undated last, written as terms a row-value comparison can repeat for a cursor (see afterCursor).
const TERMS = {
  document: (c: string, d: string) => `${d}.published IS NULL, coalesce(${d}.published, ''), ${d}.seq, ${c}.evidence_start, ${c}.seq`,
  date: (c: string) => `${c}.date IS NULL, coalesce(${c}.date, ''), ${c}.doc_seq, ${c}.seq`,
  // the date order when only dated claims are asked for: the same order less its constant terms
  datedOnly: (c: string) => `${c}.date, ${c}.doc_seq, ${c}.seq`,
} as const;

/**
 * The same orders on the claims alone, as claims_in_order and claims_by_date hold them
 * (migrations 7 and 5): a page is chosen on one index without reading documents.
 * doc_published is the document's published date, so report order is unchanged.
 */
const CLAIM_TERMS: Record<keyof typeof TERMS, (c: string) => string> = {
  document: (c) => `${c}.doc_published IS NULL, coalesce(${c}.doc_published, ''), ${c}.doc_seq, ${c}.evidence_start, ${c}.seq`,
  date: TERMS.date,
  datedOnly: TERMS.datedOnly,
};

/** Only claims after the cursor claim ("DOCUMENT#CLAIM") in the order: its ORDER BY terms compared as a row. */
function afterCursor(order: keyof typeof TERMS, ref: string, bind: (v: unknown) => string): string {
  const at = ref.indexOf("#");
  const [doc, claim] = at < 0 ? [ref, ""] : [ref.slice(0, at), ref.slice(at + 1)];
  // an undated cursor claim in the dated-only order comes before every dated one, as in SQLite
  const key = order === "datedOnly" ? "coalesce(k.date, ''), k.doc_seq, k.seq" : CLAIM_TERMS[order]("k");
  // a claim no longer stored gives no row to compare with, so nothing follows it
  return `(${CLAIM_TERMS[order]("c")}) > (SELECT ${key} FROM claims k JOIN documents kd ON kd.seq = k.doc_seq
    WHERE kd.id = ${bind(doc)} AND k.id = ${bind(claim)})`;
}

/** The WHERE clause over `claims c`, its parameters numbered after `first` already bound ones. */
function whereOf(query: ClaimQuery, params: unknown[]): string {
  const where: string[] = [];
  const bind = (v: unknown) => { params.push(v); return `$${params.length}`; };
  if (query.type) where.push(`c.type = ${bind(query.type)}`);
  if (query.documentId) where.push(`c.doc_seq = (SELECT seq FROM documents WHERE id = ${bind(query.documentId)})`);
  // The first entity drives the read; the others are probed per claim (a rare one first reads little).
  const entities = queryEntities(query);
  entities.forEach((e, i) => {
    where.push(i === 0
      ? `c.seq IN (SELECT claim_seq FROM claim_entities WHERE entity_id = ${bind(e)})`
      : `EXISTS (SELECT 1 FROM claim_entities x WHERE x.claim_seq = c.seq AND x.entity_id = ${bind(e)})`);
  });
  // a merged actor (src/resolve): linked to any of its ids
  for (const ids of query.entityAnyOf ?? []) where.push(`c.seq IN (SELECT claim_seq FROM claim_entities WHERE entity_id = ANY(${bind(ids)}::text[]))`);
  // Dates compare on their common ISO prefix, as in SQLite: "2014-10" is within since
  // 2014-01-01 and until 2014-10-15; a claim with no date is outside any date range.
  // The plain comparisons beside them are implied by them (every date starts with its year; "~"
  // sorts after digits and "-") and let claims_by_type (type, date) narrow a type's read to the range.
  if (query.since) {
    const p = bind(query.since);
    where.push(`c.date IS NOT NULL AND c.date >= substr(${p}::text COLLATE "C", 1, 4) AND substr(c.date, 1, length(${p})) >= substr(${p}::text COLLATE "C", 1, length(c.date))`);
  }
  if (query.until) {
    const p = bind(query.until);
    where.push(`c.date IS NOT NULL AND c.date <= (${p}::text || '~') COLLATE "C" AND substr(c.date, 1, length(${p})) <= substr(${p}::text COLLATE "C", 1, length(c.date))`);
  }
  if (query.dated) where.push("c.date IS NOT NULL");
  if (query.modality) where.push(`c.modality = ${bind(query.modality)}`);
  if (query.publisher) where.push(`c.doc_seq IN (SELECT seq FROM documents WHERE lower(publisher) = lower(${bind(query.publisher.trim())}))`);
  return where.length ? `WHERE ${where.join(" AND ")}` : "";
}

export async function listClaims(pool: pg.Pool, query: ClaimQuery): Promise<StoredClaim[]> {
  const params: unknown[] = [query.limit ?? null, query.offset ?? 0];
  const order = query.order === "date" ? (query.dated ? "datedOnly" : "date") : "document";
  let where = whereOf(query, params);
  const paged = query.limit != null || !!query.offset || !!query.after;
  if (query.after) {
    where = `${where ? `${where} AND` : "WHERE"} ${afterCursor(order, query.after, (v) => { params.push(v); return `$${params.length}`; })}`;
  }
  // A page's claims are chosen and ordered on the claims' own order index, which also holds the
  // filtered columns, then only they are read whole: a deep page skips index entries, not rows.
  const chosen = paged ? `WHERE c.seq IN (SELECT c.seq FROM claims c ${where} ORDER BY ${CLAIM_TERMS[order]("c")} LIMIT $1 OFFSET $2)` : where;
  const rows = (await pool.query<ClaimRow>(`SELECT c.doc_seq, c.id, c.type, c.args, c.quantity, c.time, c.attribution, c.modality,
      c.evidence_start, c.evidence_end, c.confidence,
      d.id AS document_id, d.title, d.url, d.publisher, d.published
    FROM claims c JOIN documents d ON d.seq = c.doc_seq
    ${chosen}
    ORDER BY ${TERMS[order]("c", "d")}
    ${paged ? "" : "LIMIT $1 OFFSET $2"}`, params)).rows;
  if (query.evidence === false) return rows.map((row) => claimFromRow(row, ""));
  // One fetch of the texts the claims come from, for their evidence passages.
  const seqs = [...new Set(rows.map((r) => r.doc_seq))];
  const texts = new Map(seqs.length
    ? (await pool.query<{ seq: string; text: string }>("SELECT seq, text FROM documents WHERE seq = ANY($1::bigint[])", [seqs])).rows.map((r) => [r.seq, r.text])
    : []);
  return rows.map((row) => claimFromRow(row, texts.get(row.doc_seq) ?? ""));
}

export async function countClaims(pool: pg.Pool, query: ClaimQuery): Promise<number> {
  const params: unknown[] = [];
  const where = whereOf(query, params);
  return Number((await pool.query<{ n: string }>(`SELECT count(*) AS n FROM claims c ${where}`, params)).rows[0].n);
}

export async function claimFacets(pool: pg.Pool, query: ClaimQuery): Promise<ClaimFacets> {
  const params: unknown[] = [];
  const where = whereOf(query, params);
  type Count = { name: string; claims: string };
  const [types, speakers, publishers] = await Promise.all([
    pool.query<Count>(`SELECT c.type AS name, count(*) AS claims FROM claims c ${where} GROUP BY c.type`, params),
    // the speaker (from the attribution) is a stored column indexed with the claim's seq
    pool.query<Count>(`SELECT c.speaker AS name, count(*) AS claims FROM claims c
      ${where ? `${where} AND` : "WHERE"} c.speaker IS NOT NULL AND c.speaker <> '' GROUP BY c.speaker`, params),
    pool.query<Count>(`SELECT coalesce(d.publisher, d.title, substr(d.id, 1, 12)) AS name, count(*) AS claims
      FROM claims c JOIN documents d ON d.seq = c.doc_seq ${where} GROUP BY 1`, params),
  ]);
  const counted = (r: Count[]) => r.map((x) => ({ name: x.name, claims: Number(x.claims) }));
  return {
    total: counted(types.rows).reduce((s, t) => s + t.claims, 0),
    types: Object.fromEntries(counted(types.rows).map((t) => [t.name, t.claims])),
    speakers: byCount(counted(speakers.rows)),
    publishers: byCount(counted(publishers.rows)),
  };
}

export async function documentMentions(pool: pg.Pool, documentId: string): Promise<DocumentMention[]> {
  const rows = (await pool.query<{ entity_id: string; type: DocumentMention["type"]; name: string; mentions: [number, number][] }>(
    `SELECT de.entity_id, e.type, e.name, de.mentions FROM document_entities de JOIN entities e ON e.id = de.entity_id
    WHERE de.doc_seq = (SELECT seq FROM documents WHERE id = $1)`, [documentId])).rows;
  return mentionsInOrder(rows.map((r) => ({ id: r.entity_id, type: r.type, name: r.name, mentions: r.mentions })));
}
