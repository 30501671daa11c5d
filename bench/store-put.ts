// How long storing one report takes, apart from extracting it: puts N extractions into a fresh
// SQLite store, in batches as `dossier ingest` does and one by one, and prints CPU time per
// report, then times some reads.
//   node --import tsx bench/store-put.ts [--reports N] [--batch B] [--synthetic] [--keep DB] [--added-only]
// By default the reports are the benchmark's generated corpus (bench/corpus.ts) extracted by the
// real pipeline once, kept in the system's temp folder for the next run (keyed by the extractor
// version and N); --synthetic uses the store suite's hand-built extractions instead (~30 claims,
// ~60 mentions each), which need no extraction. CPU time is the figure to compare: on a shared
// machine wall time also counts other processes' turns.
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { makeDocument, type Document } from "../src/ingest/document.js";
import type { Extraction } from "../src/extract/contract.js";
import { createPipeline, EXTRACTOR_VERSION, toExtraction } from "../src/extract/pipeline.js";
import { openStore } from "../src/store/open.js";
import type { Store } from "../src/store/store.js";
import { syntheticReport } from "../test/store/fixtures.js";
import { generateReport } from "./corpus.js";

interface Report { doc: Document; extraction: Extraction }

const args = process.argv.slice(2);
const opt = (name: string, dflt: number) => { const i = args.indexOf(name); return i >= 0 ? Number(args[i + 1]) : dflt; };
const n = opt("--reports", 1000);
const batch = opt("--batch", 128);
const synthetic = args.includes("--synthetic");
const keep = args.includes("--keep") ? args[args.indexOf("--keep") + 1] : undefined;
// --added-only: the batched first ingest alone, for profiling the write path
const addedOnly = args.includes("--added-only");

/** The generated corpus's extractions, made once and kept as JSON Lines for later runs. */
async function extractedCorpus(count: number): Promise<Report[]> {
  const cache = join(tmpdir(), `dossier-bench-extractions-${EXTRACTOR_VERSION}-${count}.jsonl`);
  if (existsSync(cache)) return readFileSync(cache, "utf8").trim().split("\n").map((l) => JSON.parse(l) as Report);
  process.stderr.write(`extracting ${count} generated reports once (kept in ${cache})…\n`);
  const pipeline = createPipeline();
  const out: Report[] = [];
  for (let i = 0; i < count; i++) {
    const r = generateReport(i);
    const doc = makeDocument(r.text, `generated/${i}.txt`, "text", { title: r.title, published: r.published });
    out.push({ doc, extraction: toExtraction(await pipeline.run(doc.text, { file: doc.source, title: doc.title, published: doc.published })) });
  }
  writeFileSync(cache + ".part", out.map((r) => JSON.stringify(r)).join("\n") + "\n");
  renameSync(cache + ".part", cache);
  return out;
}

const reports: Report[] = synthetic ? Array.from({ length: n }, (_, i) => syntheticReport(i)) : await extractedCorpus(n);
const claims = reports.reduce((s, r) => s + r.extraction.claims.length, 0);
const mentions = reports.reduce((s, r) => s + r.extraction.entities.reduce((m, e) => m + e.mentions.length, 0), 0);
const entities = reports.reduce((s, r) => s + r.extraction.entities.length, 0);
const bytes = reports.reduce((s, r) => s + Buffer.byteLength(r.doc.text), 0);

const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;
const cpuMs = (c0: NodeJS.CpuUsage) => { const c = process.cpuUsage(c0); return (c.user + c.system) / 1000; };
const items = (rs: Report[], version: string) => rs.map((r) => ({ doc: r.doc, extraction: r.extraction, extractorVersion: version }));
async function timed(f: () => Promise<void>): Promise<{ wall: number; cpu: number }> {
  const t0 = process.hrtime.bigint(), c0 = process.cpuUsage();
  await f();
  return { wall: ms(t0), cpu: cpuMs(c0) };
}
const perReport = (t: { wall: number; cpu: number }, count: number) =>
  `${(t.cpu / count).toFixed(3)} ms CPU/report (${(t.wall / count).toFixed(3)} wall, ${((bytes / n) / (t.cpu / count) * 1000 / 2 ** 20).toFixed(2)} MB per CPU-s of text)`;

const dir = mkdtempSync(join(tmpdir(), "dossier-bench-put-"));
const putBatches = async (store: Store, rs: Report[], version: string) => {
  for (let i = 0; i < rs.length; i += batch) {
    const results = await store.putDocuments!(items(rs.slice(i, i + batch), version));
    const failed = results.find((r) => r instanceof Error);
    if (failed) throw failed;
  }
};

console.log(`${n} ${synthetic ? "synthetic" : "generated, extracted"} reports: ${(entities / n).toFixed(1)} entities, ${(mentions / n).toFixed(1)} mentions, ${(claims / n).toFixed(1)} claims, ${(bytes / n / 1024).toFixed(1)} KB text each`);
const store = await openStore(keep ?? join(dir, "batched.db"));
const added = await timed(() => putBatches(store, reports, "v1"));
console.log(`putDocuments, ${batch} a batch (added):  ${perReport(added, n)}`);
if (addedOnly) {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  process.exit(0);
}
const unchanged = await timed(() => putBatches(store, reports, "v1"));
console.log(`putDocuments, ${batch} a batch (unchanged): ${perReport(unchanged, n)}`);
const some = reports.slice(0, Math.min(200, n));
const updated = await timed(() => putBatches(store, some, "v2"));
console.log(`putDocuments, ${batch} a batch (re-extracted, first ${some.length}): ${perReport(updated, some.length)}`);

// One report per transaction, as the HTTP API's single upload stores it.
const single = await openStore(join(dir, "single.db"));
const one = await timed(async () => { for (const r of some) await single.putDocument(r.doc, r.extraction, "v1"); });
console.log(`putDocument, one a transaction (first ${some.length}): ${perReport(one, some.length)}`);
await single.close();

const read = async (label: string, f: () => Promise<unknown>) => {
  const t = process.hrtime.bigint();
  const out = await f();
  console.log(`  ${label}: ${ms(t).toFixed(1)} ms${Array.isArray(out) ? ` (${out.length} rows)` : ""}`);
};
await read("stats", () => store.stats());
await read("listClaims type=flow limit 100", () => store.listClaims({ type: "flow", limit: 100 }));
await read("findEntities limit 50", () => store.findEntities({ limit: 50 }));
await read("search \"fighters Tunisia\"", () => store.search("fighters Tunisia"));
await store.close();

// A yardstick for the machine: one row into a bare in-memory table, no index.
const bare = new Database(":memory:");
bare.exec("CREATE TABLE t (a INTEGER, b TEXT, c INTEGER, d INTEGER)");
const row = bare.prepare("INSERT INTO t VALUES (?, ?, ?, ?)");
const c0 = process.cpuUsage();
bare.transaction(() => { for (let i = 0; i < 100_000; i++) row.run(i, "country:TN", i, i + 5); })();
console.log(`yardstick: bare insert ${(cpuMs(c0) / 100).toFixed(2)} us CPU/row`);
bare.close();
rmSync(dir, { recursive: true, force: true });
