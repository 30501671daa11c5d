// The API latency phase of `npm run bench` (run by bench/run.ts as its own process, or alone:
// `node --import tsx bench/api.ts [--api-claims N] [--api-samples S] [--api-postgres URL | --api-pg] [--api-db FILE]
// [--api-only-requests REGEX]`, the last timing only the requests whose name or path matches).
// --api-pg starts a throwaway PostgreSQL server for the run (test/setup/postgres-server.ts);
// with PostgreSQL, --api-db NAME keeps the store in schema NAME and reuses it on the next run.
// Builds a synthetic store of N claims (bench/claims-corpus.ts), starts the real server on a
// free 127.0.0.1 port in a child process, and times real HTTP requests after a warm-up. Also
// weighs the web app's first load (web/dist, gzip as the server sends it). Progress goes to
// stderr; the RESULTS.md section (markdown) to stdout.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { IncomingMessage, ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import { openStore } from "../src/store/open.js";
import { writeClaimsCorpus } from "./claims-corpus.js";
import { startThrowawayPostgres } from "../test/setup/postgres-server.js";
import { PostgresStore } from "../src/store/postgres/postgres-store.js";
import { serverCpuReader } from "./server-cpu.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const opt = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const log = (s: string) => process.stderr.write(s + "\n");

/** The hub actor: the group the corpus names most. */
const HUB = "group:islamic-state";
/** Timed requests per endpoint, after 3 warm-up ones. */
const DEFAULT_SAMPLES = 20;
/** The target from issue 5. */
const TARGET_P95_MS = 50;

// `bench/api.ts serve STORE`: the server process. Rate limiting is lifted: the bench is one
// client asking as fast as it can, which is what the limit exists to stop.
if (args[0] === "serve") {
  const { createServer } = await import("../src/server/server.js");
  const store = await openStore(args[1]);
  const app = await createServer({ store, rateLimit: { capacity: 1e9, refillPerSecond: 1e9 } });
  // The server's own CPU time per request (requests come one at a time), sent as Server-Timing:
  // on a shared machine wall time also counts waiting for a core, CPU time does not. Fastify
  // writes the head once the body is serialised, so the figure covers the whole handler.
  // On PostgreSQL the database server's CPU time too (all its processes, from /proc, in 10 ms
  // ticks: the client averages it over the samples), read outside the server's own CPU window.
  const dbCpu = store instanceof PostgresStore ? await serverCpuReader(store.pool) : undefined;
  app.server.prependListener("request", (_req: IncomingMessage, res: ServerResponse) => {
    const db0 = dbCpu?.();
    const start = process.cpuUsage();
    const writeHead = res.writeHead.bind(res) as (...a: unknown[]) => ServerResponse;
    res.writeHead = ((...a: unknown[]) => {
      const used = process.cpuUsage(start);
      const db = dbCpu && db0 !== undefined ? `, db;dur=${dbCpu() - db0}` : "";
      res.setHeader("server-timing", `cpu;dur=${((used.user + used.system) / 1000).toFixed(2)}${db}`);
      return writeHead(...a);
    }) as ServerResponse["writeHead"];
  });
  const address = await app.listen({ host: "127.0.0.1", port: 0 });
  process.stdout.write(`${address}\n`);
  process.once("SIGTERM", () => void app.close().then(() => store.close()).then(() => process.exit(0)));
} else {
  await main();
}

interface Timing { name: string; path: string; p50: number; p95: number; max: number; cpu50: number; cpu95: number; bytes: number; dbMean?: number }

async function main(): Promise<void> {
  const claims = Number(opt("--api-claims") ?? 100_000);
  const samples = Number(opt("--api-samples") ?? DEFAULT_SAMPLES);
  const throwaway = args.includes("--api-pg") ? await startThrowawayPostgres({ database: "dossier_bench_api" }) : undefined;
  const pg = throwaway?.url ?? opt("--api-postgres") ?? process.env.DOSSIER_BENCH_PG;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "dossier-bench-api-"));
  // --api-db FILE keeps the generated SQLite store there and reuses it on the next run.
  const kept = opt("--api-db");
  const onlyRequests = opt("--api-only-requests");
  const only = onlyRequests ? new RegExp(onlyRequests, "i") : undefined;
  let spec: string;
  let dropSchema: (() => Promise<void>) | undefined;
  if (pg) {
    const schema = kept && !throwaway ? kept : `dossier_bench_api_${process.pid}`;
    if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`--api-db ${schema}: a PostgreSQL schema name is lower-case letters, digits and _`);
    spec = `${pg}${pg.includes("?") ? "&" : "?"}schema=${schema}`;
    if (schema === kept) dropSchema = undefined;
    else dropSchema = async () => {
      const { default: pgModule } = await import("pg");
      const client = new pgModule.Client({ connectionString: pg });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.end();
    };
  } else {
    spec = kept ? path.resolve(kept) : path.join(work, "api.db");
  }
  try {
    let built = "reused";
    if (!(kept && (pg ? await storeHasClaims(spec) : fs.existsSync(spec)))) {
      const store = await openStore(spec);
      const t0 = performance.now();
      const c = await writeClaimsCorpus(store, { claims, onProgress: (n) => { if (n % 20_000 < 2_500) log(`  ${n} claims stored`); } });
      built = `${c.documents} documents, ${c.claims} claims, built in ${((performance.now() - t0) / 1000).toFixed(0)} s`;
      await store.close();
    }
    const store = await openStore(spec);
    const stats = await store.stats();
    const hub = await store.getEntity(HUB);
    const [person] = await store.findEntities({ type: "person", limit: 1 });
    const [doc] = await store.listDocuments({ limit: 1, offset: Math.floor(stats.documents / 2) });
    const hubClaims = (await store.listClaims({ entity: HUB })).length;
    // cursors (the last claim of the page before) for the same deep pages as the offsets below
    const refBefore = async (q: Parameters<typeof store.listClaims>[0] & { offset: number }) => {
      const [c] = await store.listClaims({ ...q, limit: 1, offset: q.offset - 1 });
      return encodeURIComponent(`${c.source.documentId}#${c.id}`);
    };
    const cursors = {
      hub: await refBefore({ entity: HUB, offset: 1000 }),
      all: await refBefore({ offset: Math.floor(stats.claims / 2) }),
      timeline: await refBefore({ entity: HUB, dated: true, order: "date", offset: 100 }),
    };
    await store.close();
    log(`store: ${stats.documents} documents, ${stats.claims} claims, ${stats.entities} entities (${built}); ${HUB} in ${hub?.documents} documents, ${hubClaims} claims`);

    const timings = await timeServer(spec, samples, [
      ["profile of the hub group", `/api/entities/${encodeURIComponent(HUB)}`],
      ["profile of the most-named person", `/api/entities/${encodeURIComponent(person.id)}`],
      ["entities, first page", "/api/entities?limit=50"],
      ["flows by year", "/api/flows"],
      ["flows by month in 2015", "/api/flows?period=month&since=2015-01-01&until=2015-12-31"],
      ["flows of one country", `/api/flows?entity=${encodeURIComponent("country:TN")}`],
      ["claims: hub, one type", `/api/claims?entity=${encodeURIComponent(HUB)}&type=membership&limit=50`],
      ["claims: hub, page 21", `/api/claims?entity=${encodeURIComponent(HUB)}&limit=50&offset=1000`],
      ["claims: hub, page 21 by cursor", `/api/claims?entity=${encodeURIComponent(HUB)}&limit=50&cursor=${cursors.hub}`],
      ["claims: all, deep page", `/api/claims?limit=50&offset=${Math.floor(stats.claims / 2)}`],
      ["claims: all, deep page by cursor", `/api/claims?limit=50&cursor=${cursors.all}`],
      ["network", "/api/network"],
      ["network around the hub", `/api/network?entity=${encodeURIComponent(HUB)}`],
      ["timeline, first page", "/api/timeline?limit=50"],
      ["timeline of the hub, page 3", `/api/timeline?entity=${encodeURIComponent(HUB)}&limit=50&offset=100`],
      ["timeline of the hub, page 3 by cursor", `/api/timeline?entity=${encodeURIComponent(HUB)}&limit=50&cursor=${cursors.timeline}`],
      ["document with its text", `/api/documents/${doc.id}`],
      ["search", "/api/search?q=pledged%20allegiance"],
    ].filter(([name, p]) => !only || only.test(name) || only.test(p)) as [string, string][]);
    const web = webFirstLoad();
    process.stdout.write(section({ claims: stats.claims, documents: stats.documents, hubDocuments: hub?.documents ?? 0, hubClaims, samples, kind: pg ? "postgres" : "sqlite", timings, web }));
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
    await dropSchema?.();
    throwaway?.stop();
  }
}

/** Whether a kept PostgreSQL schema already holds a built corpus. */
async function storeHasClaims(spec: string): Promise<boolean> {
  const store = await openStore(spec);
  try {
    return (await store.stats()).claims > 0;
  } finally {
    await store.close();
  }
}

function pct(xs: number[], p: number): number {
  return xs[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];
}

async function timeServer(spec: string, samples: number, endpoints: [string, string][]): Promise<Timing[]> {
  const server = spawn(process.execPath, ["--import", "tsx", path.join(here, "api.ts"), "serve", spec], { stdio: ["ignore", "pipe", "inherit"] });
  try {
    const base = await new Promise<string>((resolve, reject) => {
      let out = "";
      server.stdout.on("data", (b: Buffer) => { out += b; if (out.includes("\n")) resolve(out.trim()); });
      server.once("exit", (code) => reject(new Error(`the server exited (${code}) before listening`)));
    });
    const get = async (p: string) => {
      const t0 = performance.now();
      const res = await fetch(base + p, { headers: { "accept-encoding": "identity" } });
      const body = await res.text();
      const ms = performance.now() - t0;
      if (res.status !== 200) throw new Error(`${p}: HTTP ${res.status} ${body.slice(0, 200)}`);
      const timing = res.headers.get("server-timing") ?? "";
      const cpu = Number(/cpu;dur=([\d.]+)/.exec(timing)?.[1] ?? NaN);
      const db = /db;dur=([\d.]+)/.exec(timing)?.[1];
      return { ms, cpu, db: db === undefined ? undefined : Number(db), bytes: body.length };
    };
    const out: Timing[] = [];
    for (const [name, p] of endpoints) {
      // warm-up: statement caches, page cache, JIT, and answers kept until the next write; the
      // first request, which fills them, is logged as "first"
      const first = await get(p);
      for (let i = 0; i < 2; i++) await get(p);
      const ms: number[] = [], cpu: number[] = [], db: number[] = [];
      let bytes = 0;
      for (let i = 0; i < samples; i++) { const r = await get(p); ms.push(r.ms); cpu.push(r.cpu); if (r.db !== undefined) db.push(r.db); bytes = r.bytes; }
      ms.sort((a, b) => a - b);
      cpu.sort((a, b) => a - b);
      const t: Timing = { name, path: p, p50: pct(ms, 50), p95: pct(ms, 95), max: ms[ms.length - 1], cpu50: pct(cpu, 50), cpu95: pct(cpu, 95), bytes };
      if (db.length) t.dbMean = db.reduce((a, b) => a + b, 0) / db.length;
      const dbShown = t.dbMean === undefined ? "" : `  db cpu mean ${t.dbMean.toFixed(1).padStart(6)} ms`;
      log(`  ${name.padEnd(36)} p50 ${t.p50.toFixed(1).padStart(7)} ms  p95 ${t.p95.toFixed(1).padStart(7)} ms  max ${t.max.toFixed(1).padStart(7)} ms  cpu p50 ${t.cpu50.toFixed(1).padStart(7)} p95 ${t.cpu95.toFixed(1).padStart(7)} ms${dbShown}  ${(bytes / 1000).toFixed(0)} kB  first ${first.ms.toFixed(0)} ms (cpu ${first.cpu.toFixed(0)}${first.db === undefined ? "" : `, db ${first.db}`})`);
      out.push(t);
    }
    return out;
  } finally {
    server.kill("SIGTERM");
  }
}

/** What a browser fetches to show the first view (the map): the page, its script and style, the world shapes. */
function webFirstLoad(): { files: { name: string; raw: number; gzip: number }[] } | undefined {
  const dist = path.join(here, "..", "web", "dist");
  const index = path.join(dist, "index.html");
  if (!fs.existsSync(index)) return undefined;
  const html = fs.readFileSync(index, "utf8");
  const linked = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map((m) => m[1]);
  // the map view fetches the world shapes at once; they are the only JSON asset
  const world = fs.readdirSync(path.join(dist, "assets")).filter((f) => f.endsWith(".json")).map((f) => `assets/${f}`);
  const files = ["index.html", ...linked, ...world].map((name) => {
    const body = fs.readFileSync(path.join(dist, name));
    return { name, raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
  });
  return { files };
}

function section(r: {
  claims: number; documents: number; hubDocuments: number; hubClaims: number; samples: number; kind: string;
  timings: Timing[]; web: ReturnType<typeof webFirstLoad>;
}): string {
  const kb = (n: number) => (n / 1000).toFixed(1);
  const lines = ["## API latency", ""];
  lines.push(`Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus()[0]?.model ?? "?"} (${os.cpus().length} cores), Node ${process.version}, ${r.kind} store.`);
  const flags = `--api-claims ${r.claims}${r.samples !== DEFAULT_SAMPLES ? ` --api-samples ${r.samples}` : ""}${r.kind === "postgres" ? " --api-pg" : ""}`;
  lines.push(`Command: \`npm run bench -- --api-only ${flags}\` (also part of \`npm run bench\`; \`--skip-api\` leaves it out). `
    + `A synthetic corpus (bench/claims-corpus.ts, seeded) of ${r.documents} documents and ${r.claims} claims; the hub group ${HUB} is in ${r.hubDocuments} documents and ${r.hubClaims} claims. `
    + `The real server runs in its own process on 127.0.0.1; each request is timed by the client over HTTP, body read included, ${r.samples} times after 3 warm-up requests. `
    + `Server CPU is the server process's CPU time for the request (Server-Timing), which waiting for a busy core does not inflate${r.timings.some((t) => t.dbMean !== undefined) ? "; database CPU is the PostgreSQL server's, all its processes, from /proc in 10 ms ticks, averaged over the samples" : ""}; load average at the end: ${os.loadavg()[0].toFixed(1)}.`, "");
  const withDb = r.timings.some((t) => t.dbMean !== undefined);
  lines.push(`| request | p50 ms | p95 ms | max ms | server CPU p50 ms | server CPU p95 ms |${withDb ? " database CPU mean ms |" : ""} response kB |`,
    `|---|---:|---:|---:|---:|---:|${withDb ? "---:|" : ""}---:|`);
  for (const t of r.timings) {
    const db = withDb ? ` ${t.dbMean?.toFixed(1) ?? ""} |` : "";
    lines.push(`| ${t.name} (\`${t.path.length > 70 ? t.path.slice(0, 67) + "…" : t.path}\`) | ${t.p50.toFixed(1)} | ${t.p95.toFixed(1)} | ${t.max.toFixed(1)} | ${t.cpu50.toFixed(1)} | ${t.cpu95.toFixed(1)} |${db} ${kb(t.bytes)} |`);
  }
  const over = r.timings.filter((t) => t.p95 >= TARGET_P95_MS).map((t) => t.name);
  lines.push("", `Target (issue 5): p95 < ${TARGET_P95_MS} ms. ${over.length ? `Over it: ${over.join(", ")}.` : "Every request above meets it."}`, "");
  if (r.web) {
    const total = r.web.files.reduce((s, f) => s + f.gzip, 0);
    lines.push(`Web app first load (the map view: ${r.web.files.map((f) => `${path.basename(f.name)} ${kb(f.gzip)} kB`).join(", ")}): `
      + `**${kb(total)} kB gzipped** (${kb(r.web.files.reduce((s, f) => s + f.raw, 0))} kB uncompressed; the server also offers brotli).`, "");
  }
  return lines.join("\n");
}
