// CPU time per extraction stage, in ms per KB of report text, on the seed report and on the
// generated corpus. Run by hand: `node --import tsx bench/stages.ts [--rounds R] [--docs N] [FILE]`.
// Each stage runs over a batch of documents already carried through the stages before it; each
// document is timed with process.cpuUsage (the machine is shared: wall time counts others' work)
// and its best of R rounds is kept. The first document's cost per stage (loading models and
// reference data) is printed apart. It runs under tsx, whose kept function names cost closures
// extra (claims most): compare stages against each other here; `npm run bench` runs compiled code.
import fs from "node:fs";
import v8 from "node:v8";
import vm from "node:vm";
import { createDoc, type Doc } from "../src/extract/doc.js";
import { createPipeline, DEFAULT_STAGES } from "../src/extract/pipeline.js";
import { generateReport } from "./corpus.js";

const args = process.argv.slice(2);
const opt = (name: string, dflt: number) => { const i = args.indexOf(name); return i >= 0 ? Number(args.splice(i, 2)[1]) : dflt; };
const rounds = opt("--rounds", 5);
const nDocs = opt("--docs", 40);
const seedFile = args[0] ?? "/work/shared/eval/dev/seed-tunisia-libya.txt";

// collect garbage between batches, so a stage is not charged for the previous stage's garbage
v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc") as () => void;

const pipeline = createPipeline(DEFAULT_STAGES);
const stages = pipeline.stages;
const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;

interface Text { text: string; published: string }

async function firstDocument(t: Text): Promise<number[]> {
  const doc = createDoc("first", t.text, { published: t.published });
  const out: number[] = [];
  for (const s of stages) {
    const t0 = performance.now();
    await s.run(doc);
    out.push(performance.now() - t0);
  }
  return out;
}

/** CPU ms per KB for each stage over `texts`: each document's minimum over the rounds, summed. */
async function perStage(texts: Text[]): Promise<number[]> {
  const kb = texts.reduce((a, t) => a + Buffer.byteLength(t.text), 0) / 1024;
  const best = stages.map(() => texts.map(() => Infinity));
  for (let r = 0; r < rounds; r++) {
    const docs: Doc[] = texts.map((t, i) => createDoc(String(i), t.text, { published: t.published }));
    for (let k = 0; k < stages.length; k++) {
      gc();
      for (let d = 0; d < docs.length; d++) {
        const t0 = process.cpuUsage();
        await stages[k].run(docs[d]);
        best[k][d] = Math.min(best[k][d], cpuMs(process.cpuUsage(t0)));
      }
    }
  }
  return best.map((b) => b.reduce((a, x) => a + x, 0) / kb);
}

function print(label: string, kbEach: number, msPerKb: number[]): void {
  const total = msPerKb.reduce((a, b) => a + b, 0);
  console.log(`\n${label} (${kbEach.toFixed(1)} KB per report), CPU ms/KB, each report's best of ${rounds}:`);
  stages.forEach((s, k) => console.log(`  ${s.name.padEnd(12)} ${msPerKb[k].toFixed(4).padStart(9)}  ${(100 * msPerKb[k] / total).toFixed(1).padStart(5)}%`));
  console.log(`  ${"total".padEnd(12)} ${total.toFixed(4).padStart(9)}  → ${(1 / total).toFixed(2)} MB/s per core (target ≥ 1 ms/KB total)`);
}

const seed: Text = { text: fs.readFileSync(seedFile, "utf8"), published: "2015-02-27" };
const first = await firstDocument(seed);
console.log("first document (loads models and reference data), wall ms: " + stages.map((s, k) => `${s.name} ${first[k].toFixed(0)}`).join(", "));

const seedTexts = Array.from({ length: Math.max(1, Math.floor(nDocs / 4)) }, () => seed);
// warm-up: let the JIT settle before anything is timed
await perStage(seedTexts.slice(0, 3));
print(`seed report ×${seedTexts.length}`, Buffer.byteLength(seed.text) / 1024, await perStage(seedTexts));
const corpus: Text[] = Array.from({ length: nDocs }, (_, i) => generateReport(i));
print(`generated corpus, ${nDocs} reports`, corpus.reduce((a, t) => a + Buffer.byteLength(t.text), 0) / 1024 / nDocs, await perStage(corpus));

// the benchmark's baseline on the same texts: wink-nlp tokenisation alone
const { default: winkNLP } = await import("wink-nlp");
const { default: model } = await import("wink-eng-lite-web-model");
const nlp = winkNLP(model, ["sbd", "pos"]);
const kbAll = corpus.reduce((a, t) => a + Buffer.byteLength(t.text), 0) / 1024;
const baseBest = corpus.map(() => Infinity);
for (let r = 0; r < rounds; r++) {
  gc();
  corpus.forEach((t, d) => {
    const t0 = process.cpuUsage();
    nlp.readDoc(t.text).tokens().out();
    baseBest[d] = Math.min(baseBest[d], cpuMs(process.cpuUsage(t0)));
  });
}
console.log(`\nbaseline wink readDoc(text).tokens().out() on the corpus: ${(baseBest.reduce((a, x) => a + x, 0) / kbAll).toFixed(4)} ms/KB`);
