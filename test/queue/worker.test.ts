// Distributed ingestion on a real PostgreSQL: reports queued on one side, taken by workers on
// the other, each stored exactly once, even when a worker is killed in the middle of a job.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeDocument } from "../../src/ingest/document.js";
import { enqueueDocuments } from "../../src/queue/enqueue.js";
import { jobCounts, recentFailures, type JobCounts } from "../../src/queue/job-counts.js";
import { ensureIngestQueue, openQueue, queueSchema } from "../../src/queue/job-queue.js";
import { unstageDocument } from "../../src/queue/staging.js";
import { processJobs, startWorker } from "../../src/queue/worker.js";
import { createPipeline } from "../../src/extract/pipeline.js";
import { openPostgresStore, type PostgresStore } from "../../src/store/postgres/postgres-store.js";
import { freshPostgresSpec, postgresUrl } from "../setup/test-postgres.js";
import { fieldReport } from "./field-reports.js";

const dir = mkdtempSync(join(tmpdir(), "dossier-queue-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function waitFor<T>(what: string, probe: () => Promise<T | undefined | false>, seconds: number): Promise<T> {
  const until = Date.now() + seconds * 1000;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > until) throw new Error(`gave up waiting for ${what} after ${seconds}s`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const counts = (store: PostgresStore, spec: string): Promise<JobCounts> => jobCounts(store.pool, queueSchema(spec));
const docsFor = (ids: number[], paragraphs = 2) =>
  ids.map((i) => makeDocument(fieldReport(i, paragraphs), `field/report-${i}.txt`, "text", { published: "2016-03-07" }));

describe.skipIf(!postgresUrl)("ingest through the PostgreSQL job queue", () => {
  it("queues reports without extracting them, and workers store each exactly once", async () => {
    const spec = freshPostgresSpec("queue");
    const store = await openPostgresStore(spec);
    const boss = await openQueue(spec);
    try {
      await ensureIngestQueue(boss);
      const docs = docsFor([1, 2, 3, 4, 5, 6]);
      const queued = await enqueueDocuments(store, boss, [...docs, docs[0]]);
      expect(queued).toMatchObject({ queued: 6, stored: 0, failed: 0 });
      expect((await store.stats()).documents).toBe(0);
      expect(await counts(store, spec)).toMatchObject({ queued: 6, completed: 0 });

      const workers = [await startWorker(spec, { idleSeconds: 0.2 }), await startWorker(spec, { idleSeconds: 0.2 })];
      await waitFor("six completed jobs", async () => (await counts(store, spec)).completed === 6, 60);
      for (const w of workers) await w.stop();

      expect(await counts(store, spec)).toMatchObject({ queued: 0, active: 0, completed: 6, failed: 0 });
      expect((await store.stats()).documents).toBe(6);
      for (const d of docs) expect(await store.hasDocument(d.id)).toBe(true);
      expect((await store.pool.query("SELECT count(*)::int AS n FROM staged_documents")).rows[0].n).toBe(0);
      // Queued again later: already stored, so nothing is queued.
      expect(await enqueueDocuments(store, boss, docs)).toMatchObject({ queued: 0, stored: 6 });
    } finally {
      await boss.stop({ graceful: false, wait: true, close: true });
      await store.close();
    }
  }, 90_000);

  it("stores a report once when two workers hold its job at the same moment (a job handed out again after a timeout)", async () => {
    const spec = freshPostgresSpec("twice");
    const [store, other] = [await openPostgresStore(spec), await openPostgresStore(spec)];
    const boss = await openQueue(spec);
    try {
      await ensureIngestQueue(boss);
      const docs = docsFor([11, 12, 13, 14, 15, 16]);
      await enqueueDocuments(store, boss, docs);
      const jobs = docs.map((d) => ({ id: d.id, source: d.source }));
      // Both work through the same batch, in opposite orders, storing at the same time.
      const [a, b] = await Promise.all([processJobs(store, createPipeline(), jobs), processJobs(other, createPipeline(), [...jobs].reverse())]);
      const outcomes = [...a, ...b];
      expect(outcomes.filter((o) => o instanceof Error)).toEqual([]);
      expect(outcomes.filter((o) => !(o instanceof Error) && o.status === "added")).toHaveLength(docs.length);
      expect((await store.stats()).documents).toBe(docs.length);
      const dup = (await store.pool.query("SELECT count(*)::int AS n FROM (SELECT doc_seq, id FROM claims GROUP BY 1, 2 HAVING count(*) > 1) d")).rows[0];
      expect(dup.n).toBe(0);
      const claims = a.concat(b).reduce((n, o) => n + (o instanceof Error ? 0 : o.claims), 0);
      expect((await store.stats()).claims).toBe(claims);
      expect((await store.pool.query("SELECT count(*)::int AS n FROM staged_documents")).rows[0].n).toBe(0);
    } finally {
      await boss.stop({ graceful: false, wait: true, close: true });
      await store.close();
      await other.close();
    }
  }, 90_000);

  it("records a job that cannot be done as failed, with its reason", async () => {
    const spec = freshPostgresSpec("fail");
    const store = await openPostgresStore(spec);
    const boss = await openQueue(spec);
    try {
      await ensureIngestQueue(boss);
      const [doc] = docsFor([42]);
      await enqueueDocuments(store, boss, [doc], {}, { jobTimeoutSeconds: 30, retries: 0, retryDelaySeconds: 1 });
      // Its staged text disappears before any worker takes the job.
      await unstageDocument(store.pool, doc.id);
      const worker = await startWorker(spec, { idleSeconds: 0.2 });
      await waitFor("the failed job", async () => (await counts(store, spec)).failed === 1, 60);
      await worker.stop();
      const [failure] = await recentFailures(store.pool, queueSchema(spec));
      expect(failure).toMatchObject({ source: "field/report-42.txt", documentId: doc.id, attempts: 1 });
      expect(failure.reason).toMatch(/no longer staged/);
      expect((await store.stats()).documents).toBe(0);
    } finally {
      await boss.stop({ graceful: false, wait: true, close: true });
      await store.close();
    }
  }, 90_000);

  it("retries the job of a worker killed mid-job: after a restart every report is stored exactly once", async () => {
    const spec = freshPostgresSpec("kill");
    const corpus = join(dir, "kill");
    // Short reports and long ones (a second or so to extract), so the worker is caught mid-job.
    const reports = [...[1, 2, 3, 4, 5, 6].map((i) => fieldReport(i, 2)), ...[7, 8, 9, 10].map((i) => fieldReport(i, 120))];
    rmSync(corpus, { recursive: true, force: true });
    mkdirSync(corpus, { recursive: true });
    reports.forEach((text, i) => writeFileSync(join(corpus, `report-${i}.txt`), text));

    const queued = await dossier(["ingest", "--queue", corpus, "--db", spec, "--published", "2016-03-07",
      "--job-timeout", "8", "--retries", "5", "--retry-delay", "1"]);
    expect(queued.code, queued.stderr).toBe(0);
    expect(queued.stderr).toMatch(/10 queued, 0 already stored, 0 failed/);

    const store = await openPostgresStore(spec);
    const jobsTable = `${queueSchema(spec)}.job`;
    const children: ChildProcess[] = [];
    try {
      const first = worker(spec, children);
      // Kill it while it holds a batch (two jobs, a long report among them), after it has finished one.
      const killed = await waitFor("a worker busy on a job", async () => {
        const c = await counts(store, spec);
        if (c.completed < 1) return undefined;
        return (await store.pool.query<{ id: string }>(`SELECT id FROM ${jobsTable} WHERE state = 'active'`)).rows[0]?.id;
      }, 90);
      first.kill("SIGKILL");
      await new Promise((r) => first.once("exit", r));
      const stuck = (await store.pool.query(`SELECT state::text FROM ${jobsTable} WHERE id = $1`, [killed])).rows[0];
      expect(stuck.state).toBe("active");

      const second = worker(spec, children);
      await waitFor("every job completed", async () => (await counts(store, spec)).completed === reports.length, 90);
      second.kill("SIGTERM");
      await new Promise((r) => second.once("exit", r));

      const retried = (await store.pool.query(`SELECT state::text, retry_count FROM ${jobsTable} WHERE id = $1
        UNION ALL SELECT state::text, retry_count FROM ${queueSchema(spec)}.archive WHERE id = $1`, [killed])).rows[0];
      expect(retried.state).toBe("completed");
      expect(retried.retry_count).toBeGreaterThanOrEqual(1);
      const stats = await store.stats();
      expect(stats.documents).toBe(reports.length);
      const ids = (await store.pool.query<{ id: string }>("SELECT id FROM documents")).rows.map((r) => r.id).sort();
      expect(ids).toEqual(reports.map((t) => makeDocument(t, "-", "text").id).sort());
      // Each document's claims once: no claim id repeated within a document.
      const dup = (await store.pool.query("SELECT count(*)::int AS n FROM (SELECT doc_seq, id FROM claims GROUP BY 1, 2 HAVING count(*) > 1) d")).rows[0];
      expect(dup.n).toBe(0);

      const jobs = await dossier(["jobs", "--db", spec, "--json"]);
      expect(jobs.code, jobs.stderr).toBe(0);
      expect(JSON.parse(jobs.stdout)).toMatchObject({ jobs: { queued: 0, active: 0, completed: reports.length, failed: 0 }, documents: reports.length });
    } finally {
      for (const c of children) if (c.exitCode === null) c.kill("SIGKILL");
      await store.close();
    }
  }, 240_000);
});

const program = join(import.meta.dirname, "dossier-program.ts");

function worker(spec: string, children: ChildProcess[]): ChildProcess {
  const child = spawn(process.execPath, ["--import", "tsx", program, "worker", "--db", spec, "--maintenance-interval", "1", "--batch", "2", "--quiet"],
    { stdio: ["ignore", "ignore", "pipe"] });
  child.stderr!.on("data", () => undefined);
  children.push(child);
  return child;
}

function dossier(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", program, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "", stderr = "";
    child.stdout.on("data", (d) => { stdout += d; });
    child.stderr.on("data", (d) => { stderr += d; });
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}
