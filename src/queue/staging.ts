// Documents waiting in the queue: their text and metadata, kept in the store's database until a
// worker has stored them, then removed. Keyed by document id, so staging a report twice keeps one.
// A worker handles a batch of jobs at once, so the reads and deletes take many ids in one query.
import type pg from "pg";
import { documentId, type Document } from "../ingest/document.js";

export async function stageDocuments(pool: pg.Pool, docs: Document[]): Promise<void> {
  if (!docs.length) return;
  await pool.query(`INSERT INTO staged_documents (id, document)
    SELECT x->>'id', x FROM jsonb_array_elements($1::jsonb) AS x
    ON CONFLICT (id) DO NOTHING`, [JSON.stringify(docs)]);
}

/**
 * The staged documents among `ids`, by id, each checked against its id (a text that does not
 * hash to its id gives an Error in its place); ids no longer staged are absent.
 */
export async function stagedDocuments(pool: pg.Pool, ids: string[]): Promise<Map<string, Document | Error>> {
  const rows = (await pool.query<{ id: string; document: Document }>("SELECT id, document FROM staged_documents WHERE id = ANY($1)", [ids])).rows;
  return new Map(rows.map((r) => [r.id, documentId(r.document.text) === r.id
    ? r.document
    : new Error(`the staged text of document ${r.id.slice(0, 12)} does not match its id`)]));
}

export async function unstageDocuments(pool: pg.Pool, ids: string[]): Promise<void> {
  if (ids.length) await pool.query("DELETE FROM staged_documents WHERE id = ANY($1)", [ids]);
}

export async function unstageDocument(pool: pg.Pool, id: string): Promise<void> {
  await unstageDocuments(pool, [id]);
}

/** Ids among `ids` already stored by this extractor version: nothing to queue or extract for them. */
export async function storedIds(pool: pg.Pool, ids: string[], extractorVersion: string): Promise<Set<string>> {
  const rows = (await pool.query<{ id: string }>("SELECT id FROM documents WHERE id = ANY($1) AND extractor_version = $2", [ids, extractorVersion])).rows;
  return new Set(rows.map((r) => r.id));
}
