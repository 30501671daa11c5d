// `dossier ingest --queue`: reads sources on the submitting machine and queues one job per
// document for the workers, instead of extracting here. Documents already stored by this
// extractor version are not queued; one already waiting is not queued twice.
import type PgBoss from "pg-boss";
import { IngestError, type Document } from "../ingest/document.js";
import { EXTRACTOR_VERSION } from "../extract/pipeline.js";
import type { PostgresStore } from "../store/postgres/postgres-store.js";
import { DEFAULT_POLICY, INGEST_QUEUE, ingestJobId, type IngestJobData, type JobPolicy } from "./job-queue.js";
import { stageDocuments, storedIds } from "./staging.js";

export interface EnqueueSummary {
  queued: number;
  /** Already stored by this extractor version. */
  stored: number;
  failed: number;
  errors: { input: string; reason: string }[];
}

export interface EnqueueHooks {
  onDocument?(doc: Document): void;
  onError?(error: IngestError): void;
}

/** Documents go in batches of this many: one round trip each for staging and for the jobs. */
const BATCH = 200;

export async function enqueueDocuments(
  store: PostgresStore,
  boss: PgBoss,
  sources: AsyncIterable<Document | IngestError> | Iterable<Document | IngestError>,
  hooks: EnqueueHooks = {},
  policy: JobPolicy = DEFAULT_POLICY,
): Promise<EnqueueSummary> {
  const summary: EnqueueSummary = { queued: 0, stored: 0, failed: 0, errors: [] };
  const fail = (e: IngestError) => {
    summary.failed++;
    summary.errors.push({ input: e.input, reason: e.reason });
    hooks.onError?.(e);
  };
  let batch = new Map<string, Document>();
  const flush = async () => {
    const docs = [...batch.values()];
    batch = new Map();
    if (!docs.length) return;
    const done = await storedIds(store.pool, docs.map((d) => d.id), EXTRACTOR_VERSION);
    const todo = docs.filter((d) => !done.has(d.id));
    summary.stored += docs.length - todo.length;
    // Staged before the jobs exist, so a worker never takes a job whose text is not there yet.
    await stageDocuments(store.pool, todo);
    await boss.insert(todo.map((d) => ({
      id: ingestJobId(d.id, EXTRACTOR_VERSION),
      name: INGEST_QUEUE,
      data: { id: d.id, source: d.source } satisfies IngestJobData,
      expireInSeconds: policy.jobTimeoutSeconds,
      retryLimit: policy.retries,
      retryDelay: policy.retryDelaySeconds,
      retryBackoff: true,
    })));
    summary.queued += todo.length;
    for (const d of docs) hooks.onDocument?.(d);
  };
  for await (const item of sources) {
    if (item instanceof IngestError) { fail(item); continue; }
    if (JSON.stringify(item).includes("\\u0000")) {
      fail(new IngestError(item.source, "holds NUL characters, which PostgreSQL cannot store"));
      continue;
    }
    batch.set(item.id, item);
    if (batch.size >= BATCH) await flush();
  }
  await flush();
  return summary;
}
