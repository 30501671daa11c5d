// The store contract on PostgreSQL, plus what only a server store owes: many writers at once.
import { describe, expect, it } from "vitest";
import { openStore } from "../../src/store/open.js";
import type { Store } from "../../src/store/store.js";
import { freshPostgresSpec, postgresUrl } from "../setup/test-postgres.js";
import { describeStoreContract } from "./contract.js";
import { libyaReport, syntheticReport, tunisiaReport } from "./fixtures.js";

describe.skipIf(!postgresUrl)("PostgreSQL", () => {
  describeStoreContract("PostgreSQL", () => openStore(freshPostgresSpec("contract")), // The test server has no password, so a store's location is its full spec.
    (closed) => openStore(closed.location));

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
