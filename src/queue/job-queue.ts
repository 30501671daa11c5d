// The ingest job queue: pg-boss (FOR UPDATE SKIP LOCKED underneath) in the store's own
// PostgreSQL database, schema NAME_queue beside the store's NAME. A job carries only a document
// id; its text waits in the store's staged_documents table (staging.ts), so any worker on any
// machine can take it, and job rows stay small however long a report is.
import { createHash } from "node:crypto";
import PgBoss from "pg-boss";
import { parsePostgresSpec } from "../store/postgres/connection.js";
import { StoreError } from "../store/store.js";

export const INGEST_QUEUE = "dossier-ingest";

/** What a job carries. */
export interface IngestJobData {
  /** The document id (sha256 of its text); the text is staged under it. */
  id: string;
  /** Where it was read from, for progress and failure reports. */
  source: string;
}

/** What a finished job records. */
export interface IngestJobOutput {
  status: "added" | "updated" | "unchanged";
  claims: number;
}

export interface JobPolicy {
  /** Seconds a job may stay active before it counts as lost (its worker died) and is retried. */
  jobTimeoutSeconds: number;
  /** How many times a failed or lost job is tried again. */
  retries: number;
  /** Seconds before the first retry; doubled (with jitter) on each later one. */
  retryDelaySeconds: number;
}

export const DEFAULT_POLICY: JobPolicy = { jobTimeoutSeconds: 300, retries: 5, retryDelaySeconds: 10 };

export interface QueueOptions {
  /** Connections pg-boss may hold. */
  poolSize?: number;
  /**
   * Run pg-boss's maintenance (expiring lost jobs, archiving finished ones) every so many
   * seconds; workers do, enqueuers and `dossier jobs` need not. Many workers share it: one
   * runs it at a time.
   */
  maintenanceSeconds?: number;
}

export function queueSchema(spec: string): string {
  return `${parsePostgresSpec(spec).schema}_queue`;
}

/** Starts pg-boss on the store's database (creating its tables the first time). */
export async function openQueue(spec: string, opts: QueueOptions = {}): Promise<PgBoss> {
  if (!/^postgres(ql)?:\/\//i.test(spec)) {
    throw new StoreError("unsupported", "the job queue lives in PostgreSQL: give --db postgres://… (or DOSSIER_DB)");
  }
  const parsed = parsePostgresSpec(spec);
  const boss = new PgBoss({
    connectionString: parsed.connectionString,
    schema: `${parsed.schema}_queue`,
    max: opts.poolSize ?? 2,
    application_name: "dossier-queue",
    supervise: opts.maintenanceSeconds !== undefined,
    maintenanceIntervalSeconds: opts.maintenanceSeconds ?? 120,
    schedule: false,
    // Finished jobs leave the live table after an hour and are deleted after two days.
    archiveCompletedAfterSeconds: 3600,
    deleteAfterDays: 2,
  });
  boss.on("error", (err) => process.stderr.write(`dossier: job queue: ${err.message}\n`));
  await boss.start();
  return boss;
}

export async function ensureIngestQueue(boss: PgBoss, policy: JobPolicy = DEFAULT_POLICY): Promise<void> {
  if (await boss.getQueue(INGEST_QUEUE)) return;
  await boss.createQueue(INGEST_QUEUE, {
    name: INGEST_QUEUE,
    policy: "standard",
    retryLimit: policy.retries,
    retryDelay: policy.retryDelaySeconds,
    retryBackoff: true,
    expireInSeconds: policy.jobTimeoutSeconds,
  });
}

/**
 * One job id per (document, extractor version): queueing a document that is already waiting
 * adds nothing, while a new extractor version may queue it again.
 */
export function ingestJobId(documentId: string, extractorVersion: string): string {
  const h = createHash("sha256").update(`${documentId}\u0000${extractorVersion}`).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/**
 * Fails a job for good: an extraction the store refuses will be refused again, so retrying
 * only delays the report of it. pg-boss has no call for this; lowering the job's retry limit
 * to the tries made before failing it is what its own fail path reads.
 */
export async function failWithoutRetry(boss: PgBoss, spec: string, jobId: string, output: object): Promise<void> {
  await boss.getDb().executeSql(`UPDATE ${queueSchema(spec)}.job SET retry_limit = retry_count
    WHERE name = $1 AND id = $2 AND state = 'active'`, [INGEST_QUEUE, jobId]);
  await boss.fail(INGEST_QUEUE, jobId, output);
}

/**
 * Completes many jobs in one statement, each with its own output (pg-boss's complete takes one
 * output for all the ids it is given). Same rule as pg-boss: only a job still active completes.
 */
export async function completeJobs(boss: PgBoss, spec: string, done: { id: string; output: IngestJobOutput }[]): Promise<void> {
  if (!done.length) return;
  await boss.getDb().executeSql(`UPDATE ${queueSchema(spec)}.job j SET completed_on = now(), state = 'completed', output = x.output
    FROM jsonb_to_recordset($2::jsonb) AS x(id uuid, output jsonb)
    WHERE j.name = $1 AND j.id = x.id AND j.state = 'active'`, [INGEST_QUEUE, JSON.stringify(done)]);
}
