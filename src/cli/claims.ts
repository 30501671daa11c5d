// `dossier claims`: the table of claims with their evidence and sources.
import type { Command } from "commander";
import { CLAIM_TYPES, type Arg, type ClaimType } from "../extract/contract.js";
import type { StoredClaim } from "../store/store.js";
import { addDbOption, resolveEntityArg, withStore } from "./store-option.js";
import { formatFigure, printJson, printTable } from "./output.js";

const argList = (a: Arg | Arg[]): Arg[] => (Array.isArray(a) ? a : [a]);

/** "people=3,000 Tunisians; destination=Iraq, Syria": the roles in one line. */
export function summariseArgs(c: Pick<StoredClaim, "args">): string {
  return Object.entries(c.args).map(([role, a]) => `${role}=${argList(a).map((x) => x.text).join(", ")}`).join("; ");
}

export function registerClaimsCommand(program: Command): void {
  addDbOption(program.command("claims"))
    .description("list claims with their figures, dates, sources and evidence sentences")
    .option("--type <type>", `claim type (${CLAIM_TYPES.join(", ")})`)
    .option("--entity <entity>", "only claims about this entity (id or name)")
    .option("--since <date>", "claims dated on or after (YYYY, YYYY-MM or YYYY-MM-DD)")
    .option("--until <date>", "claims dated on or before")
    .option("--limit <n>", "at most this many", "100")
    .option("--offset <n>", "skip this many", "0")
    .option("--json", "JSON for scripts")
    .action(async (opts) => {
      if (opts.type && !CLAIM_TYPES.includes(opts.type)) throw new Error(`unknown claim type "${opts.type}" (one of ${CLAIM_TYPES.join(", ")})`);
      await withStore(opts, async (store) => {
        let entity: string | undefined;
        if (opts.entity) {
          entity = await resolveEntityArg(store, opts.entity);
          if (!entity) throw new Error(`no entity matches "${opts.entity}"`);
        }
        const claims = await store.listClaims({
          type: opts.type as ClaimType | undefined, entity, since: opts.since, until: opts.until,
          limit: Number(opts.limit), offset: Number(opts.offset),
        });
        if (opts.json) return printJson(claims);
        printTable(["type", "roles", "figure", "time", "modality", "according to", "source", "evidence"],
          claims.map((c) => [
            c.type, summariseArgs(c), formatFigure(c.quantity), c.time ? `${c.time.relation} ${c.time.value}` : "",
            c.modality, c.attribution?.text ?? "", [c.source.published, c.source.title].filter(Boolean).join(" "),
            c.source.evidenceText,
          ]));
      });
    });
}
