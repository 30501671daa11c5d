// `dossier merge A B` records that B is the same actor as A: every query then shows one entity
// under A's id. `--reject` records that they are different, and the suggestion goes away.
import type { Command } from "commander";
import { mergeEntities, rejectMerge } from "../resolve/decide.js";
import { decidedBy } from "./decided-by.js";
import { printJson } from "./output.js";
import { addDbOption, resolveEntityArg, withStore } from "./store-option.js";

export function registerMergeCommand(program: Command): void {
  addDbOption(program.command("merge"))
    .description("record that B is the same actor as A (shown as A from now on), or with --reject that they are different")
    .argument("<a>", "the entity to keep: id, name or alias")
    .argument("<b>", "the entity that is the same actor: id, name or alias")
    .option("--reject", "record that A and B are different actors instead")
    .option("--by <name>", "who decides (default $USER)")
    .option("--note <text>", "why, for whoever reads the decisions later")
    .option("--json", "JSON for scripts")
    .action(async (a: string, b: string, opts) => {
      await withStore(opts, async (store) => {
        const keep = await resolveEntityArg(store, a);
        if (!keep) throw new Error(`no entity matches "${a}"`);
        const other = await resolveEntityArg(store, b);
        if (!other) throw new Error(`no entity matches "${b}"`);
        const who = { by: decidedBy(opts.by), note: opts.note };
        const decision = opts.reject ? await rejectMerge(store, keep, other, who) : await mergeEntities(store, keep, other, who);
        if (opts.json) return printJson(decision);
        const shown = await store.getEntity(decision.target);
        process.stdout.write(opts.reject
          ? `recorded: ${decision.target} and ${decision.source} are different actors\n`
          : `merged ${decision.source} into ${decision.target}${shown ? ` (${shown.name}: ${shown.documents} document(s), ${shown.mentions} mention(s))` : ""}; undo with \`dossier split ${decision.target} --from ${decision.source}\`\n`);
      });
    });
}
