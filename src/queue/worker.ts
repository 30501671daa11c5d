// A queue worker: takes ingest jobs a batch at a time per slot, extracts the staged documents
// and stores them in one transaction (putDocuments: each document still whole or absent), and
// marks the jobs done; a failure is recorded on its job alone and pg-boss retries it with backoff
// (an extraction the store refuses fails at once: it would be refused again). A worker killed
// mid-batch leaves its jobs active until their timeout, when the maintenance of any live worker
// hands them out again. Storing is idempotent (the document id is the sha256 of its text), and a
// document already stored by this extractor version is not extracted again, so a retried job
// never stores a document twice.
import { DEFAULT_BATCH } from "./defaults.js";
import type PgBoss from "pg-boss";
import { createPipeline, EXTRACTOR_VERSION, toExtraction, type Pipeline } from "../extract/pipeline.js";
import { openPostgresStore, type PostgresStore } from "../store/postgres/postgres-store.js";
import { StoreError, type PutItem } from "../store/store.js";
import {
  completeJobs, ensureIngestQueue, failWithoutRetry, INGEST_QUEUE, openQueue, type IngestJobData, type IngestJobOutput,
} from "./job-queue.js";
import { stagedDocuments, storedIds, unstageDocuments } from "./staging.js";

export interface WorkerOptions {
  /** Jobs in flight in this process: extraction is CPU-bound, so more than 2 rarely helps; run a worker per core instead. */
  concurrency?: number;
  /**
   * Jobs a slot takes at once, stored in one transaction: fewer commits and round trips per
   * report. A killed worker's whole batch waits for the job timeout, so keep it small.
   */
  batchSize?: number;
  /** Seconds between looks at an empty queue. */
  idleSeconds?: number;
  /** Seconds between runs of the queue's maintenance (expiring jobs of dead workers). */
  maintenanceSeconds?: number;
  onJob?(data: IngestJobData, outcome: IngestJobOutput | { error: string }): void;
}

export interface RunningWorker {
  /** The store's location, password hidden. */
  readonly location: string;
  /** Stops taking jobs, lets those in flight finish, and closes the connections. */
  stop(): Promise<void>;
  /** Resolves when the worker has stopped. */
  readonly done: Promise<void>;
}

export async function startWorker(spec: string, opts: WorkerOptions = {}): Promise<RunningWorker> {
  const concurrency = Math.max(1, opts.concurrency ?? 1);
  const batchSize = Math.max(1, opts.batchSize ?? DEFAULT_BATCH);
  const store = await openPostgresStore(spec, { poolSize: concurrency + 1 });
  let boss: PgBoss;
  try {
    boss = await openQueue(spec, { poolSize: concurrency + 1, maintenanceSeconds: opts.maintenanceSeconds ?? 30 });
    await ensureIngestQueue(boss);
  } catch (e) {
    await store.close();
    throw e;
  }
  const pipeline = createPipeline();
  let stopping = false;
  const sleepers = new Set<() => void>();
  const idleMs = (opts.idleSeconds ?? 1) * 1000;
  const pause = () => new Promise<void>((resolve) => {
    const wake = () => { clearTimeout(t); sleepers.delete(wake); resolve(); };
    const t = setTimeout(wake, idleMs);
    sleepers.add(wake);
  });

  const slot = async () => {
    while (!stopping) {
      let jobs: PgBoss.Job<IngestJobData>[];
      try {
        jobs = await boss.fetch<IngestJobData>(INGEST_QUEUE, { batchSize });
      } catch (e) {
        if (stopping) break;
        // The database may be restarting: wait and try again rather than exit.
        process.stderr.write(`dossier worker: cannot fetch jobs: ${(e as Error).message}\n`);
        jobs = [];
      }
      if (!jobs.length) {
        await pause();
        continue;
      }
      let outcomes: (IngestJobOutput | Error)[];
      try {
        outcomes = await processJobs(store, pipeline, jobs.map((j) => j.data));
      } catch (e) {
        // The batch as a whole (the connection, the transaction): every job in it is retried.
        outcomes = jobs.map(() => e as Error);
      }
      const done = jobs.flatMap((job, k) => (outcomes[k] instanceof Error ? [] : [{ id: job.id, output: outcomes[k] as IngestJobOutput }]));
      // If this fails the jobs stay active and come back after their timeout: stored once all the same.
      await completeJobs(boss, spec, done).catch((e: Error) => process.stderr.write(`dossier worker: cannot mark jobs done: ${e.message}\n`));
      for (const [k, job] of jobs.entries()) {
        const outcome = outcomes[k];
        if (!(outcome instanceof Error)) {
          opts.onJob?.(job.data, outcome);
          continue;
        }
        const message = outcome.message ?? String(outcome);
        const permanent = outcome instanceof StoreError && outcome.code === "invalid_extraction";
        await (permanent ? failWithoutRetry(boss, spec, job.id, { message }) : boss.fail(INGEST_QUEUE, job.id, { message }))
          .catch(() => undefined);
        opts.onJob?.(job.data, { error: message });
      }
    }
  };

  const done = Promise.all(Array.from({ length: concurrency }, slot)).then(async () => {
    await boss.stop({ graceful: false, wait: true, close: true });
    await store.close();
  });
  return {
    location: store.location,
    done,
    async stop() {
      stopping = true;
      for (const wake of [...sleepers]) wake();
      await done;
    },
  };
}

/** Jobs a worker slot takes at once unless told otherwise. */
export { DEFAULT_BATCH } from "./defaults.js";

/**
 * Extracts and stores a batch of queued documents; the output of each (or its error) is
 * recorded on its job. Throws only when the batch as a whole could not be stored.
 */
export async function processJobs(store: PostgresStore, pipeline: Pipeline, jobs: IngestJobData[]): Promise<(IngestJobOutput | Error)[]> {
  const out: (IngestJobOutput | Error | undefined)[] = new Array(jobs.length);
  const ids = jobs.map((j) => j.id);
  // Stored already (a job handed out again after a timeout, or queued twice): not extracted again.
  const stored = await storedIds(store.pool, ids, EXTRACTOR_VERSION);
  const staged = await stagedDocuments(store.pool, ids.filter((id) => !stored.has(id)));
  const missing = ids.filter((id) => !stored.has(id) && !staged.has(id));
  // Another worker may have stored and unstaged one between the two reads.
  const storedSince = missing.length ? await storedIds(store.pool, missing, EXTRACTOR_VERSION) : new Set<string>();
  const items: PutItem[] = [], itemJob: number[] = [];
  for (const [k, job] of jobs.entries()) {
    const doc = staged.get(job.id);
    if (stored.has(job.id) || storedSince.has(job.id)) out[k] = { status: "unchanged", claims: 0 };
    else if (!doc) out[k] = new Error(`${job.source}: its queued text is no longer staged (queue it again with dossier ingest --queue)`);
    else if (doc instanceof Error) out[k] = doc;
    else {
      try {
        const extraction = toExtraction(await pipeline.run(doc.text, { file: doc.source, title: doc.title, published: doc.published }));
        items.push({ doc, extraction, extractorVersion: EXTRACTOR_VERSION });
        itemJob.push(k);
      } catch (e) {
        out[k] = e as Error;
      }
    }
  }
  const results = items.length ? await store.putDocuments(items) : [];
  results.forEach((r, n) => {
    out[itemJob[n]] = r instanceof Error ? r : { status: r, claims: r === "unchanged" ? 0 : items[n].extraction.claims.length };
  });
  await unstageDocuments(store.pool, [...new Set(jobs.filter((_, k) => !(out[k] instanceof Error)).map((j) => j.id))]);
  return out as (IngestJobOutput | Error)[];
}
