// A batch of reports is written in one transaction that merges each actor once for the whole
// batch (src/store/sqlite/document-writer.ts); what an analyst reads back must be what one
// report at a time would have given, also when a report in the batch is refused.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openStore } from "../../src/store/open.js";
import type { Store } from "../../src/store/store.js";
import { libyaReport, syntheticReport, tunisiaReport, type Report } from "./fixtures.js";

const dir = mkdtempSync(join(tmpdir(), "dossier-batch-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const fresh = () => openStore(join(dir, `store-${++n}.db`));
const item = (r: Report) => ({ doc: r.doc, extraction: r.extraction, extractorVersion: "v1" });

async function actors(store: Store, reports: Report[]) {
  const ids = [...new Set(reports.flatMap((r) => r.extraction.entities.map((e) => e.id)))].sort();
  return Promise.all(ids.map((id) => store.getEntity(id)));
}

describe("SQLite batches", () => {
  it("gives every actor the same name, aliases and counts as storing the reports one by one", async () => {
    const reports = [tunisiaReport(), libyaReport(), ...Array.from({ length: 12 }, (_, i) => syntheticReport(i))];
    const batched = await fresh(), single = await fresh();
    expect(await batched.putDocuments!(reports.map(item))).toEqual(reports.map(() => "added"));
    for (const r of reports) await single.putDocument(r.doc, r.extraction, "v1");
    expect(await actors(batched, reports)).toEqual(await actors(single, reports));
    expect(await batched.stats()).toEqual(await single.stats());
    await batched.close(); await single.close();
  });

  it("leaves no alias from a refused report on an actor a later report in the batch names", async () => {
    const a = tunisiaReport(), b = libyaReport();
    // a duplicate claim id fails only after the report's actors were merged
    const broken = { ...a.extraction, claims: [...a.extraction.claims, a.extraction.claims[0]] };
    const batched = await fresh(), alone = await fresh();
    const results = await batched.putDocuments!([{ doc: a.doc, extraction: broken, extractorVersion: "v1" }, item(b)]);
    expect(results[0]).toBeInstanceOf(Error);
    expect(results[1]).toBe("added");
    await alone.putDocument(b.doc, b.extraction, "v1");
    const isil = await batched.getEntity("group:un:QDe.115");
    expect(isil?.aliases).not.toContain("ISIS");
    expect(await actors(batched, [b])).toEqual(await actors(alone, [b]));
    await batched.close(); await alone.close();
  });
});
