// `npm run bench -- --postgres [--reports N] [--workers W] [--single N1] [--kill-every S]`:
// distributed ingestion on a throwaway PostgreSQL (started like the tests', but with durable
// commits). Queues N generated reports, then measures
//   1. one worker process over the first N1 reports (default N/10, at least 200), and
//   2. W worker processes over all N, SIGKILLing one every S seconds and starting another,
// and checks that every report was stored exactly once. Writes bench/RESULTS-postgres.md.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { documentId } from "../src/ingest/document.js";
import { readSources } from "../src/ingest/read.js";
import { enqueueDocuments } from "../src/queue/enqueue.js";
import { jobCounts, recentFailures } from "../src/queue/job-counts.js";
import { ensureIngestQueue, openQueue, queueSchema, type JobPolicy } from "../src/queue/job-queue.js";
import { openPostgresStore, type PostgresStore } from "../src/store/postgres/postgres-store.js";
import { startThrowawayPostgres } from "../test/setup/postgres-server.js";
import { writeCorpus } from "./corpus.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const opt = (name: string, dflt: number) => { const i = args.indexOf(name); return i >= 0 ? Number(args[i + 1]) : dflt; };
const N = opt("--reports", 20_000);
const W = opt("--workers", 4);
const N1 = Math.min(N, opt("--single", Math.max(200, Math.floor(N / 10))));
const KILL_EVERY = opt("--kill-every", 20);
/** Killed workers' jobs come back after this; short, so the run is not mostly waiting. */
const POLICY: JobPolicy = { jobTimeoutSeconds: 30, retries: 5, retryDelaySeconds: 2 };

const log = (s: string) => process.stderr.write(s + "\n");
const work = fs.mkdtempSync(path.join(os.tmpdir(), "dossier-bench-pg-"));
log(`starting a throwaway PostgreSQL…`);
const server = await startThrowawayPostgres({ database: "dossier_bench", durable: true });
const children = new Set<ChildProcess>();
// Interrupted: leave no workers, server or corpus behind.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    for (const c of children) c.kill("SIGKILL");
    server.stop();
    fs.rmSync(work, { recursive: true, force: true });
    process.exit(130);
  });
}
const lines: string[] = [];
try {
  const all = path.join(work, "all"), first = path.join(work, "first");
  const c = writeCorpus(all, N);
  writeCorpus(first, N1);
  log(`corpus of ${N} reports, ${(c.bytes / 2 ** 20).toFixed(1)} MB`);

  const one = await run("one", first, N1, 1, 0);
  const many = await run("many", all, N, W, KILL_EVERY);

  // The first N1 reports, read by one worker and by many: the same claims for each.
  const a = await claimCounts("one"), b = await claimCounts("many");
  const differing = [...a].filter(([id, n]) => b.get(id) !== n).length;
  log(`first ${N1} reports: ${differing} with a different claim count between the two runs`);

  const cpu = os.cpus();
  lines.push("# PostgreSQL distributed ingest benchmark", "",
    `Measured ${new Date().toISOString().slice(0, 10)} on ${cpu[0]?.model ?? "?"} (${cpu.length} cores, shared with other work), Node ${process.version}, PostgreSQL on the same machine (durable commits).`,
    `Command: \`npm run bench -- --postgres --reports ${N} --workers ${W} --single ${N1} --kill-every ${KILL_EVERY}\`.`, "",
    "| run | worker processes | reports | queue time s | ingest time s | reports/s | workers killed | retried jobs | stored | failed |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...[one, many].map((r) => `| ${r.name} | ${r.workers} | ${r.reports} | ${r.queueSeconds.toFixed(1)} | ${r.seconds.toFixed(1)} | ${(r.reports / r.seconds).toFixed(1)} | ${r.killed} | ${r.retried} | ${r.stored} | ${r.failed} |`),
    "",
    `Speed-up of ${W} workers over 1: ${((many.reports / many.seconds) / (one.reports / one.seconds)).toFixed(2)}× on ${cpu.length} cores.`,
    `Checks (run "many"): ${many.stored} of ${N} reports stored and ${many.failed} refused with a reason (failed jobs); every report accounted for: ${many.allPresent}; duplicate claims: ${many.duplicates}; staged texts left: ${many.staged}.`,
    `Store size on disk (tables and indexes): ${(many.bytesPerReport / 1024).toFixed(1)} KiB per stored report.`,
    `Claim counts of the first ${N1} reports differing between the one-worker and the ${W}-worker run: ${differing}.`,
    "", "Ingest time runs from the first job taken to the last completed (worker start-up excluded); queue time is `ingest --queue` reading and staging the files.");
  fs.writeFileSync(path.join(here, "RESULTS-postgres.md"), lines.join("\n") + "\n");
  log(lines.join("\n"));
  if (!many.allPresent || many.duplicates || many.stored + many.failed !== N || differing) process.exitCode = 1;
} finally {
  for (const c of children) c.kill("SIGKILL");
  server.stop();
  fs.rmSync(work, { recursive: true, force: true });
}

interface RunResult {
  name: string; workers: number; reports: number; queueSeconds: number; seconds: number;
  killed: number; retried: number; stored: number; failed: number; allPresent: boolean; duplicates: number; staged: number; bytesPerReport: number;
}

function specFor(name: string): string {
  return `${server.url}?schema=bench_${name}`;
}

async function run(name: string, dir: string, n: number, workers: number, killEvery: number): Promise<RunResult> {
  const spec = specFor(name);
  const store = await openPostgresStore(spec);
  const boss = await openQueue(spec);
  await ensureIngestQueue(boss, POLICY);
  let t = performance.now();
  const q = await enqueueDocuments(store, boss, readSources([dir]), {}, POLICY);
  const queueSeconds = (performance.now() - t) / 1000;
  await boss.stop({ graceful: false, wait: true, close: true });
  log(`[${name}] queued ${q.queued} in ${queueSeconds.toFixed(1)} s; starting ${workers} worker(s)`);

  const schema = queueSchema(spec);
  const pool = store.pool;
  const live: ChildProcess[] = [];
  for (let i = 0; i < workers; i++) live.push(startWorkerProcess(spec));
  // The clock starts when the first job is taken: start-up (loading models) is not throughput.
  while ((await jobCounts(pool, schema)).queued === n) await sleep(100);
  t = performance.now();
  let killed = 0, lastKill = t, lastLog = t;
  for (;;) {
    const c = await jobCounts(pool, schema);
    if (c.completed + c.failed >= n) break;
    const now = performance.now();
    // Kills stop at 80%: a job killed at the very end would leave the run waiting out its timeout.
    if (killEvery && now - lastKill > killEvery * 1000 && c.completed < 0.8 * n) {
      const i = Math.floor(Math.random() * live.length);
      live[i].kill("SIGKILL");
      live[i] = startWorkerProcess(spec);
      killed++;
      lastKill = now;
    }
    if (now - lastLog > 10_000) {
      lastLog = now;
      log(`[${name}] ${c.completed}/${n} done, ${c.active} active, ${c.retrying} retrying, ${c.failed} failed (${(c.completed / ((now - t) / 1000)).toFixed(1)} reports/s)`);
    }
    await sleep(250);
  }
  const seconds = (performance.now() - t) / 1000;
  for (const w of live) stopProcess(w);
  await Promise.all(live.map((w) => (w.exitCode === null ? new Promise((r) => w.once("exit", r)) : undefined)));

  const c = await jobCounts(pool, schema);
  for (const f of await recentFailures(pool, schema, 5)) log(`[${name}] failed: ${f.source}: ${f.reason}`);
  const retried = Number((await pool.query(`SELECT count(*)::int AS n FROM (SELECT retry_count FROM ${schema}.job WHERE retry_count > 0
    UNION ALL SELECT retry_count FROM ${schema}.archive WHERE retry_count > 0) r`)).rows[0].n);
  const stored = (await store.stats()).documents;
  const ids = new Set((await pool.query<{ id: string }>("SELECT id FROM documents")).rows.map((r) => r.id));
  // Lost = neither stored nor failed with a reason (a report the store refused is reported, not lost).
  const failedIds = new Set((await pool.query<{ id: string }>(`SELECT data->>'id' AS id FROM ${schema}.job WHERE state = 'failed'
    UNION ALL SELECT data->>'id' FROM ${schema}.archive WHERE state = 'failed'`)).rows.map((r) => r.id));
  const lost = fs.readdirSync(dir).filter((f) => {
    const id = documentId(fs.readFileSync(path.join(dir, f), "utf8"));
    return !ids.has(id) && !failedIds.has(id);
  }).length;
  const allPresent = lost === 0;
  const duplicates = Number((await pool.query("SELECT count(*)::int AS n FROM (SELECT doc_seq, id FROM claims GROUP BY 1, 2 HAVING count(*) > 1) d")).rows[0].n);
  const staged = Number((await pool.query("SELECT count(*)::int AS n FROM staged_documents")).rows[0].n);
  // On-disk size of the store's tables and indexes (not the queue's), per stored report.
  const bytes = Number((await pool.query(`SELECT sum(pg_total_relation_size(c.oid))::float8 AS b FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relkind = 'r'`, [`bench_${name}`])).rows[0].b);
  log(`[${name}] store size ${(bytes / 2 ** 20).toFixed(1)} MiB, ${(bytes / Math.max(1, stored) / 1024).toFixed(1)} KiB per report`);
  await store.close();
  log(`[${name}] ${n} reports in ${seconds.toFixed(1)} s: ${(n / seconds).toFixed(1)} reports/s with ${workers} worker(s); ${killed} killed, ${retried} jobs retried, ${stored} stored, ${c.failed} failed`);
  return { name, workers, reports: n, queueSeconds, seconds, killed, retried, stored, failed: c.failed, allPresent, duplicates, staged, bytesPerReport: bytes / Math.max(1, stored) };
}

function startWorkerProcess(spec: string): ChildProcess {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(here, "worker-process.ts"), spec], { stdio: ["ignore", "ignore", "inherit"] });
  children.add(child);
  child.once("exit", () => children.delete(child));
  return child;
}

function stopProcess(child: ChildProcess): void {
  if (child.exitCode === null) child.kill("SIGTERM");
}

async function claimCounts(name: string): Promise<Map<string, number>> {
  const store: PostgresStore = await openPostgresStore(specFor(name));
  try {
    const rows = (await store.pool.query<{ id: string; n: number }>("SELECT d.id, count(c.seq)::int AS n FROM documents d LEFT JOIN claims c ON c.doc_seq = d.seq GROUP BY d.id")).rows;
    return new Map(rows.map((r) => [r.id, r.n]));
  } finally {
    await store.close();
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
