// `dossier ingest PATH...`: read reports, extract their claims and store them.
import type { Command } from "commander";
import { readSources } from "../ingest/read.js";
import { ingestReports, type IngestSummary } from "../store/ingest-reports.js";
import type { Store } from "../store/store.js";
import { createProgress } from "./progress.js";
import { addDbOption, withStore } from "./store-option.js";

export interface IngestOptions {
  published?: string;
  title?: string;
  /** Print the error lines as they happen (the CLI does). */
  quiet?: boolean;
}

/** Ingests with progress on stderr; errors are printed as `dossier ingest: INPUT: REASON`. */
export async function ingestPaths(store: Store, paths: string[], opts: IngestOptions = {}): Promise<IngestSummary> {
  const progress = createProgress("ingest");
  try {
    return await ingestReports(store, readSources(paths, { defaults: { published: opts.published, title: opts.title } }), {
      onDocument: (doc) => progress.tick(doc.source),
      onError: (e) => {
        progress.tick(e.input);
        if (!opts.quiet) process.stderr.write(`\ndossier ingest: ${e.input}: ${e.reason}\n`);
      },
    });
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
    .action(async (paths: string[], opts) => {
      await withStore(opts, async (store) => {
        const summary = await ingestPaths(store, paths, opts);
        process.stderr.write(formatSummary(summary) + ` → ${store.location}\n`);
        if (summary.failed) process.exitCode = 1;
      });
    });
}
