// A store written before route and edge summaries existed gets them when it is opened: migration 6
// builds them from the stored claims, the same as ingest would have.
import Database from "better-sqlite3";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { flowRoutes } from "../../src/analyze/flows.js";
import { computeNetwork } from "../../src/analyze/network.js";
import { openStore } from "../../src/store/open.js";
import { SqliteSummaries } from "../../src/store/sqlite/summaries.js";
import type { Store } from "../../src/store/store.js";
import { buildReport, REPORTS } from "../analyze/reports.js";

const dir = mkdtempSync(join(tmpdir(), "dossier-backfill-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function summariesOf(store: Store) {
  return { years: await flowRoutes(store, { period: "year" }), all: await flowRoutes(store), network: await computeNetwork(store) };
}

describe("summaries of a store written before them", () => {
  it("are built from its claims, as ingest would have built them (SQLite)", async () => {
    const file = join(dir, "old.db");
    const store = await openStore(file);
    for (const r of Object.values(REPORTS).map(buildReport)) await store.putDocument(r.doc, r.extraction, "v1");
    const before = await summariesOf(store);
    await store.close();

    // what a store from before migration 6 holds: no rows, no summaries
    const db = new Database(file);
    db.exec("DELETE FROM route_summaries; DELETE FROM route_rows; DELETE FROM edge_summaries; DELETE FROM edge_rows;");
    expect(db.prepare("SELECT count(*) FROM route_summaries").pluck().get()).toBe(0);
    db.transaction(() => new SqliteSummaries(db).backfill())();
    db.close();

    const again = await openStore(file);
    expect(await summariesOf(again)).toEqual(before);
    await again.close();
  });
});
