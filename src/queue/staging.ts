// Documents waiting in the queue: their text and metadata, kept in the store's database until a
// worker has stored them, then removed. Keyed by document id, so staging a report twice keeps one.
import type pg from "pg";
import { documentId, type Document } from "../ingest/document.js";

export async function stageDocuments(pool: pg.Pool, docs: Document[]): Promise<void> {
  if (!docs.length) return;
  await pool.query(`INSERT INTO staged_documents (id, document)
    SELECT x->>'id', x FROM jsonb_array_elements($1::jsonb) AS x
    ON CONFLICT (id) DO NOTHING`, [JSON.stringify(docs)]);
}

/** The staged document, checked against its id; undefined when it is no longer staged. */
export async function stagedDocument(pool: pg.Pool, id: string): Promise<Document | undefined> {
  const doc = (await pool.query<{ document: Document }>("SELECT document FROM staged_documents WHERE id = $1", [id])).rows[0]?.document;
  if (doc && documentId(doc.text) !== id) throw new Error(`the staged text of document ${id.slice(0, 12)} does not match its id`);
  return doc;
}

export async function unstageDocument(pool: pg.Pool, id: string): Promise<void> {
  await pool.query("DELETE FROM staged_documents WHERE id = $1", [id]);
}

/** Ids among `ids` already stored by this extractor version: nothing to queue for them. */
export async function storedIds(pool: pg.Pool, ids: string[], extractorVersion: string): Promise<Set<string>> {
  const rows = (await pool.query<{ id: string }>("SELECT id FROM documents WHERE id = ANY($1) AND extractor_version = $2", [ids, extractorVersion])).rows;
  return new Set(rows.map((r) => r.id));
}
