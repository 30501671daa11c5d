// `dossier jobs`: the ingest queue at a glance: how many reports wait, are being read, are done
// or failed, how many documents the store holds, and the latest failures with their reasons.
import type { Command } from "commander";
// the queue and the PostgreSQL driver load when the command runs
import { storeSpec } from "../store/open.js";
import { StoreError } from "../store/store.js";
import { addDbOption } from "./store-option.js";

export function registerJobsCommand(program: Command): void {
  addDbOption(program.command("jobs"))
    .description("show the PostgreSQL ingest queue: queued, active, completed and failed jobs, and recent failures")
    .option("--failures <n>", "how many recent failures to list", "10")
    .option("--json", "print one JSON object")
    .action(async (opts: { db?: string; failures: string; json?: boolean }) => {
      const spec = storeSpec(opts.db);
      if (!/^postgres(ql)?:\/\//i.test(spec)) {
        throw new StoreError("unsupported", "the job queue lives in a PostgreSQL store: --db postgres://… (or DOSSIER_DB)");
      }
      const [{ jobCounts, recentFailures }, { queueSchema }, { openPostgresStore }] = await Promise.all([
        import("../queue/job-counts.js"), import("../queue/job-queue.js"), import("../store/postgres/postgres-store.js")]);
      const store = await openPostgresStore(spec, { poolSize: 1 });
      try {
        const schema = queueSchema(spec);
        const counts = await jobCounts(store.pool, schema);
        const failures = await recentFailures(store.pool, schema, Math.max(0, Number(opts.failures) || 0));
        const documents = (await store.stats()).documents;
        if (opts.json) {
          process.stdout.write(JSON.stringify({ store: store.location, jobs: counts, documents, failures }) + "\n");
          return;
        }
        const rows: [string, number][] = [["queued", counts.queued], ["retrying", counts.retrying], ["active", counts.active],
          ["completed", counts.completed], ["failed", counts.failed], ["documents stored", documents]];
        const width = Math.max(...rows.map(([, n]) => String(n).length));
        const out = [`ingest jobs in ${store.location}`, ...rows.map(([k, n]) => `  ${k.padEnd(17)}${String(n).padStart(width)}`)];
        if (failures.length) {
          out.push("", "recent failures:");
          for (const f of failures) out.push(`  ${f.at.slice(0, 19)}  ${f.source}  (after ${f.attempts} ${f.attempts === 1 ? "try" : "tries"}): ${f.reason}`);
        }
        process.stdout.write(out.join("\n") + "\n");
      } finally {
        await store.close();
      }
    });
}
