// `dossier demo` (what `npm start` runs): the bundled sample reports in a fresh database,
// with a summary of what Dossier found in them.
import fs from "node:fs";
import type { Command } from "commander";
import { packagePath } from "../ingest/package-root.js";
import { openStore } from "../store/open.js";
import { computeFlows } from "../analyze/flows.js";
import { formatSummary, ingestPaths } from "./ingest.js";
import { formatFigure, printTable } from "./output.js";
import { addServeOptions, serveStore, type ServeOptions } from "./serve.js";

export const DEMO_DB = "dossier-demo.db";

export function registerDemoCommand(program: Command): void {
  addServeOptions(program.command("demo"))
    .description(`ingest the bundled sample reports into a fresh database (default ./${DEMO_DB}), summarise them and serve the web app`)
    .option("--db <path>", "database file to create afresh", DEMO_DB)
    .option("--no-serve", "stop after the summary")
    .action(async (opts: ServeOptions & { db: string; serve: boolean }) => {
      for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(opts.db + suffix, { force: true });
      const store = await openStore(opts.db);
      try {
        const summary = await ingestPaths(store, [packagePath("examples")]);
        const stats = await store.stats();
        const out = process.stdout;
        out.write(`\nSample reports ingested: ${formatSummary(summary)}\n`);
        out.write(`${stats.documents} documents, ${stats.entities} entities, ${stats.mentions} mentions, ${stats.claims} claims in ${store.location}\n\n`);
        const flows = (await computeFlows(store)).slice(0, 12);
        out.write("Flows of people\n");
        printTable(["origin", "destination", "via", "claims", "sources", "latest"], flows.map((f) => [
          f.origin.name, f.destination.name, f.via.map((v) => v.name).join(", "), f.claims.length, f.documents.length,
          f.latest ? `${formatFigure(f.latest)} (${f.latest.source})` : "",
        ]));
        const actors = (await store.findEntities({ limit: 1000 }))
          .filter((e) => e.type === "armed_group" || e.type === "person")
          .sort((a, b) => b.documents - a.documents || b.mentions - a.mentions).slice(0, 12);
        out.write("\nMost reported actors\n");
        printTable(["name", "type", "docs", "mentions"], actors.map((e) => [e.name, e.type, e.documents, e.mentions]));
        out.write(`\nExplore: npx dossier claims --db ${opts.db} --type flow · npx dossier entity ISIS --db ${opts.db} · npx dossier search --db ${opts.db} "training camp"\n\n`);
        if (summary.failed) process.exitCode = 1;
      } catch (err) {
        await store.close();
        throw err;
      }
      if (!opts.serve) return store.close();
      await serveStore(store, { ...opts, quiet: opts.quiet ?? true });
    });
}
