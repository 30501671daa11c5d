// Writes one document and its extraction in one transaction, safe with many writers at once:
// - a transaction-level advisory lock on the document id makes two workers storing the same
//   report take turns, so the second finds it stored ("unchanged") instead of duplicating it;
// - the entities a document touches are locked in one sorted order (lock_keys) before any is
//   read, so writers sharing entities wait for each other and never deadlock, and each reads
//   the merged entity as the previous writer committed it;
// - the document's seq is taken after those locks, so seq order is merge order, as the
//   re-merge on re-extraction assumes (entity-merge.ts: "in order of the documents' first ingest").
// Rows go in as one statement per table (jsonb_to_recordset), not one per row. Batches of
// documents (putDocuments) are in batch-writer.ts, which reuses `write` for the cases it cannot bulk.
import type pg from "pg";
import type { Document } from "../../ingest/document.js";
import type { Extraction } from "../../extract/contract.js";
import { checkExtraction, claimLinks } from "../check-extraction.js";
import { mergeEntity, nameKey, type EntityRecord, type MergedEntity } from "../entity-merge.js";
import { StoreError, type PutStatus } from "../store.js";
import { foldText } from "./fold.js";
import { mergedFromRow, type EntityRow } from "./rows.js";
import { LOCK_DOCUMENT, LOCK_ENTITY } from "./schema.js";
import { PgSummaryWrites } from "./summaries.js";

/** Beyond this many characters a text is indexed for search only in part (tsvector's 1 MB cap). */
export const MAX_INDEXED_CHARS = 500_000;

export async function putDocument(pool: pg.Pool, doc: Document, extraction: Extraction, version: string): Promise<PutStatus> {
  checkForPostgres(doc, extraction);
  // Most repeats are the same report again: answered without a write transaction.
  const seen = await pool.query<{ extractor_version: string }>("SELECT extractor_version FROM documents WHERE id = $1", [doc.id]);
  if (seen.rows[0]?.extractor_version === version) return "unchanged";

  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const summaries = new PgSummaryWrites();
    const status = await write(client, doc, extraction, version, summaries);
    await summaries.flush(client);
    await client.query("COMMIT");
    return status;
  } catch (e) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw asStoreError(doc, e);
  } finally {
    client.release();
  }
}

/**
 * What PostgreSQL needs beyond the common checks: no NUL characters (text and jsonb cannot hold
 * them) and each entity and claim listed once, so a bad extraction is named before any write.
 */
export function checkForPostgres(doc: Document, extraction: Extraction): void {
  checkExtraction(doc, extraction);
  const refuse = (why: string): never => {
    throw new StoreError("invalid_extraction", `${doc.source}: cannot store the extraction (nothing was stored): ${why}`);
  };
  if (hasNul(doc, extraction)) refuse("the text holds NUL characters, which PostgreSQL cannot store");
  const ids = extraction.entities.map((e) => e.id);
  if (new Set(ids).size !== ids.length) refuse("an entity is listed twice");
  const claims = extraction.claims.map((c) => c.id);
  if (new Set(claims).size !== claims.length) refuse("a claim id is used twice");
}

/** Integrity (23xxx) and "affects a row twice" (21000) errors are the extraction's fault, not the server's. */
export function asStoreError(doc: Document, e: unknown): Error {
  const code = (e as { code?: string }).code ?? "";
  if (code.startsWith("23") || code === "21000") {
    return new StoreError("invalid_extraction", `${doc.source}: cannot store the extraction (nothing was stored): ${(e as Error).message}`);
  }
  return e as Error;
}

/**
 * Stores one document inside the caller's transaction (putDocument's, or a batch's savepoint);
 * the caller flushes `summaries` before it commits.
 */
export async function write(db: pg.PoolClient, doc: Document, extraction: Extraction, version: string, summaries: PgSummaryWrites): Promise<PutStatus> {
  await db.query("SELECT pg_advisory_xact_lock($1, hashtext($2))", [LOCK_DOCUMENT, doc.id]);
  const existing = (await db.query<{ seq: string; extractor_version: string; published: string | null; title: string | null; url: string | null; publisher: string | null }>(
    "SELECT seq, extractor_version, published, title, url, publisher FROM documents WHERE id = $1", [doc.id])).rows[0];
  if (existing && existing.extractor_version === version) return "unchanged";

  // On a re-extraction: the entity records the old one gave, by entity id.
  let previous: Map<string, string> | undefined;
  if (existing) {
    previous = new Map((await db.query<{ entity_id: string; record: string }>(
      "SELECT entity_id, record FROM document_entities WHERE doc_seq = $1", [existing.seq])).rows.map((r) => [r.entity_id, r.record]));
  }
  const touched = [...new Set([...extraction.entities.map((e) => e.id), ...(previous?.keys() ?? [])])];
  await db.query("SELECT lock_keys($1, $2)", [LOCK_ENTITY, touched]);

  let seq: string;
  let published: string | null;
  if (existing) {
    seq = existing.seq;
    published = existing.published;
    await summaries.forgetDocument(db, seq);
    await db.query("DELETE FROM claims WHERE doc_seq = $1", [seq]);
    await db.query("DELETE FROM document_entities WHERE doc_seq = $1", [seq]);
    await db.query("UPDATE documents SET extractor_version = $1 WHERE seq = $2", [version, seq]);
  } else {
    published = doc.published ?? null;
    seq = (await db.query<{ seq: string }>(`INSERT INTO documents
        (id, source, format, title, url, publisher, author, published, ingested_at, length, text, extractor_version, search)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12,
        setweight(to_tsvector('simple', $13), 'A') || setweight(to_tsvector('simple', $14), 'D'))
      RETURNING seq`, [
      doc.id, doc.source, doc.format, doc.title ?? null, doc.url ?? null, doc.publisher ?? null, doc.author ?? null,
      published, new Date().toISOString(), doc.text.length, doc.text, version,
      foldText(doc.title ?? ""), foldText(doc.text.slice(0, MAX_INDEXED_CHARS)),
    ])).rows[0].seq;
  }

  const stored = new Map((await db.query<EntityRow>("SELECT * FROM entities WHERE id = ANY($1)", [extraction.entities.map((e) => e.id)]))
    .rows.map((r) => [r.id, mergedFromRow(r)]));
  const save: MergedEntity[] = [];
  const remerge = new Set<string>();
  const links: object[] = [];
  for (const e of extraction.entities) {
    const { mentions, ...entity } = e;
    const record = JSON.stringify(entity);
    const before = stored.get(e.id);
    if (!previous) {
      // The new document is the latest, so folding it in last is exact.
      const after = mergeEntity(before, entity);
      if (!before || JSON.stringify(before) !== JSON.stringify(after)) save.push(after);
    } else if (previous.get(e.id) !== record) {
      // The document keeps its place in ingest order, so its entities are re-merged from scratch.
      if (!before) save.push(mergeEntity(undefined, entity));
      remerge.add(e.id);
    }
    previous?.delete(e.id);
    links.push({ entity_id: e.id, record, mentions, mention_count: mentions.length });
  }
  await saveEntities(db, save);
  await db.query(`INSERT INTO document_entities (entity_id, doc_seq, record, mentions, mention_count)
    SELECT entity_id, $1, record, mentions, mention_count
    FROM jsonb_to_recordset($2::jsonb) AS x(entity_id text, record text, mentions jsonb, mention_count integer)`,
  [seq, JSON.stringify(links)]);

  if (extraction.claims.length) {
    const rows = extraction.claims.map((c, ord) => ({
      ord, id: c.id, type: c.type, args: c.args, quantity: c.quantity ?? null, time: c.time ?? null,
      time_value: c.time?.value ?? null, attribution: c.attribution ?? null, modality: c.modality,
      evidence_start: c.evidence[0], evidence_end: c.evidence[1], confidence: c.confidence,
      date: c.time?.value ?? published,
    }));
    // doc_published: the report's date beside each claim, for claims_in_order (schema.ts, migration 7)
    const inserted = (await db.query<{ seq: string; id: string }>(`INSERT INTO claims
        (doc_seq, id, type, args, quantity, time, time_value, attribution, modality, evidence_start, evidence_end, confidence, date, doc_published)
      SELECT $1, id, type, args, quantity, time, time_value, attribution, modality, evidence_start, evidence_end, confidence, date, $3
      FROM jsonb_to_recordset($2::jsonb) AS x(ord integer, id text, type text, args jsonb, quantity jsonb, time jsonb,
        time_value text, attribution jsonb, modality text, evidence_start integer, evidence_end integer,
        confidence double precision, date text)
      ORDER BY ord
      RETURNING seq, id`, [seq, JSON.stringify(rows), published])).rows;
    const seqOf = new Map(inserted.map((r) => [r.id, r.seq]));
    const claimSeqs: string[] = [], roles: string[] = [], entities: string[] = [];
    for (const c of extraction.claims) {
      for (const [role, entity] of claimLinks(c)) {
        claimSeqs.push(seqOf.get(c.id)!);
        roles.push(role);
        entities.push(entity);
      }
    }
    if (claimSeqs.length) {
      await db.query("INSERT INTO claim_entities (claim_seq, role, entity_id) SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[])",
        [claimSeqs, roles, entities]);
    }
    // the document as stored: a re-extraction keeps the metadata of the first ingest
    const stored = existing ?? { title: doc.title ?? null, url: doc.url ?? null, publisher: doc.publisher ?? null };
    const summaryDoc = { id: doc.id, seq: Number(seq), title: stored.title, url: stored.url, publisher: stored.publisher, published };
    await summaries.addClaims(db, extraction.claims.map((claim) => ({ doc: summaryDoc, claim, seq: Number(seqOf.get(claim.id)) })));
  }

  // Entities the re-extraction dropped or described differently; an unchanged record leaves
  // the merge as it was (same records, same order).
  if (previous) {
    for (const id of previous.keys()) remerge.add(id);
    const again: MergedEntity[] = [];
    for (const id of [...remerge].sort()) {
      const records = (await db.query<{ record: string }>(`SELECT record FROM document_entities WHERE entity_id = $1
        GROUP BY record ORDER BY min(doc_seq)`, [id])).rows;
      if (records.length === 0) {
        await db.query("DELETE FROM entities WHERE id = $1", [id]);
        continue;
      }
      let merged: MergedEntity | undefined;
      for (const r of records) merged = mergeEntity(merged, JSON.parse(r.record) as EntityRecord);
      again.push(merged!);
    }
    await saveEntities(db, again);
  }
  return existing ? "updated" : "added";
}

export async function saveEntities(db: pg.PoolClient, entities: MergedEntity[]): Promise<void> {
  if (!entities.length) return;
  const rows = entities.map((e) => ({
    id: e.id, type: e.type, name: e.name, name_rank: e.nameRank, aliases: e.aliases, country: e.country ?? null,
    lat: e.lat ?? null, lon: e.lon ?? null, refs: e.refs ?? null, designations: e.designations?.length ? e.designations : null,
    names_key: `\n${[e.name, ...e.aliases].map(nameKey).join("\n")}\n`,
  }));
  await db.query(`INSERT INTO entities (id, type, name, name_rank, aliases, country, lat, lon, refs, designations, names_key)
    SELECT id, type, name, name_rank, aliases, country, lat, lon, refs, designations, names_key
    FROM jsonb_to_recordset($1::jsonb) AS x(id text, type text, name text, name_rank integer, aliases jsonb, country text,
      lat double precision, lon double precision, refs jsonb, designations jsonb, names_key text)
    ON CONFLICT (id) DO UPDATE SET type = excluded.type, name = excluded.name, name_rank = excluded.name_rank,
      aliases = excluded.aliases, country = excluded.country, lat = excluded.lat, lon = excluded.lon,
      refs = excluded.refs, designations = excluded.designations, names_key = excluded.names_key`, [JSON.stringify(rows)]);
}

function hasNul(doc: Document, extraction: Extraction): boolean {
  return doc.text.includes("\u0000") || JSON.stringify(extraction).includes("\\u0000")
    || Object.values(doc).some((v) => typeof v === "string" && v.includes("\u0000"));
}
