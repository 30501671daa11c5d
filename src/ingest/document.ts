// The one model of a report as read: clean text plus what the source says about it.
// Every offset anywhere in Dossier refers to `text` exactly as stored here.
import { createHash } from "node:crypto";

export type SourceFormat = "text" | "html" | "jsonl";

export interface DocumentMeta {
  title?: string;
  url?: string;
  publisher?: string;
  author?: string;
  /** ISO 8601 date (YYYY-MM-DD); anchors relative times. */
  published?: string;
}

export interface Document extends DocumentMeta {
  /** sha256 of `text`, hex: identical text is the same document. */
  id: string;
  text: string;
  /** Path or URL the document was read from, as given (a JSON Lines record adds `#LINE`). */
  source: string;
  format: SourceFormat;
}

export function documentId(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

export function makeDocument(text: string, source: string, format: SourceFormat, meta: DocumentMeta = {}): Document {
  const clean: DocumentMeta = {};
  for (const [k, v] of Object.entries(meta) as [keyof DocumentMeta, string | undefined][]) {
    if (typeof v === "string" && v.trim()) clean[k] = v.trim();
  }
  return { id: documentId(text), text, source, format, ...clean };
}

/** A source that could not be read or understood: names the input and the reason. */
export class IngestError extends Error {
  constructor(readonly input: string, readonly reason: string) {
    super(`${input}: ${reason}`);
    this.name = "IngestError";
  }
}
