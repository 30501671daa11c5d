// One benchmark phase in its own process, so its peak memory is its own. Prints one JSON line.
//   node --import tsx bench/measure.ts PHASE CORPUS_DIR [DB]
// Phases: tokenize (baseline: wink-nlp tokenisation alone), text (read + decode + article
// text), extract (text + the whole extraction pipeline), ingest (extract + store in SQLite).
import fs from "node:fs";
import path from "node:path";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { IngestError } from "../src/ingest/document.js";
import { readSources } from "../src/ingest/read.js";
import { createPipeline, toExtraction } from "../src/extract/pipeline.js";
import { openStore } from "../src/store/open.js";
import { ingestReports } from "../src/store/ingest-reports.js";

const [phase, dir, db] = process.argv.slice(2);
let peak = 0;
const sample = () => { peak = Math.max(peak, process.memoryUsage().rss); };
const timer = setInterval(sample, 20);

async function run(): Promise<{ reports: number; bytes: number }> {
  let reports = 0, bytes = 0;
  if (phase === "tokenize") {
    const nlp = winkNLP(model, ["sbd", "pos"]);
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
  const pipeline = await warmPipeline();
  for await (const d of readSources([dir])) {
    if (d instanceof IngestError) continue;
    reports++; bytes += Buffer.byteLength(d.text);
    if (phase === "extract") JSON.stringify(toExtraction(await pipeline.run(d.text, { file: d.source, published: d.published })));
  }
  return { reports, bytes };
}

/** Loads models and reference data before the clock starts: start-up is not throughput. */
async function warmPipeline() {
  const p = createPipeline();
  await p.run("Warm-up: 300 Tunisians travelled to Syria through Turkey last year, officials said.", { published: "2015-01-01" });
  t0 = performance.now();
  return p;
}

let t0 = performance.now();
const r = await run();
const seconds = (performance.now() - t0) / 1000;
sample();
clearInterval(timer);
process.stdout.write(JSON.stringify({ phase, ...r, seconds, peakRssMB: Math.max(peak, process.resourceUsage().maxRSS * 1024) / 2 ** 20 }) + "\n");
