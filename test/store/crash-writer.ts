// Writes synthetic reports 0..N-1 into a store, one line of progress each, for the crash test:
//   node --import tsx test/store/crash-writer.ts DBPATH N
import { openStore } from "../../src/store/open.js";
import { syntheticReport } from "./fixtures.js";

const [file, count] = process.argv.slice(2);
const n = Number(count);
if (!file || !Number.isInteger(n) || n < 0) {
  process.stderr.write("usage: crash-writer.ts DBPATH N\n");
  process.exit(2);
}
const store = await openStore(file);
for (let i = 0; i < n; i++) {
  const r = syntheticReport(i);
  const status = await store.putDocument(r.doc, r.extraction, "v1");
  process.stdout.write(`stored ${i} ${status}\n`);
}
await store.close();
process.stdout.write("done\n");
