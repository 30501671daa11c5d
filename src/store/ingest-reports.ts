// Read → extract → store for a batch of sources. Shared by `dossier ingest`, `npm start`
// and the HTTP API, so a report is stored the same way whichever door it came through.
import { IngestError, type Document } from "../ingest/document.js";
import { createPipeline, EXTRACTOR_VERSION, toExtraction, type Pipeline } from "../extract/pipeline.js";
import type { PutStatus, Store } from "./store.js";

export interface IngestSummary {
  added: number;
  updated: number;
  unchanged: number;
  failed: number;
  claims: number;
  errors: { input: string; reason: string }[];
}

export interface IngestHooks {
  /** Called after each document is stored (or found unchanged). */
  onDocument?(doc: Document, status: PutStatus): void;
  onError?(error: IngestError): void;
}

export function emptySummary(): IngestSummary {
  return { added: 0, updated: 0, unchanged: 0, failed: 0, claims: 0, errors: [] };
}

/**
 * Extracts and stores each document; a failure on one (bad input, extraction error, store
 * error) is recorded and the rest go on. Each document is one store transaction, so a crash
 * leaves every document either wholly stored or absent.
 */
export async function ingestReports(
  store: Store,
  sources: AsyncIterable<Document | IngestError> | Iterable<Document | IngestError>,
  hooks: IngestHooks = {},
  pipeline: Pipeline = createPipeline(),
): Promise<IngestSummary> {
  const summary = emptySummary();
  const fail = (e: IngestError) => {
    summary.failed++;
    summary.errors.push({ input: e.input, reason: e.reason });
    hooks.onError?.(e);
  };
  for await (const item of sources) {
    if (item instanceof IngestError) { fail(item); continue; }
    try {
      const doc = await pipeline.run(item.text, { file: item.source, title: item.title, published: item.published });
      const extraction = toExtraction(doc);
      const status = await store.putDocument(item, extraction, EXTRACTOR_VERSION);
      summary[status]++;
      if (status !== "unchanged") summary.claims += extraction.claims.length;
      hooks.onDocument?.(item, status);
    } catch (err) {
      fail(new IngestError(item.source, `could not be extracted or stored: ${(err as Error).message}`));
    }
  }
  return summary;
}
