// What `dossier jobs` shows: how many ingest jobs wait, run, finished and failed, and the last
// failures with their reasons. Read from pg-boss's tables (live and archived) in the queue schema.
import type pg from "pg";
import { INGEST_QUEUE } from "./job-queue.js";

export interface JobCounts {
  /** Waiting for a worker (never tried). */
  queued: number;
  /** Failed or lost once, waiting for their next try. */
  retrying: number;
  active: number;
  completed: number;
  failed: number;
  cancelled: number;
}

export interface JobFailure {
  source: string;
  documentId: string;
  reason: string;
  attempts: number;
  at: string;
}

export async function jobCounts(pool: pg.Pool, queueSchema: string): Promise<JobCounts> {
  const counts: JobCounts = { queued: 0, retrying: 0, active: 0, completed: 0, failed: 0, cancelled: 0 };
  if (!(await hasQueueTables(pool, queueSchema))) return counts;
  const rows = (await pool.query<{ state: string; n: number }>(`SELECT state::text, count(*)::int AS n FROM (
      SELECT state FROM ${queueSchema}.job WHERE name = $1
      UNION ALL SELECT state FROM ${queueSchema}.archive WHERE name = $1) s
    GROUP BY state`, [INGEST_QUEUE])).rows;
  for (const r of rows) {
    const key = r.state === "created" ? "queued" : r.state === "retry" ? "retrying" : r.state;
    if (key in counts) counts[key as keyof JobCounts] += r.n;
  }
  return counts;
}

export async function recentFailures(pool: pg.Pool, queueSchema: string, limit = 10): Promise<JobFailure[]> {
  if (!(await hasQueueTables(pool, queueSchema))) return [];
  const rows = (await pool.query<{ data: { id: string; source: string }; output: { message?: string; value?: { message?: string } } | null; retry_count: number; at: Date }>(
    `SELECT data, output, retry_count, completed_on AS at FROM (
      SELECT data, output, retry_count, completed_on FROM ${queueSchema}.job WHERE name = $1 AND state = 'failed'
      UNION ALL SELECT data, output, retry_count, completed_on FROM ${queueSchema}.archive WHERE name = $1 AND state = 'failed') f
    ORDER BY completed_on DESC NULLS LAST LIMIT $2`, [INGEST_QUEUE, limit])).rows;
  return rows.map((r) => ({
    source: r.data?.source ?? "?",
    documentId: r.data?.id ?? "?",
    reason: r.output?.message ?? r.output?.value?.message ?? JSON.stringify(r.output),
    attempts: r.retry_count + 1,
    at: r.at ? new Date(r.at).toISOString() : "",
  }));
}

async function hasQueueTables(pool: pg.Pool, queueSchema: string): Promise<boolean> {
  return (await pool.query("SELECT 1 FROM information_schema.tables WHERE table_schema = $1 AND table_name = 'archive'", [queueSchema])).rowCount! > 0;
}
