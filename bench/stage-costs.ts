// CPU per extraction stage as an ingest meets it: each report goes through every stage in turn
// (bench/stages.ts instead runs one stage over a batch, with a full collection between stages),
// so the young-generation collections a stage's allocations set off are charged to whichever
// stage is running when they happen. After `npm run bench` it runs compiled, as the CLI does:
//   node --max-semi-space-size=64 bench/_build/bench/stage-costs.js [--reports N] [--rounds R]
// (`node --import tsx bench/stage-costs.ts` works too, with tsx's extra cost on closures).
import { createDoc } from "../src/extract/doc.js";
import { createPipeline, toExtraction } from "../src/extract/pipeline.js";
import { generateReport } from "./corpus.js";

const args = process.argv.slice(2);
const opt = (name: string, dflt: number) => { const i = args.indexOf(name); return i >= 0 ? Number(args[i + 1]) : dflt; };
const reports = opt("--reports", 200);
const rounds = opt("--rounds", 1);

const pipeline = createPipeline();
const cpuMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
// warm-up apart, as in bench/measure.ts: V8 compiles the hot code over the first ~100 reports
for (let i = 0; i < 100; i++) {
  const r = generateReport(1_000_000 + i);
  toExtraction(await pipeline.run(r.text, { published: r.published }));
}

const spent = pipeline.stages.map(() => 0);
let output = 0, bytes = 0;
const start = cpuMs();
for (let round = 0; round < rounds; round++) {
  for (let i = 0; i < reports; i++) {
    const r = generateReport(i);
    bytes += Buffer.byteLength(r.text);
    const doc = createDoc(String(i), r.text, { published: r.published });
    for (let k = 0; k < pipeline.stages.length; k++) {
      const t0 = cpuMs();
      await pipeline.stages[k].run(doc);
      spent[k] += cpuMs() - t0;
    }
    const t0 = cpuMs();
    JSON.stringify(toExtraction(doc));
    output += cpuMs() - t0;
  }
}
const kb = bytes / 1024, total = cpuMs() - start;
console.log(`${reports} generated reports × ${rounds}, CPU ms per KB, V8 flags: ${process.execArgv.join(" ") || "none"}`);
pipeline.stages.forEach((s, k) => console.log(`  ${s.name.padEnd(12)} ${(spent[k] / kb).toFixed(3).padStart(7)}`));
console.log(`  ${"output".padEnd(12)} ${(output / kb).toFixed(3).padStart(7)}  (contract shape and JSON)`);
console.log(`  ${"total".padEnd(12)} ${(total / kb).toFixed(3).padStart(7)}  → ${(bytes / 2 ** 20 / (total / 1000)).toFixed(3)} MB per CPU-second`);
