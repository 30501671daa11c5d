// `dossier show DOC`: one stored report with its claims.
import type { Command } from "commander";
import { addDbOption, withStore } from "./store-option.js";
import { cell, formatFigure, printJson, printTable } from "./output.js";
import { summariseArgs } from "./claims.js";

export function registerShowCommand(program: Command): void {
  addDbOption(program.command("show"))
    .description("show a stored document (id or a prefix of at least 6 characters) with its claims")
    .argument("<doc>", "document id or prefix")
    .option("--json", "JSON for scripts")
    .action(async (id: string, opts) => {
      await withStore(opts, async (store) => {
        const doc = await store.getDocument(id);
        if (!doc) throw new Error(`no document matches "${id}"`);
        const claims = await store.listClaims({ documentId: doc.id, limit: 100000 });
        if (opts.json) return printJson({ document: doc, claims });
        const head = [
          doc.title ?? "(untitled)",
          [doc.publisher, doc.author, doc.published].filter(Boolean).join(" · "),
          doc.url ?? "", `source: ${doc.source}`, `id: ${doc.id}`,
        ].filter(Boolean).map(cell);
        // the text is shown as read; control characters other than newlines are dropped
        const body = doc.text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "");
        process.stdout.write(head.join("\n") + "\n\n" + body.trim() + "\n\nClaims\n");
        printTable(["type", "roles", "figure", "time", "modality", "according to", "evidence"],
          claims.map((c) => [c.type, summariseArgs(c), formatFigure(c.quantity), c.time ? `${c.time.relation} ${c.time.value}` : "", c.modality, c.attribution?.text ?? "", c.source.evidenceText]));
      });
    });
}
