// How long storing one report takes: puts N synthetic extractions (~30 claims, ~60 mentions
// each) into a fresh SQLite store and prints the time per report, then times some reads.
//   node --import tsx test/store/bench-put.ts [N]
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { openStore } from "../../src/store/open.js";
import { syntheticReport } from "./fixtures.js";

const n = Number(process.argv[2] ?? 2000);
const dir = mkdtempSync(join(tmpdir(), "dossier-bench-"));
const store = await openStore(join(dir, "bench.db"));
const reports = Array.from({ length: n }, (_, i) => syntheticReport(i));
const claims = reports.reduce((s, r) => s + r.extraction.claims.length, 0);
const mentions = reports.reduce((s, r) => s + r.extraction.entities.reduce((m, e) => m + e.mentions.length, 0), 0);
const chars = reports.reduce((s, r) => s + r.doc.text.length, 0);

const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;
// CPU time too: on a shared machine wall time also counts other processes' turns.
const cpuMs = (c0: NodeJS.CpuUsage) => { const c = process.cpuUsage(c0); return (c.user + c.system) / 1000; };
let t0 = process.hrtime.bigint();
const c0 = process.cpuUsage();
for (const r of reports) await store.putDocument(r.doc, r.extraction, "v1");
const put = ms(t0);
const putCpu = cpuMs(c0);
t0 = process.hrtime.bigint();
for (const r of reports) await store.putDocument(r.doc, r.extraction, "v1");
const unchanged = ms(t0);
t0 = process.hrtime.bigint();
for (const r of reports.slice(0, 500)) await store.putDocument(r.doc, r.extraction, "v2");
const updated = ms(t0) / Math.min(500, n);

// The same reports, 50 to a transaction, into a second store.
const bulk = await openStore(join(dir, "bulk.db"));
t0 = process.hrtime.bigint();
const c1 = process.cpuUsage();
for (let i = 0; i < n; i += 50) {
  await bulk.putDocuments!(reports.slice(i, i + 50).map((r) => ({ doc: r.doc, extraction: r.extraction, extractorVersion: "v1" })));
}
const batched = ms(t0);
const batchedCpu = cpuMs(c1);
await bulk.close();

const timed = async (label: string, f: () => Promise<unknown>) => {
  const t = process.hrtime.bigint();
  const out = await f();
  console.log(`  ${label}: ${ms(t).toFixed(1)} ms${Array.isArray(out) ? ` (${out.length} rows)` : ""}`);
};
console.log(`${n} reports, ${(claims / n).toFixed(1)} claims, ${(mentions / n).toFixed(1)} mentions, ${(chars / n / 1000).toFixed(1)} kB text each`);
console.log(`put (added):     ${(put / n).toFixed(3)} ms/report wall, ${(putCpu / n).toFixed(3)} ms CPU (${Math.round(n / (put / 1000))} reports/s)`);
console.log(`putDocuments, 50 a batch: ${(batched / n).toFixed(3)} ms/report wall, ${(batchedCpu / n).toFixed(3)} ms CPU (${Math.round(n / (batched / 1000))} reports/s)`);
console.log(`put (unchanged): ${(unchanged / n).toFixed(3)} ms/report`);
console.log(`put (updated):   ${updated.toFixed(3)} ms/report`);
await timed("stats", () => store.stats());
await timed("listClaims type=flow limit 100", () => store.listClaims({ type: "flow", limit: 100 }));
await timed("listClaims entity=group:islamic-state since 2015", () => store.listClaims({ entity: "group:islamic-state", since: "2015-01-01" }));
await timed("findEntities limit 50", () => store.findEntities({ limit: 50 }));
await timed("search \"fighters Tunisia\"", () => store.search("fighters Tunisia"));
await timed("getEntity country:TN", () => store.getEntity("country:TN"));
await store.close();

// A yardstick for the machine: one row into a bare in-memory table, no index.
const bare = new Database(":memory:");
bare.exec("CREATE TABLE t (a INTEGER, b TEXT, c INTEGER, d INTEGER)");
const row = bare.prepare("INSERT INTO t VALUES (?, ?, ?, ?)");
t0 = process.hrtime.bigint();
bare.transaction(() => { for (let i = 0; i < 100_000; i++) row.run(i, "country:TN", i, i + 5); })();
console.log(`yardstick: bare insert ${(ms(t0) / 100).toFixed(2)} us/row`);
bare.close();
rmSync(dir, { recursive: true, force: true });
