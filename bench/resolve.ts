// Resolution's cost on a large store: the same queries through the raw store and through
// resolveMerges, with no merge and with the two most documented groups merged, then the merge
// suggestions. Writes (and splits again) one merge: give it a copy of a store.
//   npx tsx bench/resolve.ts COPY-OF-STORE.db
import { mergeEntities, splitEntity } from "../src/resolve/decide.js";
import { resolveMerges } from "../src/resolve/resolved-store.js";
import { suggestMerges } from "../src/resolve/suggest.js";
import { openStore } from "../src/store/open.js";
import type { Store } from "../src/store/store.js";

async function main(file: string): Promise<void> {
  const raw = await openStore(file);
  console.log("store", await raw.stats());
  const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
  const time = async (label: string, n: number, f: () => Promise<unknown>) => {
    await f();
    const c0 = cpu(), t0 = performance.now();
    for (let i = 0; i < n; i++) await f();
    console.log(`${label}: wall ${((performance.now() - t0) / n).toFixed(2)} ms, cpu ${((cpu() - c0) / n).toFixed(2)} ms per call`);
  };
  const [a, b] = await raw.findEntities({ type: "armed_group", limit: 2 });
  const queries = async (label: string, s: Store) => {
    await time(`${label}: findEntities limit 50`, 20, () => s.findEntities({ limit: 50 }));
    await time(`${label}: listClaims entity limit 50`, 20, () => s.listClaims({ entity: a.id, limit: 50 }));
    await time(`${label}: getEntity`, 50, () => s.getEntity(a.id));
  };
  const resolved = await resolveMerges(raw);
  await queries("raw", raw);
  await queries("resolved, no merge", resolved);
  await mergeEntities(resolved, a.id, b.id, { by: "bench" });
  await queries(`resolved, ${a.id} and ${b.id} merged`, resolved);
  await splitEntity(resolved, a.id, undefined, { by: "bench" });
  for (let i = 0; i < 2; i++) {
    const c0 = cpu(), t0 = performance.now();
    const found = await suggestMerges(resolved);
    console.log(`suggest: wall ${(performance.now() - t0).toFixed(0)} ms, cpu ${(cpu() - c0).toFixed(0)} ms, ${found.length} suggestions`);
  }
  await raw.close();
}

main(process.argv[2]).catch((e) => { console.error(e); process.exitCode = 1; });
