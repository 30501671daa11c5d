// Times the gazetteer stage on one report repeated 200 times (segmentation done beforehand).
// Run by hand: node --import tsx test/gazetteer/bench-gazetteer.ts [FILE] (default: the seed report).
import { readFileSync } from "node:fs";
import { createPipeline } from "../../src/extract/pipeline.js";
import { gazetteer } from "../../src/extract/stages/gazetteer.js";
const text = readFileSync(process.argv[2] ?? "/work/shared/eval/dev/seed-tunisia-libya.txt", "utf8");
const seg = createPipeline(["segment"]);
const docs = [];
for (let i = 0; i < 200; i++) docs.push(await seg.run(text));
let t = performance.now(); gazetteer(docs[0]); const first = performance.now() - t;
// CPU time as well as wall time: on a shared machine the wall clock also counts other processes
const cpu0 = process.cpuUsage();
t = performance.now(); for (let i = 1; i < 200; i++) gazetteer(docs[i]); const rest = performance.now() - t;
const cpu = process.cpuUsage(cpu0);
const kb = text.length / 1024;
console.log(`first doc (loads data): ${first.toFixed(0)} ms; next 199 docs: ${(rest / 199).toFixed(2)} ms/doc, ${(rest / 199 / kb).toFixed(3)} ms/KB (${kb.toFixed(1)} KB each), mentions: ${docs[1].mentions.length}`);
console.log(`CPU time for the 199: ${((cpu.user + cpu.system) / 1000 / 199).toFixed(2)} ms/doc, ${((cpu.user + cpu.system) / 1000 / 199 / kb).toFixed(3)} ms/KB`);
