// A documents row as both backends return it, and its conversion to the shared model: optional
// fields are left out rather than set to null, so a report reads back as it was ingested.
import type { StoredDocument, StoredDocumentWithText } from "./store.js";

export interface DocumentRowFields {
  id: string;
  source: string;
  format: StoredDocument["format"];
  title: string | null;
  url: string | null;
  publisher: string | null;
  author: string | null;
  published: string | null;
  ingested_at: string;
  length: number;
  claims: number;
  text?: string;
}

export function documentFromRow(row: DocumentRowFields): StoredDocument {
  const out: StoredDocument = { id: row.id, source: row.source, format: row.format, ingestedAt: row.ingested_at, length: row.length, claims: row.claims };
  if (row.title != null) out.title = row.title;
  if (row.url != null) out.url = row.url;
  if (row.publisher != null) out.publisher = row.publisher;
  if (row.author != null) out.author = row.author;
  if (row.published != null) out.published = row.published;
  return out;
}

export function documentWithTextFromRow(row: DocumentRowFields & { text: string }): StoredDocumentWithText {
  return { ...documentFromRow(row), text: row.text };
}
