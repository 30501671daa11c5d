// `dossier search "words"`: full-text search over every stored report.
import type { Command } from "commander";
import { addDbOption, withStore } from "./store-option.js";
import { printJson, printTable } from "./output.js";

export function registerSearchCommand(program: Command): void {
  addDbOption(program.command("search"))
    .description("full-text search over stored reports (\"quoted phrases\" allowed)")
    .argument("<words...>", "words to find")
    .option("--limit <n>", "at most this many", "20")
    .option("--json", "JSON for scripts")
    .action(async (words: string[], opts) => {
      await withStore(opts, async (store) => {
        const hits = await store.search(words.join(" "), Number(opts.limit));
        if (opts.json) return printJson(hits);
        printTable(["document", "published", "title", "passage"], hits.map((h) => [h.documentId.slice(0, 12), h.published ?? "", h.title ?? "", h.snippet]));
      });
    });
}
