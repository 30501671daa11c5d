// `dossier text FILE...`: what Dossier reads from each file — the clean text every
// offset refers to, and the title, date and URL it found — before any extraction.
import type { Command } from "commander";
import { IngestError, type Document, type DocumentMeta } from "../ingest/document.js";
// the readers (HTML parsing) load when the command runs
import { normaliseDate } from "../ingest/dates.js";

const RULE = "─".repeat(72);

function header(doc: Document): string {
  const rows: [string, string | undefined][] = [
    ["title", doc.title],
    ["published", doc.published],
    ["url", doc.url],
    ["source", doc.source],
  ];
  return rows
    .filter(([, v]) => v)
    .map(([k, v]) => `${k}: ${v}`)
    .join("\n");
}

// waits when the pipe is full, so a large batch piped into `head` or a slow reader does
// not pile up in memory
async function write(s: string): Promise<void> {
  if (!process.stdout.write(s)) await new Promise<void>((resolve) => process.stdout.once("drain", () => resolve()));
}

export function registerTextCommand(program: Command): void {
  program
    .command("text")
    .description("print the text and metadata Dossier reads from each file (text, HTML, JSON Lines, .gz, folders)")
    .argument("<files...>", "files or folders to read; - reads standard input")
    .option("--format <format>", "output format: text or jsonl", "text")
    .option("--published <date>", "published date for these files; overrides the file's own")
    .option("--title <title>", "title for these files; overrides the file's own")
    .action(async (files: string[], opts: { format: string; published?: string; title?: string }) => {
      if (opts.format !== "text" && opts.format !== "jsonl") throw new Error(`unknown format "${opts.format}" (text or jsonl)`);
      const overrides: DocumentMeta = {};
      if (opts.published !== undefined) {
        const d = normaliseDate(opts.published);
        if (!d) throw new Error(`--published wants a date such as 2015-02-27, got "${opts.published}"`);
        overrides.published = d;
      }
      if (opts.title !== undefined) overrides.title = opts.title;
      let first = true;
      const { readSources } = await import("../ingest/read.js");
      for await (const item of readSources(files, { overrides })) {
        if (item instanceof IngestError) {
          process.stderr.write(`dossier text: ${item.input}: ${item.reason}\n`);
          process.exitCode = 1;
          continue;
        }
        if (opts.format === "jsonl") {
          // every key on every line, null when unknown, so the lines read as one table
          const line = { file: item.source, title: item.title ?? null, published: item.published ?? null, url: item.url ?? null, text: item.text };
          await write(JSON.stringify(line) + "\n");
        } else {
          if (!first) await write(`\n${RULE}\n\n`);
          await write(`${header(item)}\n\n${item.text}${item.text.endsWith("\n") ? "" : "\n"}`);
        }
        first = false;
      }
    });
}
