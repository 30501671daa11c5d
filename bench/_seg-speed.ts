import fs from "node:fs";
import { createDoc } from "../src/extract/doc.js";
import { segment as segNew } from "../src/extract/stages/segment.js";
import { segment as segOld } from "./_segment-orig.js";
import { generateReport } from "./corpus.js";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
const nlp = winkNLP(model, ["sbd", "pos"]);
const seed = fs.readFileSync("/work/shared/eval/dev/seed-tunisia-libya.txt", "utf8");
const corpus = Array.from({ length: 40 }, (_, i) => generateReport(i).text);
function t(label: string, texts: string[], f: (t: string) => void) {
  const kb = texts.reduce((a, x) => a + Buffer.byteLength(x), 0) / 1024;
  for (const x of texts.slice(0, 5)) f(x);
  let best = Infinity;
  for (let r = 0; r < 7; r++) { const t0 = process.cpuUsage(); for (const x of texts) f(x); const u = process.cpuUsage(t0); best = Math.min(best, (u.user + u.system) / 1000 / kb); }
  console.log(label.padEnd(40), best.toFixed(4), "ms/KB");
}
const seeds = Array(10).fill(seed);
for (const [name, texts] of [["seed", seeds], ["corpus", corpus]] as const) {
  t(name + " baseline", texts, (x) => { nlp.readDoc(x).tokens().out(); });
  t(name + " old segment", texts, (x) => segOld(createDoc("", x)));
  t(name + " new segment", texts, (x) => segNew(createDoc("", x)));
}
const { lexicon } = await import("../src/extract/gazetteer/lexicon.js");
lexicon();
console.log("heap MB", (process.memoryUsage().heapUsed / 2 ** 20).toFixed(0));
for (const [name, texts] of [["seed", seeds], ["corpus", corpus]] as const) {
  t(name + " baseline (lexicon loaded)", texts, (x) => { nlp.readDoc(x).tokens().out(); });
  t(name + " old segment", texts, (x) => segOld(createDoc("", x)));
  t(name + " new segment", texts, (x) => segNew(createDoc("", x)));
}
