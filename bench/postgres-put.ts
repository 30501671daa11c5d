// `node --import tsx bench/postgres-put.ts [--reports N] [--batch B] [--writers W] [--db URL]`:
// the PostgreSQL write path alone. Extracts N generated reports once, then stores them into
// fresh schemas four ways (one put per document or putDocuments B at a time; one writer or W
// at once, each writer its own connection) and prints reports/s and rows/s (rows: documents,
// document_entities, claims and claim_entities). Without --db it starts a throwaway server
// with durable commits, as bench/postgres.ts does.
import { makeDocument } from "../src/ingest/document.js";
import { createPipeline, EXTRACTOR_VERSION, toExtraction } from "../src/extract/pipeline.js";
import { openPostgresStore, type PostgresStore } from "../src/store/postgres/postgres-store.js";
import type { PutItem } from "../src/store/store.js";
import { startThrowawayPostgres } from "../test/setup/postgres-server.js";
import { generateReport } from "./corpus.js";
import { serverCpuReader } from "./server-cpu.js";

const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const N = Number(opt("--reports", "400"));
const B = Number(opt("--batch", "16"));
const W = Number(opt("--writers", "4"));
const given = opt("--db", "");

const server = given ? undefined : await startThrowawayPostgres({ database: "dossier_put", durable: true });
const url = given || server!.url;
try {
  const pipeline = createPipeline();
  const items: PutItem[] = [];
  for (let i = 0; i < N; i++) {
    const r = generateReport(1_000_000 + i);
    const doc = makeDocument(r.text, `put/report-${i}.txt`, "text", { title: r.title, published: r.published });
    const extraction = toExtraction(await pipeline.run(doc.text, { file: doc.source, title: doc.title, published: doc.published }));
    items.push({ doc, extraction, extractorVersion: EXTRACTOR_VERSION });
  }
  const rows = items.reduce((n, { extraction: x }) => n + 1 + x.entities.length + x.claims.length
    + x.claims.reduce((k, c) => k + Object.values(c.args).flat().filter((a) => a.entity).length + (c.attribution?.entity ? 1 : 0), 0), 0);
  console.log(`${N} reports extracted; about ${(rows / N).toFixed(0)} rows each; batches of ${B}, ${W} writers`);

  const ways: [string, number, number][] = [["putDocument", 1, 1], [`putDocuments ×${B}`, B, 1], ["putDocument", 1, W], [`putDocuments ×${B}`, B, W]];
  let run = 0;
  for (const [label, batch, writers] of ways) {
    const spec = new URL(url);
    spec.searchParams.set("schema", `put_${process.pid}_${run++}`);
    const stores: PostgresStore[] = [];
    for (let w = 0; w < writers; w++) stores.push(await openPostgresStore(spec.toString(), { poolSize: 1 }));
    const serverCpu = await serverCpuReader(stores[0].pool);
    const s0 = serverCpu?.() ?? 0;
    const t = performance.now(), c = process.cpuUsage();
    // Writer w takes batches w, w + W, …: interleaved, so concurrent writers share entities.
    await Promise.all(stores.map(async (store, w) => {
      for (let at = w * batch; at < N; at += writers * batch) {
        const slice = items.slice(at, at + batch);
        if (batch === 1) await store.putDocument(slice[0].doc, slice[0].extraction, slice[0].extractorVersion);
        else for (const r of await store.putDocuments(slice)) if (r instanceof Error) throw r;
      }
    }));
    const s = (performance.now() - t) / 1000;
    const cpu = process.cpuUsage(c);
    const server = serverCpu ? `, server CPU ${((serverCpu() - s0) / N).toFixed(2)} ms/report` : "";
    const stats = await stores[0].stats();
    if (stats.documents !== N) throw new Error(`${label}: ${stats.documents} of ${N} stored`);
    await stores[0].pool.query(`DROP SCHEMA ${spec.searchParams.get("schema")} CASCADE`);
    for (const store of stores) await store.close();
    console.log(`${label.padEnd(18)} ${writers} writer(s): ${(N / s).toFixed(0).padStart(5)} reports/s, ${(rows / s).toFixed(0).padStart(7)} rows/s, client CPU ${((cpu.user + cpu.system) / 1000 / N).toFixed(2)} ms/report${server}`);
  }
} finally {
  server?.stop();
}
