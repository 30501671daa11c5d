// `npm run bench -- --postgres [--pg-reports N] [--workers W] [--single N1] [--kill] [--kill-every S] [--batch B] [--db URL]`:
// distributed ingestion as it is deployed, on a throwaway PostgreSQL (started like the tests',
// but with durable commits) unless --db names one. A generated corpus (bench/corpus.ts) is
// queued with the real `dossier ingest --queue`, then taken by real `dossier worker` processes:
//   1. one worker over the first N1 reports (default 1,000, at most N): the one-worker rate;
//   2. W workers over all N; with --kill, a random worker is SIGKILLed at random moments (on
//      average every S seconds) and a new one started in its place.
// Then it checks that every report was stored exactly once and every job completed, and
// writes bench/RESULTS-postgres.md: reports/s for 1 and W workers, CPU per report (workers and
// server, from /proc, since the machine may be shared), peak RSS per worker, kills and retries.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { documentId } from "../src/ingest/document.js";
import { jobCounts, recentFailures } from "../src/queue/job-counts.js";
import { queueSchema } from "../src/queue/job-queue.js";
import { openPostgresStore } from "../src/store/postgres/postgres-store.js";
import { startThrowawayPostgres } from "../test/setup/postgres-server.js";
import { writeCorpus } from "./corpus.js";
import { launchFlags } from "./launch-flags.js";
import { serverCpuReader } from "./server-cpu.js";

const here = path.dirname(fileURLToPath(import.meta.url));
// Workers run as deployed: the compiled CLI (npm run build) when it is there, else the sources
// under tsx, which costs several CPU-seconds more per process start and slower code.
const BIN = path.join(here, "../bin/dossier.js");
const COMPILED = fs.existsSync(path.join(here, "../dist/cli/main.js"));
const MAIN = COMPILED ? BIN : path.join(here, "../src/cli/main.ts");
// `node bin/dossier.js` skips the launcher's #! line, so its V8 flags are given here (bench/launch-flags.ts)
const NODE_ARGS = [...launchFlags(), ...(COMPILED ? [] : ["--import", "tsx"])];
const args = process.argv.slice(2);
const opt = (name: string, dflt: number) => { const i = args.indexOf(name); return i >= 0 ? Number(args[i + 1]) : dflt; };
const N = opt("--pg-reports", opt("--reports", 20_000));
const W = opt("--workers", 4);
const N1 = Math.min(N, opt("--single", 1000));
const KILL = args.includes("--kill") || args.includes("--kill-every");
const KILL_EVERY = opt("--kill-every", 20);
const BATCH = opt("--batch", 8);
const given = (() => { const i = args.indexOf("--db"); return i >= 0 ? args[i + 1] : undefined; })();
/**
 * Killed workers' jobs come back after the timeout; short here so the run is not mostly waiting
 * (a batch of 8 takes well under a second). Deployments keep the default 300 s (docs/deploy.md).
 */
const QUEUE_OPTIONS = ["--job-timeout", "30", "--retries", "10", "--retry-delay", "1"];
const NOTES_MARKER = "<!-- notes below are kept when the benchmark rewrites this file -->";
const command = `npm run bench -- --postgres --pg-reports ${N} --workers ${W} --single ${N1}${KILL ? ` --kill --kill-every ${KILL_EVERY}` : ""} --batch ${BATCH}`;

const log = (s: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${s}\n`);
const work = fs.mkdtempSync(path.join(os.tmpdir(), "dossier-bench-pg-"));
log(given ? "using the given PostgreSQL" : "starting a throwaway PostgreSQL…");
const server = given ? undefined : await startThrowawayPostgres({ database: "dossier_bench", durable: true });
const url = given ?? server!.url;
const children = new Set<ChildProcess>();
const cleanUp = () => {
  for (const c of children) c.kill("SIGKILL");
  server?.stop();
  fs.rmSync(work, { recursive: true, force: true });
};
// Interrupted: leave no workers, server or corpus behind.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => { cleanUp(); process.exit(130); });
}

interface RunResult {
  name: string; workers: number; reports: number; queueSeconds: number; seconds: number;
  workerCpuMs: number; serverCpuMs: number | undefined; peakRssMB: number[]; started: number;
  killed: number; retried: number; stored: number; distinctTexts: number; duplicateDocuments: number; duplicateClaims: number;
  states: Record<string, number>; staged: number; lost: number; bytesPerReport: number;
}

try {
  const all = path.join(work, "all"), first = path.join(work, "first");
  const c = writeCorpus(all, N);
  writeCorpus(first, N1);
  log(`corpus of ${N} reports, ${(c.bytes / 2 ** 20).toFixed(1)} MB; the first ${N1} for the one-worker run`);

  const one = await run("one", first, N1, 1, false);
  const many = await run("many", all, N, W, KILL);

  // The first N1 reports, read by one worker and by many: the same claims for each.
  const a = await claimCounts("one"), b = await claimCounts("many");
  const differing = [...a].filter(([id, n]) => b.get(id) !== n).length;
  log(`first ${N1} reports: ${differing} with a different claim count between the two runs`);

  const cpu = os.cpus();
  const rate = (r: RunResult) => r.reports / r.seconds;
  const ms = (x: number | undefined, n: number) => (x === undefined ? "–" : (x / n).toFixed(1));
  const ok = (r: RunResult) => r.lost === 0 && r.stored === r.distinctTexts && r.duplicateDocuments === 0 && r.duplicateClaims === 0
    && r.states.completed === r.reports && Object.keys(r.states).length === 1 && r.staged === 0;
  const lines = ["# PostgreSQL distributed ingest benchmark", "",
    `Measured ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC on ${cpu[0]?.model ?? "?"} (${cpu.length} cores, shared with other work: load average ${os.loadavg()[0].toFixed(1)} at the end), Node ${process.version}, PostgreSQL ${given ? "given with --db" : "on the same machine"} (durable commits).`,
    `Command: \`${command}\`.`,
    `Reports queued with \`dossier ingest --queue ${QUEUE_OPTIONS.join(" ")}\`, taken by \`dossier worker --batch ${BATCH} --maintenance-interval 5\` processes${COMPILED ? " (the compiled CLI, dist/)" : " (sources under tsx: run `npm run build` first to measure the deployed code)"}.`, "",
    "| run | worker processes | reports | queue time s | ingest time s | reports/s | worker CPU ms/report | server CPU ms/report | peak RSS per worker MB | workers killed / started | jobs retried |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...[one, many].map((r) => `| ${r.name} | ${r.workers} | ${r.reports} | ${r.queueSeconds.toFixed(1)} | ${r.seconds.toFixed(1)} | ${rate(r).toFixed(1)} | ${ms(r.workerCpuMs, r.reports)} | ${ms(r.serverCpuMs, r.reports)} | ${Math.min(...r.peakRssMB).toFixed(0)}–${Math.max(...r.peakRssMB).toFixed(0)} | ${r.killed} / ${r.started} | ${r.retried} |`),
    "",
    `Speed-up of ${W} workers over 1: ${(rate(many) / rate(one)).toFixed(2)}× in reports/s, on ${cpu.length} cores shared with other work.`,
    "",
    ...[one, many].map((r) => `Checks, run "${r.name}": ${r.stored} documents stored for ${r.distinctTexts} distinct texts; duplicate documents ${r.duplicateDocuments}, duplicate claims ${r.duplicateClaims}; reports neither stored nor failed ${r.lost}; job states ${JSON.stringify(r.states)}; staged texts left ${r.staged}: ${ok(r) ? "every report stored exactly once" : "FAILED"}.`),
    `Claim counts of the first ${N1} reports differing between the one-worker and the ${W}-worker run: ${differing}.`,
    `Store size on disk (tables and indexes): ${(many.bytesPerReport / 1024).toFixed(1)} KiB per stored report.`,
    "",
    "Ingest time runs from the first job taken to the last completed (worker start-up excluded); queue time is `dossier ingest --queue` reading and staging the files.",
    "CPU is read from /proc: the workers' (killed ones included, start-up included) and the PostgreSQL server's, all its processes. Peak RSS is each worker process's VmHWM; the range is over the processes of the run.",
  ];
  // Notes written by hand below the marker are kept: the figures above it are this run's.
  const file = path.join(here, "RESULTS-postgres.md");
  const previous = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
  const notes = previous.includes(NOTES_MARKER) ? previous.slice(previous.indexOf(NOTES_MARKER)) : `${NOTES_MARKER}\n`;
  fs.writeFileSync(file, lines.join("\n") + "\n\n" + notes);
  log(lines.join("\n"));
  if (!ok(one) || !ok(many) || differing) process.exitCode = 1;
} finally {
  cleanUp();
}

function specFor(name: string): string {
  const u = new URL(url);
  u.searchParams.set("schema", `bench_${name}`);
  return u.toString();
}

/** A worker process as it is deployed: `dossier worker`, watched through /proc for CPU and memory. */
interface Watched { child: ChildProcess; cpuMs: number; peakRssMB: number }

async function run(name: string, dir: string, n: number, workers: number, kill: boolean): Promise<RunResult> {
  const spec = specFor(name);
  const store = await openPostgresStore(spec, { poolSize: 2 });
  const pool = store.pool;
  // A schema left by an earlier run on a given server would make the counts wrong.
  if ((await store.stats()).documents) throw new Error(`${spec}: schema bench_${name} is not empty; drop it first`);
  let t = performance.now();
  const queued = await cli(["ingest", "--queue", dir, "--db", spec, ...QUEUE_OPTIONS]);
  const queueSeconds = (performance.now() - t) / 1000;
  log(`[${name}] ${/\d+ queued[^\n]*/.exec(queued)?.[0] ?? "queued"} in ${queueSeconds.toFixed(1)} s; starting ${workers} worker(s)`);

  const schema = queueSchema(spec);
  const serverCpu = await serverCpuReader(pool);
  const live: Watched[] = [], gone: Watched[] = [];
  for (let i = 0; i < workers; i++) live.push(startWorkerProcess(spec));
  // The clock starts when the first job is taken: start-up (loading models) is not throughput.
  while ((await jobCounts(pool, schema)).queued === n) { watch(live); await sleep(100); }
  t = performance.now();
  const server0 = serverCpu?.();
  let killed = 0, lastLog = t;
  const nextKill = () => performance.now() + KILL_EVERY * 1000 * (0.2 + 1.6 * Math.random());
  let killAt = nextKill();
  for (;;) {
    watch(live);
    const c = await jobCounts(pool, schema);
    if (c.completed + c.failed >= n) break;
    const now = performance.now();
    // Kills stop at 90%: a batch killed at the very end would leave the run waiting out its timeout.
    if (kill && now > killAt && c.completed < 0.9 * n) {
      const i = Math.floor(Math.random() * live.length);
      live[i].child.kill("SIGKILL");
      gone.push(live[i]);
      live[i] = startWorkerProcess(spec);
      killed++;
      killAt = nextKill();
    }
    if (now - lastLog > 15_000) {
      lastLog = now;
      log(`[${name}] ${c.completed}/${n} done, ${c.active} active, ${c.retrying} retrying, ${c.failed} failed, ${killed} killed (${(c.completed / ((now - t) / 1000)).toFixed(1)} reports/s)`);
    }
    await sleep(500);
  }
  const seconds = (performance.now() - t) / 1000;
  const serverCpuMs = serverCpu && server0 !== undefined ? serverCpu() - server0 : undefined;
  watch(live);
  for (const w of live) if (w.child.exitCode === null) w.child.kill("SIGTERM");
  await Promise.all(live.map((w) => (w.child.exitCode === null ? new Promise((r) => w.child.once("exit", r)) : undefined)));
  const watched = [...gone, ...live];

  for (const f of await recentFailures(pool, schema, 5)) log(`[${name}] failed: ${f.source}: ${f.reason}`);
  const states: Record<string, number> = {};
  for (const r of (await pool.query<{ state: string; n: number }>(`SELECT state::text, count(*)::int AS n FROM (
      SELECT state FROM ${schema}.job UNION ALL SELECT state FROM ${schema}.archive) s GROUP BY 1`)).rows) states[r.state] = r.n;
  const retried = Number((await pool.query(`SELECT count(*)::int AS n FROM (SELECT retry_count FROM ${schema}.job WHERE retry_count > 0
    UNION ALL SELECT retry_count FROM ${schema}.archive WHERE retry_count > 0) r`)).rows[0].n);
  const docs = (await pool.query<{ n: number; ids: number }>("SELECT count(*)::int AS n, count(DISTINCT id)::int AS ids FROM documents")).rows[0];
  const ids = new Set((await pool.query<{ id: string }>("SELECT id FROM documents")).rows.map((r) => r.id));
  const texts = new Set(fs.readdirSync(dir).map((f) => documentId(fs.readFileSync(path.join(dir, f), "utf8"))));
  const lost = [...texts].filter((id) => !ids.has(id)).length;
  const duplicateClaims = Number((await pool.query("SELECT count(*)::int AS n FROM (SELECT doc_seq, id FROM claims GROUP BY 1, 2 HAVING count(*) > 1) d")).rows[0].n);
  const staged = Number((await pool.query("SELECT count(*)::int AS n FROM staged_documents")).rows[0].n);
  // On-disk size of the store's tables and indexes (not the queue's), per stored report.
  const bytes = Number((await pool.query(`SELECT sum(pg_total_relation_size(c.oid))::float8 AS b FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relkind = 'r'`, [`bench_${name}`])).rows[0].b);
  await store.close();
  const result: RunResult = {
    name, workers, reports: n, queueSeconds, seconds, workerCpuMs: watched.reduce((s, w) => s + w.cpuMs, 0), serverCpuMs,
    peakRssMB: watched.map((w) => w.peakRssMB).filter((m) => m > 0), started: watched.length, killed, retried,
    stored: docs.n, distinctTexts: texts.size, duplicateDocuments: docs.n - docs.ids, duplicateClaims, states, staged, lost,
    bytesPerReport: bytes / Math.max(1, docs.n),
  };
  log(`[${name}] ${n} reports in ${seconds.toFixed(1)} s: ${(n / seconds).toFixed(1)} reports/s with ${workers} worker(s); ${killed} killed, ${retried} jobs retried, ${docs.n} stored, states ${JSON.stringify(states)}`);
  return result;
}

function startWorkerProcess(spec: string): Watched {
  const child = spawn(process.execPath, [...NODE_ARGS, MAIN, "worker", "--db", spec, "--batch", String(BATCH), "--maintenance-interval", "5", "--quiet"],
    { stdio: ["ignore", "ignore", "pipe"] });
  // Its error lines go to the bench's log; the start-up line is left out.
  child.stderr!.on("data", (d: Buffer) => {
    for (const line of d.toString().split("\n")) if (line && !/taking jobs from|stopping after|stopped;/.test(line)) log(`worker ${child.pid}: ${line}`);
  });
  children.add(child);
  child.once("exit", () => children.delete(child));
  return { child, cpuMs: 0, peakRssMB: 0 };
}

/** Reads each live worker's CPU time and peak RSS (VmHWM) from /proc while it is still there to read. */
function watch(ws: Watched[]): void {
  for (const w of ws) {
    const pid = w.child.pid;
    if (!pid || w.child.exitCode !== null) continue;
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
      const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      w.cpuMs = (Number(f[11]) + Number(f[12])) * 10;
      const hwm = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
      if (hwm) w.peakRssMB = Number(hwm[1]) / 1024;
    } catch {
      // exited between the check and the read
    }
  }
}

function cli(argv: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...NODE_ARGS, MAIN, ...argv], { stdio: ["ignore", "ignore", "pipe"] });
    children.add(child);
    let err = "";
    child.stderr.on("data", (d) => { err += d; });
    child.on("exit", (code) => {
      children.delete(child);
      if (code === 0) resolve(err);
      else reject(new Error(`dossier ${argv[0]} exited with ${code}: ${err}`));
    });
  });
}

async function claimCounts(name: string): Promise<Map<string, number>> {
  const store = await openPostgresStore(specFor(name), { poolSize: 1 });
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
