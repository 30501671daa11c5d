// `dossier merges` lists the merge, reject and split decisions in the order they were made.
import type { Command } from "commander";
import { listDecisions } from "../resolve/decide.js";
import { printJson, printTable } from "./output.js";
import { addDbOption, withStore } from "./store-option.js";

export function registerMergesCommand(program: Command): void {
  addDbOption(program.command("merges"))
    .description("list merge, reject and split decisions: who decided what, and when")
    .option("--json", "JSON for scripts")
    .action(async (opts) => {
      await withStore(opts, async (store) => {
        const decisions = await listDecisions(store);
        if (opts.json) return printJson(decisions);
        printTable(["#", "when", "by", "decision", "entity", "other", "note"],
          decisions.map((d) => [d.seq, d.at.replace("T", " ").slice(0, 19), d.by, d.action, d.target, d.source ?? "(all merged into it)", d.note ?? ""]));
      });
    });
}
