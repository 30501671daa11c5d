// `dossier flows`: who goes where, how many by whose count, and since when.
import type { Command } from "commander";
import { computeFlows } from "../analyze/flows.js";
import { addDbOption, resolveEntityArg, withStore } from "./store-option.js";
import { formatFigure, printJson, printTable } from "./output.js";

export function registerFlowsCommand(program: Command): void {
  addDbOption(program.command("flows"))
    .description("flows of people: origin → destination, figures across sources, latest estimate")
    .option("--since <date>", "claims dated on or after")
    .option("--until <date>", "claims dated on or before")
    .option("--entity <entity>", "only flows involving this entity (id or name)")
    .option("--json", "JSON for scripts")
    .action(async (opts) => {
      await withStore(opts, async (store) => {
        const entity = opts.entity ? await resolveEntityArg(store, opts.entity) : undefined;
        if (opts.entity && !entity) throw new Error(`no entity matches "${opts.entity}"`);
        const flows = await computeFlows(store, { since: opts.since, until: opts.until, entity });
        if (opts.json) return printJson(flows);
        // "sources" counts independent sources (one speaker quoted by ten outlets is one); "reports" the documents
        printTable(["origin", "destination", "via", "claims", "sources", "reports", "range", "latest", "period"],
          flows.map((f) => [
            f.origin.name, f.destination.name, f.via.map((v) => v.name).join(", "), f.claims.length, f.sources, f.documents.length,
            f.low != null && f.high != null ? (f.low === f.high ? formatFigure({ value: f.low, low: null, high: null }) : `${formatFigure({ value: f.low, low: null, high: null })}–${formatFigure({ value: f.high, low: null, high: null })}`) : "",
            f.latest ? `${formatFigure(f.latest)} (${f.latest.source}${f.latest.date ? ", " + f.latest.date : ""})` : "",
            f.first ? (f.first === f.last ? f.first : `${f.first} – ${f.last}`) : "",
          ]));
      });
    });
}
