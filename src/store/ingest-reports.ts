// Read → extract → store for a batch of sources. Shared by `dossier ingest`, `npm start`
// and the HTTP API, so a report is stored the same way whichever door it came through.
import { IngestError, type Document } from "../ingest/document.js";
import { createPipeline, EXTRACTOR_VERSION, toExtraction, type Pipeline } from "../extract/pipeline.js";
import type { PutItem, PutStatus, Store } from "./store.js";

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

export interface IngestOptions {
  /** Documents stored per transaction where the store can batch (default 128). */
  batch?: number;
  /** A batch is stored once it has waited this long, however few it holds (default 15,000 ms). */
  batchMs?: number;
}

// A transaction's fixed costs (its commit, each touched route summed up again) are shared by
// its reports: 128 a batch cost 10-13% less store CPU per report than 32 (bench/store-put.ts),
// and the wait bound keeps the progress bar moving when extraction is slow.
const DEFAULT_BATCH = 128;
const DEFAULT_BATCH_MS = 15_000;

export function emptySummary(): IngestSummary {
  return { added: 0, updated: 0, unchanged: 0, failed: 0, claims: 0, errors: [] };
}

/**
 * Extracts and stores each document; a failure on one (bad input, extraction error, store
 * error) is recorded and the rest go on. Each document is stored whole or not at all, so a
 * crash leaves every document either complete or absent (a re-run completes the batch).
 * A document already stored by this extractor version is not extracted again.
 */
export async function ingestReports(
  store: Store,
  sources: AsyncIterable<Document | IngestError> | Iterable<Document | IngestError>,
  hooks: IngestHooks = {},
  pipeline: Pipeline = createPipeline(),
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const summary = emptySummary();
  const batchSize = store.putDocuments ? Math.max(1, options.batch ?? DEFAULT_BATCH) : 1;
  const batchMs = options.batchMs ?? DEFAULT_BATCH_MS;
  let batchStarted = 0;
  const fail = (e: IngestError) => {
    summary.failed++;
    summary.errors.push({ input: e.input, reason: e.reason });
    hooks.onError?.(e);
  };
  const done = (doc: Document, status: PutStatus, claims: number) => {
    summary[status]++;
    if (status !== "unchanged") summary.claims += claims;
    hooks.onDocument?.(doc, status);
  };
  let pending: PutItem[] = [];
  const flush = async () => {
    if (pending.length === 0) return;
    const items = pending;
    pending = [];
    if (items.length === 1 || !store.putDocuments) {
      for (const it of items) {
        try { done(it.doc, await store.putDocument(it.doc, it.extraction, it.extractorVersion), it.extraction.claims.length); }
        catch (err) { fail(new IngestError(it.doc.source, `could not be stored: ${(err as Error).message}`)); }
      }
      return;
    }
    const results = await store.putDocuments(items);
    results.forEach((r, i) => {
      if (r instanceof Error) fail(new IngestError(items[i].doc.source, `could not be stored: ${r.message}`));
      else done(items[i].doc, r, items[i].extraction.claims.length);
    });
  };
  for await (const item of sources) {
    if (item instanceof IngestError) { fail(item); continue; }
    try {
      // the same text twice in one batch, or already stored by this extractor: nothing to do
      if (pending.some((p) => p.doc.id === item.id) || (await store.extractorVersion?.(item.id)) === EXTRACTOR_VERSION) {
        done(item, "unchanged", 0);
        continue;
      }
      const doc = await pipeline.run(item.text, { file: item.source, title: item.title, published: item.published });
      if (pending.length === 0) batchStarted = Date.now();
      pending.push({ doc: item, extraction: toExtraction(doc), extractorVersion: EXTRACTOR_VERSION });
    } catch (err) {
      fail(new IngestError(item.source, `could not be extracted: ${(err as Error).message}`));
    }
    if (pending.length >= batchSize || (pending.length > 0 && Date.now() - batchStarted >= batchMs)) await flush();
  }
  await flush();
  return summary;
}
