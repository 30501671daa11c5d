// Speed of the quantities and times stages, by hand (not a test: timings do not belong in tests).
//   node --import tsx test/times/measure-speed.ts REPORT.txt [COPIES] [PUBLISHED]
// Repeats the report COPIES times (default 20) into one text, segments it once, then times each
// stage alone over many runs and prints CPU microseconds per KB.
import fs from "node:fs";
import { createDoc } from "../../src/extract/doc.js";
import { segment } from "../../src/extract/stages/segment.js";
import { quantities } from "../../src/extract/stages/quantities.js";
import { times } from "../../src/extract/stages/times.js";

const [file, copies = "20", published = "2015-02-27"] = process.argv.slice(2);
if (!file) throw new Error("usage: measure-speed.ts REPORT.txt [COPIES] [PUBLISHED]");
const text = Array(Number(copies)).fill(fs.readFileSync(file, "utf8")).join("\n\n");
const kb = Buffer.byteLength(text) / 1024;
const doc = createDoc("bench", text, { published });
segment(doc);

/** CPU time, not wall time: on a shared machine the wall clock counts other people's work. */
function perKb(run: () => void, rounds = 50): number {
  run();
  const t0 = process.cpuUsage();
  for (let i = 0; i < rounds; i++) run();
  const used = process.cpuUsage(t0);
  return (used.user + used.system) / rounds / kb;
}

const q = perKb(() => { doc.quantities = []; quantities(doc); });
const t = perKb(() => { doc.times = []; times(doc); });
console.log(JSON.stringify({
  kb: Math.round(kb), quantitiesUsPerKb: +q.toFixed(1), timesUsPerKb: +t.toFixed(1),
  quantities: doc.quantities.length, times: doc.times.length,
}));
