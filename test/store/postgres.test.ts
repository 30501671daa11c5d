// The store contract on PostgreSQL, plus what only a server store owes: many writers at once.
import { describe, expect, it } from "vitest";
import { openStore } from "../../src/store/open.js";
import type { Store } from "../../src/store/store.js";
import { freshPostgresSpec, postgresUrl } from "../setup/test-postgres.js";
import { describeStoreContract } from "./contract.js";
import { describeSummaryContract } from "./summaries-contract.js";
import { buildReport, REPORTS } from "../analyze/reports.js";
import { flowRoutes } from "../../src/analyze/flows.js";
import { computeNetwork } from "../../src/analyze/network.js";
import { createPool, parsePostgresSpec } from "../../src/store/postgres/connection.js";
import { backfillSummaries } from "../../src/store/postgres/summaries.js";
import { libyaReport, syntheticReport, tunisiaReport, undatedNote } from "./fixtures.js";

describe.skipIf(!postgresUrl)("PostgreSQL", () => {
  describeStoreContract("PostgreSQL", () => openStore(freshPostgresSpec("contract")), // The test server has no password, so a store's location is its full spec.
    (closed) => openStore(closed.location));
  describeSummaryContract("PostgreSQL", () => openStore(freshPostgresSpec("summaries")));

  describe("several writers at once", () => {
    it("stores a report once when two workers put it at the same moment", async () => {
      const spec = freshPostgresSpec("race");
      const [a, b] = [await openStore(spec), await openStore(spec)];
      try {
        const r = tunisiaReport();
        const statuses = await Promise.all([a.putDocument(r.doc, r.extraction, "v1"), b.putDocument(r.doc, r.extraction, "v1"),
          a.putDocument(r.doc, r.extraction, "v1"), b.putDocument(r.doc, r.extraction, "v1")]);
        expect(statuses.filter((s) => s === "added")).toHaveLength(1);
        expect(statuses.filter((s) => s === "unchanged")).toHaveLength(3);
        expect((await a.stats()).documents).toBe(1);
        expect((await a.listClaims()).length).toBe(r.extraction.claims.length);
      } finally {
        await a.close();
        await b.close();
      }
    });

    it("merges shared actors the same whether reports arrive one by one or all at once", async () => {
      const reports = [tunisiaReport(), libyaReport(), ...Array.from({ length: 16 }, (_, i) => syntheticReport(i))];
      const serial = await openStore(freshPostgresSpec("serial"));
      const spec = freshPostgresSpec("parallel");
      const writers: Store[] = [];
      try {
        for (const r of reports) await serial.putDocument(r.doc, r.extraction, "v1");
        for (let i = 0; i < 4; i++) writers.push(await openStore(spec));
        // Four connections storing interleaved reports that share countries, groups and places.
        await Promise.all(writers.map(async (w, k) => {
          for (let i = k; i < reports.length; i += writers.length) await w.putDocument(reports[i].doc, reports[i].extraction, "v1");
        }));
        const parallel = writers[0];
        expect(await parallel.stats()).toEqual(await serial.stats());
        const counts = (es: Awaited<ReturnType<Store["findEntities"]>>) =>
          es.map((e) => `${e.id} ${e.documents} ${e.mentions}`).sort();
        expect(counts(await parallel.findEntities())).toEqual(counts(await serial.findEntities()));
        // The list name wins over a reporter's whichever report came first.
        expect((await parallel.getEntity("group:un:QDe.115"))!.name).toBe((await serial.getEntity("group:un:QDe.115"))!.name);
      } finally {
        await serial.close();
        for (const w of writers) await w.close();
      }
    }, 60_000);
  });

  describe("batches from several workers", () => {
    const items = (reports: ReturnType<typeof syntheticReport>[], version = "v1") =>
      reports.map((r) => ({ doc: r.doc, extraction: r.extraction, extractorVersion: version }));

    it("stores each report once when workers put overlapping batches at the same moment", async () => {
      const spec = freshPostgresSpec("batchrace");
      const writers = [await openStore(spec), await openStore(spec), await openStore(spec)];
      try {
        const reports = Array.from({ length: 12 }, (_, i) => syntheticReport(100 + i));
        // The same reports in three batches from three connections, in different orders, and once more one by one.
        const outcomes = await Promise.all([
          writers[0].putDocuments!(items(reports)),
          writers[1].putDocuments!(items([...reports].reverse())),
          writers[2].putDocuments!(items(reports.slice(6).concat(reports.slice(0, 6)))),
          Promise.all(reports.map((r) => writers[2].putDocument(r.doc, r.extraction, "v1"))),
        ]);
        const statuses = outcomes.flat();
        expect(statuses.filter((s) => s instanceof Error)).toEqual([]);
        expect(statuses.filter((s) => s === "added")).toHaveLength(reports.length);
        expect((await writers[0].stats()).documents).toBe(reports.length);
        const claims = reports.reduce((n, r) => n + r.extraction.claims.length, 0);
        expect((await writers[0].listClaims()).length).toBe(claims);
      } finally {
        for (const w of writers) await w.close();
      }
    });

    it("merges shared actors the same whether reports arrive one by one or in batches from four workers", async () => {
      const reports = [tunisiaReport(), libyaReport(), ...Array.from({ length: 22 }, (_, i) => syntheticReport(i))];
      const serial = await openStore(freshPostgresSpec("serial"));
      const spec = freshPostgresSpec("batches");
      const writers: Store[] = [];
      try {
        for (const r of reports) await serial.putDocument(r.doc, r.extraction, "v1");
        for (let i = 0; i < 4; i++) writers.push(await openStore(spec));
        // Batches of three, dealt round-robin, so the workers' batches share countries and groups.
        await Promise.all(writers.map(async (w, k) => {
          for (let at = k * 3; at < reports.length; at += 12) {
            for (const r of await w.putDocuments!(items(reports.slice(at, at + 3)))) expect(r).toBe("added");
          }
        }));
        const batched = writers[0];
        expect(await batched.stats()).toEqual(await serial.stats());
        const entities = async (s: Store) => (await s.findEntities()).map((e) => JSON.stringify(e)).sort();
        expect(await entities(batched)).toEqual(await entities(serial));
        const claims = async (s: Store) => (await s.listClaims()).map((c) => JSON.stringify({ ...c, source: c.source.documentId })).sort();
        expect(await claims(batched)).toEqual(await claims(serial));
      } finally {
        await serial.close();
        for (const w of writers) await w.close();
      }
    }, 60_000);

    it("refuses only the report the database rejects, and stores the rest of its batch", async () => {
      const store = await openStore(freshPostgresSpec("batchbad"));
      try {
        const [a, b, c] = [syntheticReport(1), syntheticReport(2), syntheticReport(3)];
        // A lone surrogate (a broken character from a damaged file) in a name: no JSON column takes it.
        const broken = { ...b.extraction, entities: b.extraction.entities.map((e, i) => (i === 0 ? { ...e, name: `${e.name} \ud800` } : e)) };
        const results = await store.putDocuments!([...items([a]), { doc: b.doc, extraction: broken, extractorVersion: "v1" }, ...items([c])]);
        expect(results[0]).toBe("added");
        expect(results[1]).toBeInstanceOf(Error);
        expect(results[2]).toBe("added");
        expect(await store.hasDocument(b.doc.id)).toBe(false);
        expect((await store.stats()).documents).toBe(2);
        expect(await store.putDocument(b.doc, b.extraction, "v1")).toBe("added");
      } finally {
        await store.close();
      }
    });
  });

  describe("opening", () => {
    it("refuses a schema that holds another program's tables", async () => {
      const spec = freshPostgresSpec("other");
      const s = await openStore(spec);
      const pool = (s as unknown as { pool: import("pg").Pool }).pool;
      const schema = new URL(spec).searchParams.get("schema")!;
      await pool.query(`CREATE SCHEMA other_${schema}; CREATE TABLE other_${schema}.contacts (name text)`);
      await s.close();
      const other = new URL(spec);
      other.searchParams.set("schema", `other_${schema}`);
      await expect(openStore(other.toString())).rejects.toMatchObject({ code: "not_a_store" });
    });

    it("says it cannot connect, without showing the password", async () => {
      const e = await openStore("postgres://analyst:s3cret@127.0.0.1:1/dossier").catch((x: unknown) => x as Error);
      expect(e).toMatchObject({ code: "not_a_store" });
      expect(e.message).toMatch(/cannot open the PostgreSQL store/);
      expect(e.message).not.toContain("s3cret");
    });
  });
});

// A store written before migration 6 gets its route and edge summaries built from its claims.
describe.skipIf(!postgresUrl)("PostgreSQL summaries of a store written before them", () => {
  it("are built from its claims, as ingest would have built them (PostgreSQL)", async () => {
    const spec = freshPostgresSpec("backfill");
    const store = await openStore(spec);
    try {
      for (const r of Object.values(REPORTS).map(buildReport)) await store.putDocument(r.doc, r.extraction, "v1");
      const before = { years: await flowRoutes(store, { period: "year" }), all: await flowRoutes(store), network: await computeNetwork(store) };
      const pool = createPool(parsePostgresSpec(spec), 1);
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        await client.query("DELETE FROM route_summaries; DELETE FROM route_rows; DELETE FROM edge_summaries; DELETE FROM edge_rows;");
        expect(Number((await client.query("SELECT count(*) AS n FROM route_summaries")).rows[0].n)).toBe(0);
        await backfillSummaries(client);
        await client.query("COMMIT");
      } finally {
        client.release();
        await pool.end();
      }
      expect({ years: await flowRoutes(store, { period: "year" }), all: await flowRoutes(store), network: await computeNetwork(store) }).toEqual(before);
    } finally {
      await store.close();
    }
  });
});

describe.skipIf(!postgresUrl)("PostgreSQL claim pages in report order (migration 7)", () => {
  const ref = (c: { id: string; source: { documentId: string } }) => `${c.source.documentId}#${c.id}`;
  const busy = "group:islamic-state";
  const QUERIES = [{}, { entity: busy }, { type: "flow" as const }, { order: "date" as const, dated: true }];
  const reports = () => [...Array.from({ length: 24 }, (_, i) => syntheticReport(i)), libyaReport(), tunisiaReport(), undatedNote()];

  /** Every claim of each query, and the same read a page of 23 at a time by cursor. */
  async function pages(store: Store) {
    const out: Record<string, { all: string[]; byCursor: string[]; speakers: unknown }> = {};
    for (const q of QUERIES) {
      const byCursor: string[] = [];
      let after: string | undefined;
      for (;;) {
        const page = (await store.listClaims({ ...q, limit: 23, after })).map(ref);
        byCursor.push(...page);
        if (page.length < 23) break;
        after = page[page.length - 1];
      }
      out[JSON.stringify(q)] = { all: (await store.listClaims(q)).map(ref), byCursor, speakers: (await store.claimFacets!(q)).speakers };
    }
    return out;
  }

  it("pages reports stored in batches and re-extracted exactly as reports stored one by one", async () => {
    const single = await openStore(freshPostgresSpec("order1"));
    const batched = await openStore(freshPostgresSpec("orderb"));
    try {
      for (const r of reports()) await single.putDocument(r.doc, r.extraction, "v1");
      // batches in another order, then a re-extraction of some: the report order must not follow arrival
      const rs = reports().reverse();
      await batched.putDocuments!(rs.slice(0, 14).map((r) => ({ doc: r.doc, extraction: r.extraction, extractorVersion: "v1" })));
      await batched.putDocuments!(rs.slice(14).map((r) => ({ doc: r.doc, extraction: r.extraction, extractorVersion: "v1" })));
      for (const r of rs.slice(10, 16)) await batched.putDocument(r.doc, r.extraction, "v2");
      const a = await pages(single), b = await pages(batched);
      for (const [q, p] of Object.entries(a)) {
        expect(p.all.length, q).toBeGreaterThan(40);
        expect(p.byCursor, q).toEqual(p.all);
        // pages are chosen on the claims' copy of their report's date, lists on the report's own:
        // a batch or re-extraction that left the copy wrong would skip or repeat claims here
        expect(b[q].byCursor, q).toEqual(b[q].all);
        expect(new Set(b[q].all), q).toEqual(new Set(p.all));
        expect(b[q].speakers, q).toEqual(p.speakers);
      }
    } finally {
      await single.close();
      await batched.close();
    }
  });

  it("gives a store written before migration 7 the same pages and speakers once it is opened", async () => {
    const spec = freshPostgresSpec("before7");
    const store = await openStore(spec);
    let before: Awaited<ReturnType<typeof pages>>;
    try {
      for (const r of reports()) await store.putDocument(r.doc, r.extraction, "v1");
      before = await pages(store);
    } finally {
      await store.close();
    }
    // what a store at schema version 6 holds: none of migration 7's columns or indexes
    const pool = createPool(parsePostgresSpec(spec), 1);
    try {
      await pool.query(`DROP INDEX claims_in_order, claims_by_speaker, document_entities_counts, claim_entities_by_entity_claim;
        ALTER TABLE claims DROP COLUMN doc_published, DROP COLUMN speaker;
        CREATE INDEX claim_entities_by_entity ON claim_entities (entity_id);
        DELETE FROM schema_migrations WHERE version = 7;`);
    } finally {
      await pool.end();
    }
    const again = await openStore(spec);
    try {
      expect(await pages(again)).toEqual(before);
    } finally {
      await again.close();
    }
  });
});
