// Stores many documents in one transaction (Store.putDocuments), for workers that take several
// jobs at once. New documents go in together, one statement per table for the whole batch; each
// document is still whole or absent:
// - every document and entity the batch touches is locked up front, in the same sorted order a
//   single put uses (documents, then entities), so batches and single puts queue, never deadlock;
// - the new documents are written under one savepoint; if that fails (a constraint no check
//   caught), it is rolled back and each document is written alone under its own savepoint, so
//   only the faulty one is refused;
// - re-extractions and a text repeated within the batch take the single-document path (write),
//   each under its own savepoint, after the new documents, so results match putting the items
//   one by one in order (entities are merged in seq order either way).
import type pg from "pg";
import type { Document } from "../../ingest/document.js";
import type { Extraction } from "../../extract/contract.js";
import { claimLinks } from "../check-extraction.js";
import { mergeEntity, type MergedEntity } from "../entity-merge.js";
import type { PutItem, PutStatus } from "../store.js";
import { asStoreError, checkForPostgres, MAX_INDEXED_CHARS, saveEntities, write } from "./document-writer.js";
import { foldText } from "./fold.js";
import { mergedFromRow, type EntityRow } from "./rows.js";
import { LOCK_DOCUMENT, LOCK_ENTITY } from "./schema.js";
import { PgSummaryWrites } from "./summaries.js";

export async function putDocuments(pool: pg.Pool, items: PutItem[]): Promise<(PutStatus | Error)[]> {
  const results: (PutStatus | Error | undefined)[] = new Array(items.length);
  const valid: number[] = [];
  items.forEach((item, i) => {
    try {
      checkForPostgres(item.doc, item.extraction);
      valid.push(i);
    } catch (e) {
      results[i] = e as Error;
    }
  });
  const ids = [...new Set(valid.map((i) => items[i].doc.id))];
  // Repeats of stored reports are answered without a write transaction, as in putDocument.
  const stored = new Map(ids.length
    ? (await pool.query<{ id: string; extractor_version: string }>("SELECT id, extractor_version FROM documents WHERE id = ANY($1)", [ids]))
      .rows.map((r) => [r.id, r.extractor_version])
    : []);
  const fresh: number[] = [], serial: number[] = [];
  const first = new Set<string>();
  for (const i of valid) {
    const { doc, extractorVersion } = items[i];
    const isFirst = !first.has(doc.id);
    first.add(doc.id);
    if (isFirst && stored.get(doc.id) === extractorVersion) results[i] = "unchanged";
    else if (isFirst && !stored.has(doc.id)) fresh.push(i);
    else serial.push(i);
  }
  if (fresh.length || serial.length) {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      await writeBatch(client, items, fresh, serial, results);
      await client.query("COMMIT");
    } catch (e) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw e;
    } finally {
      client.release();
    }
  }
  return results as (PutStatus | Error)[];
}

async function writeBatch(db: pg.PoolClient, items: PutItem[], fresh: number[], serial: number[], results: (PutStatus | Error | undefined)[]): Promise<void> {
  const docIds = [...new Set([...fresh, ...serial].map((i) => items[i].doc.id))];
  await db.query("SELECT lock_keys($1, $2)", [LOCK_DOCUMENT, docIds]);
  // Another writer may have stored some of the new ones between the first look and the lock.
  const now = new Map((await db.query<{ id: string; seq: string; extractor_version: string }>(
    "SELECT id, seq, extractor_version FROM documents WHERE id = ANY($1)", [docIds])).rows.map((r) => [r.id, r]));
  const bulk: number[] = [];
  for (const i of fresh) {
    const row = now.get(items[i].doc.id);
    if (!row) bulk.push(i);
    else if (row.extractor_version === items[i].extractorVersion) results[i] = "unchanged";
    else serial.push(i);
  }
  serial.sort((a, b) => a - b);

  // Every entity any of these documents touches, their previous readings' included.
  const entityIds = new Set<string>();
  for (const i of [...bulk, ...serial]) for (const e of items[i].extraction.entities) entityIds.add(e.id);
  const seqs = [...now.values()].map((r) => r.seq);
  if (seqs.length) {
    for (const r of (await db.query<{ entity_id: string }>("SELECT DISTINCT entity_id FROM document_entities WHERE doc_seq = ANY($1::bigint[])", [seqs])).rows) {
      entityIds.add(r.entity_id);
    }
  }
  await db.query("SELECT lock_keys($1, $2)", [LOCK_ENTITY, [...entityIds]]);
  // route and edge summaries are recomputed once, at the end, for everything the batch touched
  const summaries = new PgSummaryWrites();

  const alone = async (i: number) => {
    const { doc, extraction, extractorVersion } = items[i];
    await db.query("SAVEPOINT put_one");
    try {
      results[i] = await write(db, doc, extraction, extractorVersion, summaries);
      await db.query("RELEASE SAVEPOINT put_one");
    } catch (e) {
      // A savepoint that cannot be rolled back means the connection is gone: the batch fails.
      await db.query("ROLLBACK TO SAVEPOINT put_one").catch(() => { throw e; });
      results[i] = asStoreError(doc, e);
    }
  };
  if (bulk.length) {
    await db.query("SAVEPOINT put_many");
    try {
      await insertNew(db, bulk.map((i) => items[i]), summaries);
      await db.query("RELEASE SAVEPOINT put_many");
      for (const i of bulk) results[i] = "added";
    } catch (e) {
      await db.query("ROLLBACK TO SAVEPOINT put_many").catch(() => { throw e; });
      for (const i of bulk) await alone(i);
    }
  }
  for (const i of serial) await alone(i);
  await summaries.flush(db);
}

/** Documents not stored yet, in order: one INSERT per table for all of them. */
async function insertNew(db: pg.PoolClient, items: PutItem[], summaries: PgSummaryWrites): Promise<void> {
  const ingestedAt = new Date().toISOString();
  const col = <T>(f: (doc: Document, item: PutItem) => T) => items.map((it) => f(it.doc, it));
  // Arrays rather than JSON for the texts: a text goes in exactly as a single put sends it.
  const docs = (await db.query<{ seq: string; id: string }>(`INSERT INTO documents
      (id, source, format, title, url, publisher, author, published, ingested_at, length, text, extractor_version, search)
    SELECT id, source, format, title, url, publisher, author, published, $9, length, text, version,
      setweight(to_tsvector('simple', folded_title), 'A') || setweight(to_tsvector('simple', folded_text), 'D')
    FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
      $10::integer[], $11::text[], $12::text[], $13::text[], $14::text[]) WITH ORDINALITY
      AS x(id, source, format, title, url, publisher, author, published, length, text, version, folded_title, folded_text, ord)
    ORDER BY ord
    RETURNING seq, id`, [
    col((d) => d.id), col((d) => d.source), col((d) => d.format), col((d) => d.title ?? null), col((d) => d.url ?? null),
    col((d) => d.publisher ?? null), col((d) => d.author ?? null), col((d) => d.published ?? null), ingestedAt,
    col((d) => d.text.length), col((d) => d.text), col((_, it) => it.extractorVersion),
    col((d) => foldText(d.title ?? "")), col((d) => foldText(d.text.slice(0, MAX_INDEXED_CHARS))),
  ])).rows;
  const seqOf = new Map(docs.map((r) => [r.id, r.seq]));

  // Entities folded in document order (= seq order), each saved once in its final state.
  const ids = [...new Set(items.flatMap((it) => it.extraction.entities.map((e) => e.id)))];
  const merged = new Map<string, MergedEntity>((await db.query<EntityRow>("SELECT * FROM entities WHERE id = ANY($1)", [ids]))
    .rows.map((r) => [r.id, mergedFromRow(r)]));
  const before = new Map([...merged].map(([id, e]) => [id, JSON.stringify(e)]));
  const links: object[] = [];
  for (const { doc, extraction } of items) {
    for (const { mentions, ...entity } of extraction.entities) {
      merged.set(entity.id, mergeEntity(merged.get(entity.id), entity));
      links.push({ entity_id: entity.id, doc_seq: seqOf.get(doc.id), record: JSON.stringify(entity), mentions, mention_count: mentions.length });
    }
  }
  await saveEntities(db, [...merged.values()].filter((e) => before.get(e.id) !== JSON.stringify(e)));
  await db.query(`INSERT INTO document_entities (entity_id, doc_seq, record, mentions, mention_count)
    SELECT entity_id, doc_seq, record, mentions, mention_count
    FROM jsonb_to_recordset($1::jsonb) AS x(entity_id text, doc_seq bigint, record text, mentions jsonb, mention_count integer)`,
  [JSON.stringify(links)]);

  const claims = items.flatMap(({ doc, extraction }) => extraction.claims.map((c) => ({ doc, extraction, c })));
  if (!claims.length) return;
  const rows = claims.map(({ doc, c }, ord) => ({
    ord, doc_seq: seqOf.get(doc.id), id: c.id, type: c.type, args: c.args, quantity: c.quantity ?? null, time: c.time ?? null,
    time_value: c.time?.value ?? null, attribution: c.attribution ?? null, modality: c.modality,
    evidence_start: c.evidence[0], evidence_end: c.evidence[1], confidence: c.confidence,
    date: c.time?.value ?? doc.published ?? null, doc_published: doc.published ?? null,
  }));
  // doc_published: the report's date beside each claim, for claims_in_order (schema.ts, migration 7)
  const inserted = (await db.query<{ seq: string; doc_seq: string; id: string }>(`INSERT INTO claims
      (doc_seq, id, type, args, quantity, time, time_value, attribution, modality, evidence_start, evidence_end, confidence, date, doc_published)
    SELECT doc_seq, id, type, args, quantity, time, time_value, attribution, modality, evidence_start, evidence_end, confidence, date, doc_published
    FROM jsonb_to_recordset($1::jsonb) AS x(ord integer, doc_seq bigint, id text, type text, args jsonb, quantity jsonb, time jsonb,
      time_value text, attribution jsonb, modality text, evidence_start integer, evidence_end integer,
      confidence double precision, date text, doc_published text)
    ORDER BY ord
    RETURNING seq, doc_seq, id`, [JSON.stringify(rows)])).rows;
  const claimSeq = new Map(inserted.map((r) => [`${r.doc_seq} ${r.id}`, r.seq]));
  const claimSeqs: string[] = [], roles: string[] = [], entities: string[] = [];
  for (const { doc, c } of claims) {
    const seq = claimSeq.get(`${seqOf.get(doc.id)} ${c.id}`)!;
    for (const [role, entity] of claimLinks(c)) {
      claimSeqs.push(seq);
      roles.push(role);
      entities.push(entity);
    }
  }
  if (claimSeqs.length) {
    await db.query("INSERT INTO claim_entities (claim_seq, role, entity_id) SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[])",
      [claimSeqs, roles, entities]);
  }
  await summaries.addClaims(db, claims.map(({ doc, c }) => ({
    doc: { id: doc.id, seq: Number(seqOf.get(doc.id)), title: doc.title, url: doc.url, publisher: doc.publisher, published: doc.published },
    claim: c, seq: Number(claimSeq.get(`${seqOf.get(doc.id)} ${c.id}`)),
  })));
}
