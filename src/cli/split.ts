// `dossier split E` undoes the merges into E (all, or `--from B` one): recorded like a merge,
// and undone in turn by merging again.
import type { Command } from "commander";
import { splitEntity } from "../resolve/decide.js";
import { decidedBy } from "./decided-by.js";
import { printJson } from "./output.js";
import { addDbOption, resolveEntityArg, withStore } from "./store-option.js";

export function registerSplitCommand(program: Command): void {
  addDbOption(program.command("split"))
    .description("undo merges into an entity: every one, or the one of --from")
    .argument("<entity>", "the entity merged into: id, name or alias")
    .option("--from <b>", "undo only the merge of this entity (id, or a name it brought)")
    .option("--by <name>", "who decides (default $USER)")
    .option("--note <text>", "why, for whoever reads the decisions later")
    .option("--json", "JSON for scripts")
    .action(async (given: string, opts) => {
      await withStore(opts, async (store) => {
        const entity = await resolveEntityArg(store, given);
        if (!entity) throw new Error(`no entity matches "${given}"`);
        const shown = await store.getEntity(entity);
        // a name or a merged id leads to the entity it is shown as
        const target = shown?.id ?? entity;
        const decision = await splitEntity(store, target, opts.from, { by: decidedBy(opts.by), note: opts.note });
        if (opts.json) return printJson(decision);
        process.stdout.write(decision.source
          ? `split ${decision.source} from ${decision.target}\n`
          : `split every entity merged into ${decision.target}\n`);
      });
    });
}
