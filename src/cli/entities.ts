// `dossier entities` lists actors and places; `dossier entity NAME` shows one with its evidence.
import type { Command } from "commander";
import { ENTITY_TYPES, type EntityType } from "../extract/contract.js";
import { addDbOption, resolveEntityArg, withStore } from "./store-option.js";
import { printJson, printTable } from "./output.js";
import { summariseArgs } from "./claims.js";

export function registerEntitiesCommand(program: Command): void {
  addDbOption(program.command("entities"))
    .description("list entities merged over all documents")
    .option("--type <type>", `entity type (${ENTITY_TYPES.join(", ")})`)
    .option("--name <name>", "name or alias contains")
    .option("--limit <n>", "at most this many", "100")
    .option("--offset <n>", "skip this many", "0")
    .option("--json", "JSON for scripts")
    .action(async (opts) => {
      if (opts.type && !ENTITY_TYPES.includes(opts.type)) throw new Error(`unknown entity type "${opts.type}" (one of ${ENTITY_TYPES.join(", ")})`);
      await withStore(opts, async (store) => {
        const rows = await store.findEntities({ type: opts.type as EntityType | undefined, name: opts.name, limit: Number(opts.limit), offset: Number(opts.offset) });
        if (opts.json) return printJson(rows);
        printTable(["id", "type", "name", "country", "docs", "mentions", "aliases"],
          rows.map((e) => [e.id, e.type, e.name, e.country ?? "", e.documents, e.mentions, e.aliases.filter((a) => a !== e.name).slice(0, 6).join("; ")]));
      });
    });

  addDbOption(program.command("entity"))
    .description("show one entity: aliases, type, country, coordinates, designations, documents and claims")
    .argument("<name>", "entity id, name or alias")
    .option("--json", "JSON for scripts")
    .action(async (name: string, opts) => {
      await withStore(opts, async (store) => {
        const id = await resolveEntityArg(store, name);
        const entity = id ? await store.getEntity(id) : undefined;
        if (!id || !entity) throw new Error(`no entity matches "${name}"`);
        const documents = await store.entityDocuments(id);
        const claims = await store.listClaims({ entity: id, limit: 50 });
        if (opts.json) return printJson({ entity, documents, claims });
        const out: string[] = [];
        out.push(`${entity.name}  (${entity.type}, ${entity.id})`);
        if (entity.aliases.length) out.push(`  aliases:      ${entity.aliases.join("; ")}`);
        if (entity.country) out.push(`  country:      ${entity.country}`);
        if (entity.lat != null && entity.lon != null) out.push(`  coordinates:  ${entity.lat}, ${entity.lon}`);
        for (const [k, v] of Object.entries(entity.refs ?? {})) out.push(`  ${(k + ":").padEnd(13)} ${v}`);
        for (const d of entity.designations ?? []) out.push(`  designated:   ${d.list} ${d.ref}${d.programs?.length ? ` [${d.programs.join(", ")}]` : ""}${d.listed ? ` listed ${d.listed}` : ""}`);
        out.push(`  mentioned ${entity.mentions} times in ${entity.documents} document(s)`);
        process.stdout.write(out.join("\n") + "\n\nDocuments\n");
        printTable(["id", "published", "title"], documents.map((d) => [d.id.slice(0, 12), d.published ?? "", d.title ?? d.source]));
        process.stdout.write("\nClaims\n");
        printTable(["type", "roles", "modality", "source", "evidence"],
          claims.map((c) => [c.type, summariseArgs(c), c.modality, c.source.title ?? c.source.documentId.slice(0, 12), c.source.evidenceText]));
      });
    });
}
