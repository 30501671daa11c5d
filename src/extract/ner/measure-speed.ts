// CPU time of the names and coref stages per KB of text, warm (machines are shared, so CPU time
// rather than wall time). Texts: a folder of .txt files, e.g. from
//   node /work/shared/eval/score-entities.mjs --re3d DIR --write-texts /tmp/re3d-texts
//   node --import tsx src/extract/ner/measure-speed.ts /tmp/re3d-texts
import fs from "node:fs";
import path from "node:path";
import { createPipeline } from "../pipeline.js";
import { createStage } from "../stage.js";
import type { Doc } from "../doc.js";

const dir = process.argv[2] ?? "/tmp/re3d-texts";
const texts = fs.readdirSync(dir).filter((f) => f.endsWith(".txt")).map((f) => fs.readFileSync(path.join(dir, f), "utf8"));
const before = createPipeline(["segment", "gazetteer"]);
const names = createStage("names"), coref = createStage("coref");
const cpuMs = (u: NodeJS.CpuUsage): number => (u.user + u.system) / 1000;
const namesMs: number[] = [], corefMs: number[] = [];
for (let round = 0; round < 20; round++) {
  const docs: Doc[] = [];
  for (const t of texts) docs.push(await before.run(t));
  const kb = docs.reduce((s, d) => s + d.text.length, 0) / 1024;
  let c0 = process.cpuUsage();
  for (const d of docs) await names.run(d);
  const n = cpuMs(process.cpuUsage(c0));
  c0 = process.cpuUsage();
  for (const d of docs) await coref.run(d);
  const c = cpuMs(process.cpuUsage(c0));
  namesMs.push(n / kb);
  corefMs.push(c / kb);
  if (round % 5 === 4) console.log(`round ${round + 1}: names ${(n / kb).toFixed(2)} ms/KB, coref ${(c / kb).toFixed(2)} ms/KB (CPU, ${kb.toFixed(0)} KB)`);
}
// the median of the warm rounds: the first ones pay for compiling and caching
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1];
console.log(`median of the last 10 rounds: names ${median(namesMs.slice(-10)).toFixed(2)} ms/KB, coref ${median(corefMs.slice(-10)).toFixed(2)} ms/KB`);
