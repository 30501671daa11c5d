// `dossier extract FILE...`: one contract JSON object per document, JSON Lines (CONTRACT.md).
import type { Command } from "commander";
import { IngestError } from "../ingest/document.js";
// the pipeline and the readers load when the command runs: other commands start without them

export function registerExtractCommand(program: Command): void {
  program
    .command("extract")
    .description("print what Dossier understood from each file, one JSON object per line (the extraction contract)")
    .argument("<files...>", "report files (text, HTML, JSON Lines, .gz, folders); - reads standard input")
    .option("--published <date>", "published date (YYYY-MM-DD) anchoring relative times; overrides the file's own")
    .option("--title <title>", "document title; overrides the file's own")
    .option("--format <format>", "output format: jsonl", "jsonl")
    .option("--explain", "instead of JSON, show each claim with its sentence, the frame and the pattern that produced it")
    .action(async (files: string[], opts: { published?: string; title?: string; format: string; explain?: boolean }) => {
      if (opts.format !== "jsonl") throw new Error(`unknown format "${opts.format}" (jsonl)`);
      if (opts.published && !/^\d{4}-\d{2}-\d{2}$/.test(opts.published)) throw new Error(`--published wants YYYY-MM-DD, got "${opts.published}"`);
      const [{ readSources }, { createPipeline, toExtraction }, { explainClaims }] = await Promise.all([
        import("../ingest/read.js"), import("../extract/pipeline.js"), import("../extract/claims/explain.js")]);
      const pipeline = createPipeline();
      for await (const item of readSources(files)) {
        if (item instanceof IngestError) {
          process.stderr.write(`dossier extract: ${item.input}: ${item.reason}\n`);
          process.exitCode = 1;
          continue;
        }
        const doc = await pipeline.run(item.text, {
          file: item.source, title: opts.title ?? item.title, published: opts.published ?? item.published,
        });
        if (opts.explain) process.stdout.write(`== ${item.source}\n${explainClaims(doc)}\n`);
        else process.stdout.write(JSON.stringify(toExtraction(doc)) + "\n");
      }
    });
}
