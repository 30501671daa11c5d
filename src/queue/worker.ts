// A queue worker: takes ingest jobs one at a time per slot, extracts the staged document and
// stores it, and marks the job done; a failure is recorded on the job and pg-boss retries it
// with backoff (an extraction the store refuses fails at once: it would be refused again). A worker killed mid-job leaves the job active until its timeout, when the
// maintenance of any live worker hands it out again. Storing is idempotent (the document id is
// the sha256 of its text), and a document already stored by this extractor version is not
// extracted again, so a retried job never stores a document twice.
import type PgBoss from "pg-boss";
import { createPipeline, EXTRACTOR_VERSION, toExtraction, type Pipeline } from "../extract/pipeline.js";
import { openPostgresStore, type PostgresStore } from "../store/postgres/postgres-store.js";
import { StoreError } from "../store/store.js";
import { ensureIngestQueue, failWithoutRetry, INGEST_QUEUE, openQueue, type IngestJobData, type IngestJobOutput } from "./job-queue.js";
import { stagedDocument, unstageDocument } from "./staging.js";

export interface WorkerOptions {
  /** Jobs in flight in this process: extraction is CPU-bound, so more than 2 rarely helps; run a worker per core instead. */
  concurrency?: number;
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
        jobs = await boss.fetch<IngestJobData>(INGEST_QUEUE, { batchSize: 1 });
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
      for (const job of jobs) {
        try {
          const output = await processJob(store, pipeline, job.data);
          await boss.complete(INGEST_QUEUE, job.id, output);
          opts.onJob?.(job.data, output);
        } catch (e) {
          const message = (e as Error).message ?? String(e);
          const permanent = e instanceof StoreError && e.code === "invalid_extraction";
          await (permanent ? failWithoutRetry(boss, spec, job.id, { message }) : boss.fail(INGEST_QUEUE, job.id, { message }))
            .catch(() => undefined);
          opts.onJob?.(job.data, { error: message });
        }
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

/** Extracts and stores one queued document; the returned output is recorded on the job. */
export async function processJob(store: PostgresStore, pipeline: Pipeline, data: IngestJobData): Promise<IngestJobOutput> {
  if ((await store.storedVersion(data.id)) === EXTRACTOR_VERSION) {
    await unstageDocument(store.pool, data.id);
    return { status: "unchanged", claims: 0 };
  }
  const doc = await stagedDocument(store.pool, data.id);
  // Another worker may have stored it meanwhile (this job was handed out again after a timeout).
  if (!doc && (await store.storedVersion(data.id)) === EXTRACTOR_VERSION) return { status: "unchanged", claims: 0 };
  if (!doc) throw new Error(`${data.source}: its queued text is no longer staged (queue it again with dossier ingest --queue)`);
  const extracted = toExtraction(await pipeline.run(doc.text, { file: doc.source, title: doc.title, published: doc.published }));
  const status = await store.putDocument(doc, extracted, EXTRACTOR_VERSION);
  await unstageDocument(store.pool, data.id);
  return { status, claims: status === "unchanged" ? 0 : extracted.claims.length };
}
