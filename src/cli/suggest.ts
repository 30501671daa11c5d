// `dossier suggest` lists pairs of entities that are probably one actor, best first, with the
// reasons, for a person to merge (`dossier merge KEEP MERGE`) or reject (`--reject`).
import type { Command } from "commander";
import { ENTITY_TYPES, type EntityType } from "../extract/contract.js";
import { DEFAULT_MIN_SCORE, suggestMerges } from "../resolve/suggest.js";
import { printJson, printTable } from "./output.js";
import { addDbOption, resolveEntityArg, withStore } from "./store-option.js";

export function registerSuggestCommand(program: Command): void {
  addDbOption(program.command("suggest"))
    .description("suggest entities that are probably one actor (names across transliterations, acronyms, shared context), best first")
    .option("--type <type>", `only pairs involving this entity type (${ENTITY_TYPES.join(", ")})`)
    .option("--entity <e>", "only pairs involving this entity (id, name or alias)")
    .option("--limit <n>", "at most this many", "50")
    .option("--min-score <s>", "leave out pairs scoring below this (0 to 1)", String(DEFAULT_MIN_SCORE))
    .option("--json", "JSON for scripts")
    .action(async (opts) => {
      if (opts.type && !ENTITY_TYPES.includes(opts.type)) throw new Error(`unknown entity type "${opts.type}" (one of ${ENTITY_TYPES.join(", ")})`);
      const limit = Number(opts.limit), minScore = Number(opts.minScore);
      if (!Number.isInteger(limit) || limit < 1) throw new Error(`--limit must be a whole number of at least 1 (got "${opts.limit}")`);
      if (!(minScore >= 0 && minScore <= 1)) throw new Error(`--min-score must be between 0 and 1 (got "${opts.minScore}")`);
      await withStore(opts, async (store) => {
        const entity = opts.entity === undefined ? undefined : await resolveEntityArg(store, opts.entity);
        if (opts.entity !== undefined && !entity) throw new Error(`no entity matches "${opts.entity}"`);
        const suggestions = await suggestMerges(store, { type: opts.type as EntityType | undefined, entity, limit, minScore });
        if (opts.json) return printJson(suggestions);
        printTable(["score", "keep", "merge", "why"], suggestions.map((s) => [
          s.score.toFixed(2), `${s.keep.name} (${s.keep.id}, ${s.keep.documents} docs)`,
          `${s.merge.name} (${s.merge.id}, ${s.merge.documents} docs)`, s.reasons.join("; "),
        ]));
        if (suggestions.length) process.stdout.write("\nConfirm one with `dossier merge KEEP MERGE`, or `dossier merge --reject KEEP MERGE`.\n");
      });
    });
}
