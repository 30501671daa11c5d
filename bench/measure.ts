// One benchmark phase in its own process, so its peak memory is its own. Prints one JSON line.
//   node --import tsx bench/measure.ts PHASE CORPUS_DIR [DB]
// Phases: tokenize (baseline: wink-nlp tokenisation alone), text (read + decode + article
// text), extract (text + the whole extraction pipeline), ingest (extract + store in SQLite).
// Before the clock starts each phase loads what it needs and runs over WARMUP generated
// reports (not in the corpus): V8 compiles the extractor's hot functions during its first
// ~50-100 reports, which costs several CPU seconds once per process, not per report. That
// start-up (loading and warm-up) is reported apart, as `startupSeconds`.
import fs from "node:fs";
import path from "node:path";
import v8 from "node:v8";
import vm from "node:vm";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { IngestError } from "../src/ingest/document.js";
import { readSources } from "../src/ingest/read.js";
import { createPipeline, toExtraction } from "../src/extract/pipeline.js";
import { openStore } from "../src/store/open.js";
import { ingestReports } from "../src/store/ingest-reports.js";
import { generateReport } from "./corpus.js";

const [phase, dir, db] = process.argv.slice(2);
const WARMUP = Number(process.env.DOSSIER_BENCH_WARMUP ?? 100);
const warmTexts = () => Array.from({ length: WARMUP }, (_, i) => generateReport(1_000_000 + i));
let peak = 0;
const sample = () => { peak = Math.max(peak, process.memoryUsage().rss); };
const timer = setInterval(sample, 20);

async function run(): Promise<{ reports: number; bytes: number }> {
  let reports = 0, bytes = 0;
  if (phase === "tokenize") {
    const nlp = winkNLP(model, ["sbd", "pos"]);
    for (const r of warmTexts()) nlp.readDoc(r.text).tokens().out();
    startClock();
    for (const f of fs.readdirSync(dir).sort()) {
      const text = fs.readFileSync(path.join(dir, f), "utf8");
      nlp.readDoc(text).tokens().out();
      reports++; bytes += Buffer.byteLength(text);
    }
    return { reports, bytes };
  }
  if (phase === "ingest") {
    const store = await openStore(db);
    const pipeline = await warmPipeline();
    const counted = async function* () {
      for await (const d of readSources([dir])) {
        if (!(d instanceof IngestError)) { reports++; bytes += Buffer.byteLength(d.text); }
        yield d;
      }
    };
    await ingestReports(store, counted(), {}, pipeline);
    await store.close();
    return { reports, bytes };
  }
  const pipeline = phase === "extract" ? await warmPipeline() : undefined;
  for await (const d of readSources([dir])) {
    if (d instanceof IngestError) continue;
    reports++; bytes += Buffer.byteLength(d.text);
    if (pipeline) JSON.stringify(toExtraction(await pipeline.run(d.text, { file: d.source, published: d.published })));
  }
  return { reports, bytes };
}

/** Loads models and reference data and lets the JIT settle before the clock starts. */
async function warmPipeline() {
  const p = createPipeline();
  for (const r of warmTexts()) toExtraction(await p.run(r.text, { published: r.published }));
  startClock();
  return p;
}

const cpuSeconds = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };
const start = performance.now();
let t0 = start, c0 = 0;
// the text phase needs no warm-up: its clock starts with the process's first read
function startClock() { t0 = performance.now(); c0 = cpuSeconds(); }
startClock();
const r = await run();
const seconds = (performance.now() - t0) / 1000;
// CPU time of the whole process (V8's compiler and GC threads included): the machine may be shared
const cpu = cpuSeconds() - c0;
sample();
clearInterval(timer);
// what the phase still holds once its garbage is collected (peak RSS also counts garbage V8
// has not collected yet: it lets the heap grow to a few times what is live before a full GC)
v8.setFlagsFromString("--expose-gc");
(vm.runInNewContext("gc") as () => void)();
process.stdout.write(JSON.stringify({
  phase, ...r, seconds, cpuSeconds: cpu, startupSeconds: (t0 - start) / 1000,
  peakRssMB: Math.max(peak, process.resourceUsage().maxRSS * 1024) / 2 ** 20,
  retainedHeapMB: process.memoryUsage().heapUsed / 2 ** 20,
}) + "\n");
