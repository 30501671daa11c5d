// `dossier worker`: takes ingest jobs from the PostgreSQL queue, extracts and stores them, until
// stopped (SIGINT/SIGTERM finish the jobs in hand first). Run one per core, on any machines.
import type { Command } from "commander";
// the queue and the pipeline load when the worker starts: other commands start without them
import { DEFAULT_BATCH } from "../queue/defaults.js";
import { storeSpec } from "../store/open.js";
import { StoreError } from "../store/store.js";
import { addDbOption } from "./store-option.js";

export function registerWorkerCommand(program: Command): void {
  addDbOption(program.command("worker"))
    .description("take queued ingest jobs (from dossier ingest --queue) from the PostgreSQL store's queue, extract and store them")
    .option("--concurrency <n>", "jobs in flight in this process (extraction uses one core: run one worker per core)", "1")
    .option("--batch <n>", "jobs taken at once and stored in one transaction (a killed worker's batch waits for the job timeout)", String(DEFAULT_BATCH))
    .option("--maintenance-interval <seconds>", "how often to look for jobs whose worker died, to hand them out again", "30")
    .option("--quiet", "no progress lines")
    .action(async (opts: { db?: string; concurrency: string; batch: string; maintenanceInterval: string; quiet?: boolean }) => {
      const spec = storeSpec(opts.db);
      if (!/^postgres(ql)?:\/\//i.test(spec)) {
        throw new StoreError("unsupported", "dossier worker needs a PostgreSQL store: --db postgres://… (or DOSSIER_DB)");
      }
      const concurrency = positive(opts.concurrency, "--concurrency");
      const batchSize = positive(opts.batch, "--batch");
      const maintenanceSeconds = positive(opts.maintenanceInterval, "--maintenance-interval");
      const counts = { added: 0, updated: 0, unchanged: 0, failed: 0 };
      const started = Date.now();
      const { startWorker } = await import("../queue/worker.js");
      const worker = await startWorker(spec, {
        concurrency,
        batchSize,
        maintenanceSeconds,
        onJob(data, outcome) {
          if ("error" in outcome) {
            counts.failed++;
            process.stderr.write(`dossier worker: ${data.source}: ${outcome.error}\n`);
          } else {
            counts[outcome.status]++;
          }
        },
      });
      const line = () => {
        const n = counts.added + counts.updated + counts.unchanged;
        const rate = n / Math.max(0.001, (Date.now() - started) / 1000);
        return `${counts.added} added, ${counts.updated} updated, ${counts.unchanged} unchanged, ${counts.failed} failed (${rate.toFixed(1)} reports/s)`;
      };
      process.stderr.write(`dossier worker: taking jobs from ${worker.location} (pid ${process.pid}, concurrency ${concurrency}, batches of ${batchSize})\n`);
      if (!largeYoungGeneration()) {
        process.stderr.write("dossier worker: node runs without --max-semi-space-size (bin/dossier.js gives it when run as `dossier`); extraction costs about a fifth more CPU\n");
      }
      const progress = opts.quiet ? undefined : setInterval(() => process.stderr.write(`dossier worker: ${line()}\n`), 10_000);
      const stop = () => {
        process.stderr.write("dossier worker: stopping after the jobs in hand\n");
        void worker.stop();
      };
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
      await worker.done;
      if (progress) clearInterval(progress);
      process.stderr.write(`dossier worker: stopped; ${line()}\n`);
    });
}

/**
 * Whether node was started with a larger young generation, as bin/dossier.js's first line starts
 * it: V8 sizes its heap at start-up, so a worker launched as `node bin/dossier.js` runs without.
 */
function largeYoungGeneration(): boolean {
  return [...process.execArgv, ...(process.env.NODE_OPTIONS ?? "").split(/\s+/)].some((a) => /^--max[-_]semi[-_]space[-_]size=/.test(a));
}

function positive(value: string, name: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 1) throw new Error(`${name} must be a number of at least 1 (got ${value})`);
  return n;
}
