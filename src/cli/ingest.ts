// `dossier ingest PATH...`: read reports, extract their claims and store them.
import type { Command } from "commander";
// readers, the pipeline and the queue load when an ingest runs: other commands start without them
import type { EnqueueSummary } from "../queue/enqueue.js";
import { storeSpec } from "../store/open.js";
import { StoreError } from "../store/store.js";
import type { IngestSummary } from "../store/ingest-reports.js";
import type { Store } from "../store/store.js";
import { createProgress } from "./progress.js";
import { addDbOption, withStore } from "./store-option.js";

export interface IngestOptions {
  published?: string;
  title?: string;
  /** Reports stored per transaction (a crash loses at most the batch in hand; a re-run completes it). */
  batch?: string | number;
  /** Print the error lines as they happen (the CLI does). */
  quiet?: boolean;
}

/** Ingests with progress on stderr; errors are printed as `dossier ingest: INPUT: REASON`. */
export async function ingestPaths(store: Store, paths: string[], opts: IngestOptions = {}): Promise<IngestSummary> {
  const progress = createProgress("ingest");
  try {
    const batch = opts.batch == null ? undefined : Number(opts.batch);
    if (batch != null && !(Number.isInteger(batch) && batch > 0)) throw new Error(`--batch must be a whole number above 0, not "${opts.batch}"`);
    const [{ readSources }, { ingestReports }] = await Promise.all([import("../ingest/read.js"), import("../store/ingest-reports.js")]);
    return await ingestReports(store, readSources(paths, { defaults: { published: opts.published, title: opts.title } }), {
      onDocument: (doc) => progress.tick(doc.source),
      onError: (e) => {
        progress.tick(e.input);
        if (!opts.quiet) process.stderr.write(`\ndossier ingest: ${e.input}: ${e.reason}\n`);
      },
    }, undefined, { batch });
  } finally {
    progress.stop();
  }
}

export function formatSummary(s: IngestSummary): string {
  return `${s.added} added, ${s.updated} updated, ${s.unchanged} unchanged, ${s.failed} failed; ${s.claims} claims extracted`;
}

export function registerIngestCommand(program: Command): void {
  addDbOption(program.command("ingest"))
    .description("read reports (text, HTML, JSON Lines, .gz, folders), extract entities and claims, and store them")
    .argument("<paths...>", "files or folders; - reads standard input")
    .option("--published <date>", "published date for inputs that carry none (YYYY-MM-DD)")
    .option("--title <title>", "title for inputs that carry none")
    .option("--batch <n>", "reports stored per transaction (default 128): fewer commit sooner, more cost less")
    .option("--queue", "queue the reports for `dossier worker` processes instead of extracting here (PostgreSQL store)")
    .option("--job-timeout <seconds>", "with --queue: a job running longer is taken to have lost its worker and is retried", "300")
    .option("--retries <n>", "with --queue: how many times a failed job is tried again", "5")
    .option("--retry-delay <seconds>", "with --queue: wait before the first retry, doubling for each later one", "10")
    .action(async (paths: string[], opts) => {
      if (opts.queue) {
        const summary = await queuePaths(paths, opts);
        if (summary.failed) process.exitCode = 1;
        return;
      }
      await withStore(opts, async (store) => {
        const summary = await ingestPaths(store, paths, opts);
        process.stderr.write(formatSummary(summary) + ` → ${store.location}\n`);
        if (summary.failed) process.exitCode = 1;
      });
    });
}

/** `--queue`: stage the documents and queue a job for each; `dossier worker` does the rest. */
async function queuePaths(paths: string[], opts: IngestOptions & { db?: string; jobTimeout: string; retries: string; retryDelay: string }): Promise<EnqueueSummary> {
  const spec = storeSpec(opts.db);
  if (!/^postgres(ql)?:\/\//i.test(spec)) {
    throw new StoreError("unsupported", "--queue needs a PostgreSQL store: --db postgres://… (or DOSSIER_DB)");
  }
  const policy = { jobTimeoutSeconds: Number(opts.jobTimeout), retries: Number(opts.retries), retryDelaySeconds: Number(opts.retryDelay) };
  if (!(policy.jobTimeoutSeconds >= 1) || !(policy.retries >= 0) || !(policy.retryDelaySeconds >= 1)) {
    throw new Error("--job-timeout and --retry-delay must be at least 1 second, --retries at least 0");
  }
  const [{ readSources }, { enqueueDocuments }, { ensureIngestQueue, openQueue }, { openPostgresStore }] = await Promise.all([
    import("../ingest/read.js"), import("../queue/enqueue.js"), import("../queue/job-queue.js"), import("../store/postgres/postgres-store.js")]);
  const store = await openPostgresStore(spec, { poolSize: 2 });
  const progress = createProgress("queue");
  try {
    const boss = await openQueue(spec);
    try {
      await ensureIngestQueue(boss, policy);
      const summary = await enqueueDocuments(store, boss, readSources(paths, { defaults: { published: opts.published, title: opts.title } }), {
        onDocument: (doc) => progress.tick(doc.source),
        onError: (e) => {
          progress.tick(e.input);
          if (!opts.quiet) process.stderr.write(`\ndossier ingest: ${e.input}: ${e.reason}\n`);
        },
      }, policy);
      progress.stop();
      process.stderr.write(`${summary.queued} queued, ${summary.stored} already stored, ${summary.failed} failed → ${store.location} (see dossier jobs)\n`);
      return summary;
    } finally {
      await boss.stop({ graceful: false, wait: true, close: true });
    }
  } finally {
    progress.stop();
    await store.close();
  }
}
