import { openDatabase } from "../../src/store/sqlite/database.js";
import { DocumentWriter } from "../../src/store/sqlite/document-writer.js";
import { syntheticReport } from "./fixtures.js";
const rs = Array.from({ length: 300 }, (_, i) => syntheticReport(i));
const configs: Record<string, (db: any) => void> = {
  full: () => {},
  nofk: (db) => db.pragma("foreign_keys = OFF"),
  nofts: (db) => db.exec("DROP TRIGGER documents_fts_insert"),
};
const best: Record<string, number> = {};
for (let rep = 0; rep < 4; rep++) for (const [name, f] of Object.entries(configs)) {
  const db = openDatabase(":memory:"); f(db);
  const w = new DocumentWriter(db);
  const c0 = process.cpuUsage();
  for (const r of rs) w.put(r.doc, r.extraction, "v1");
  const c = process.cpuUsage(c0);
  const v = (c.user + c.system) / 1000 / rs.length;
  best[name] = Math.min(best[name] ?? Infinity, v);
  db.close();
}
const t = process.cpuUsage(); let x = 0; for (let i = 0; i < 1e7; i++) x += i; const c = process.cpuUsage(t);
console.log(best, "1e7 loop ms", (c.user + c.system) / 1000);
