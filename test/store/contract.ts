// The behaviour every Store backend owes an analyst. SQLite runs it now (sqlite.test.ts); the
// PostgreSQL backend will call describeStoreContract with its own factory and pass the same.
import { afterEach, describe, expect, it } from "vitest";
import { makeDocument } from "../../src/ingest/document.js";
import type { Arg, Extraction } from "../../src/extract/contract.js";
import { StoreError, type Store } from "../../src/store/store.js";
import { extractionFor, libyaReport, syntheticReport, tunisiaReport, undatedNote, type Report } from "./fixtures.js";

/** `makeStore` gives a fresh, empty store; `reopen` (if given) opens the same store again after close. */
/** Inside a describe block: `fresh()` opens a new store, and it (or one given to `track`) is closed after its test. */
export function freshStores(makeStore: () => Promise<Store>): { fresh: () => Promise<Store>; track: (s: Store) => Store } {
  const open: Store[] = [];
  afterEach(async () => {
    for (const s of open.splice(0)) await s.close();
  });
  const track = (s: Store) => { open.push(s); return s; };
  return { fresh: async () => track(await makeStore()), track };
}

export function describeStoreContract(
  name: string,
  makeStore: () => Promise<Store>,
  reopen?: (closed: Store) => Promise<Store>,
): void {
  describe(`${name} store`, () => {
    const { fresh, track } = freshStores(makeStore);
    const put = (s: Store, r: Report, version = "v1") => s.putDocument(r.doc, r.extraction, version);

    describe("storing reports", () => {
      it("stores a report once: putting the same text again with the same extractor changes nothing", async () => {
        const store = await fresh();
        const a = tunisiaReport();
        expect(await put(store, a)).toBe("added");
        const before = { stats: await store.stats(), doc: await store.getDocument(a.doc.id), claims: await store.listClaims() };
        expect(await put(store, a)).toBe("unchanged");
        expect(await store.stats()).toEqual(before.stats);
        expect(await store.getDocument(a.doc.id)).toEqual(before.doc);
        expect(await store.listClaims()).toEqual(before.claims);
      });

      it("keeps the report's text, metadata and claim count", async () => {
        const store = await fresh();
        const a = tunisiaReport();
        await put(store, a);
        const doc = await store.getDocument(a.doc.id);
        expect(doc).toMatchObject({
          id: a.doc.id, text: a.doc.text, source: a.doc.source, format: "text", title: a.doc.title,
          url: a.doc.url, publisher: a.doc.publisher, published: a.doc.published,
          length: a.doc.text.length, claims: a.extraction.claims.length,
        });
        expect(Date.parse(doc!.ingestedAt)).not.toBeNaN();
        expect(await store.hasDocument(a.doc.id)).toBe(true);
        expect(await store.hasDocument("0".repeat(64))).toBe(false);
      });

      it("tells ingest which extractor read a stored report, so an unchanged report is not read again", async () => {
        const store = await fresh();
        const a = tunisiaReport();
        expect(store.extractorVersion).toBeTypeOf("function");
        expect(await store.extractorVersion!(a.doc.id)).toBeUndefined();
        await put(store, a, "v1");
        expect(await store.extractorVersion!(a.doc.id)).toBe("v1");
        await put(store, a, "v2");
        expect(await store.extractorVersion!(a.doc.id)).toBe("v2");
      });

      it("replaces a report's claims and mentions when a newer extractor reads it again", async () => {
        const store = await fresh();
        const a = tunisiaReport();
        await put(store, a, "v1");
        const reread: Extraction = {
          ...a.extraction,
          entities: a.extraction.entities.filter((e) => e.id !== "group:ansar-al-sharia-in-tunisia"),
          claims: a.extraction.claims.filter((c) => c.id !== "c3").map((c) => ({ ...c, confidence: 0.95 })),
        };
        expect(await store.putDocument(a.doc, reread, "v2")).toBe("updated");
        const claims = await store.listClaims({ documentId: a.doc.id });
        expect(claims.map((c) => c.id)).toEqual(["c1", "c2"]);
        expect(claims.every((c) => c.confidence === 0.95)).toBe(true);
        expect((await store.getDocument(a.doc.id))!.claims).toBe(2);
        expect(await store.getEntity("group:ansar-al-sharia-in-tunisia")).toBeUndefined();
        const mentions = reread.entities.reduce((n, e) => n + e.mentions.length, 0);
        expect(await store.stats()).toEqual({ documents: 1, entities: reread.entities.length, mentions, claims: 2 });
        expect(await store.putDocument(a.doc, reread, "v2")).toBe("unchanged");
      });

      it("forgets names that only the replaced extraction gave, but keeps what other reports say", async () => {
        const store = await fresh();
        const a = tunisiaReport();
        await put(store, a, "v1");
        await put(store, libyaReport());
        const ast = "group:ansar-al-sharia-in-tunisia";
        expect((await store.getEntity(ast))!.aliases).toContain("AST");
        const reread: Extraction = {
          ...a.extraction,
          entities: a.extraction.entities.map((e) => (e.id === ast ? { ...e, aliases: [], mentions: e.mentions.slice(0, 1) } : e)),
        };
        await store.putDocument(a.doc, reread, "v2");
        const entity = await store.getEntity(ast);
        expect(entity).toMatchObject({ name: "Ansar al-Sharia in Tunisia", documents: 2, mentions: 2 });
        expect(entity!.aliases).toEqual(["Ansar al-Sharia"]);
      });

      it("returns each claim exactly as extracted, with the sentence and source it came from", async () => {
        const store = await fresh();
        const a = tunisiaReport();
        await put(store, a);
        const claims = await store.listClaims({ documentId: a.doc.id });
        expect(claims.map(({ source: _s, ...c }) => c)).toEqual(a.extraction.claims);
        for (const c of claims) {
          expect(c.source).toEqual({
            documentId: a.doc.id, title: a.doc.title, url: a.doc.url, publisher: a.doc.publisher, published: a.doc.published,
            evidenceText: a.doc.text.slice(c.evidence[0], c.evidence[1]),
          });
        }
        expect(claims[1].source.evidenceText).toMatch(/^According to the Interior Ministry/);
      });

      it("stores nothing of a report whose extraction breaks a constraint", async () => {
        const store = await fresh();
        await put(store, libyaReport());
        const before = await store.stats();
        const a = tunisiaReport();
        const broken: Extraction = { ...a.extraction, claims: [...a.extraction.claims, { ...a.extraction.claims[0] }] };
        const failure = await store.putDocument(a.doc, broken, "v1").catch((e: unknown) => e);
        expect(failure).toBeInstanceOf(StoreError);
        expect((failure as StoreError).code).toBe("invalid_extraction");
        expect(await store.hasDocument(a.doc.id)).toBe(false);
        expect(await store.stats()).toEqual(before);
        expect(await store.getEntity("org:interior-ministry-tn")).toBeUndefined();
        expect((await store.getEntity("group:un:QDe.115"))!.aliases).not.toContain("ISIS");
        expect(await put(store, a)).toBe("added");
      });

      it("keeps the earlier reading of a report when a re-extraction fails", async () => {
        const store = await fresh();
        const a = tunisiaReport();
        await put(store, a, "v1");
        const before = { stats: await store.stats(), claims: await store.listClaims() };
        const broken: Extraction = { ...a.extraction, entities: [...a.extraction.entities, a.extraction.entities[0]] };
        await expect(store.putDocument(a.doc, broken, "v2")).rejects.toThrow(StoreError);
        expect(await store.stats()).toEqual(before.stats);
        expect(await store.listClaims()).toEqual(before.claims);
        expect(await put(store, a, "v1")).toBe("unchanged");
      });

      it("stores a batch of reports, skipping only the one that cannot be stored", async () => {
        const store = await fresh();
        if (!store.putDocuments) return; // optional for a backend
        const a = tunisiaReport(), b = libyaReport(), c = undatedNote();
        const broken = { ...a.extraction, claims: [...a.extraction.claims, a.extraction.claims[0]] };
        await put(store, c);
        const results = await store.putDocuments([
          { doc: b.doc, extraction: b.extraction, extractorVersion: "v1" },
          { doc: a.doc, extraction: broken, extractorVersion: "v1" },
          { doc: c.doc, extraction: c.extraction, extractorVersion: "v1" },
          { doc: c.doc, extraction: c.extraction, extractorVersion: "v2" },
        ]);
        expect(results.slice(0, 1)).toEqual(["added"]);
        expect(results[1]).toBeInstanceOf(StoreError);
        expect(results.slice(2)).toEqual(["unchanged", "updated"]);
        expect(await store.hasDocument(a.doc.id)).toBe(false);
        expect(await store.getEntity("org:interior-ministry-tn")).toBeUndefined();
        const alone = await fresh();
        await put(alone, b);
        await put(alone, c, "v2");
        expect(await store.stats()).toEqual(await alone.stats());
        expect(await store.listClaims()).toEqual(await alone.listClaims());
      });

      it("refuses an extraction whose claims point at entities or text it does not have", async () => {
        const store = await fresh();
        const a = tunisiaReport();
        const dangling: Extraction = { ...a.extraction, entities: a.extraction.entities.filter((e) => e.id !== "country:SY") };
        await expect(store.putDocument(a.doc, dangling, "v1")).rejects.toThrow(/country:SY/);
        const outside: Extraction = { ...a.extraction, claims: [{ ...a.extraction.claims[0], evidence: [0, a.doc.text.length + 5] }] };
        await expect(store.putDocument(a.doc, outside, "v1")).rejects.toThrow(/outside the text/);
        const other: Extraction = { ...a.extraction, document: { ...a.extraction.document, id: libyaReport().doc.id } };
        await expect(store.putDocument(a.doc, other, "v1")).rejects.toThrow(StoreError);
        expect((await store.stats()).documents).toBe(0);
      });
    });

    describe("entities across reports", () => {
      it("merges one actor named differently in two reports: list name wins, every spelling kept as an alias", async () => {
        const store = await fresh();
        await put(store, tunisiaReport());
        await put(store, libyaReport());
        const isil = await store.getEntity("group:un:QDe.115");
        expect(isil).toMatchObject({ name: "Islamic State in Iraq and the Levant", type: "armed_group", refs: { un: "QDe.115" }, documents: 2, mentions: 3 });
        expect([...isil!.aliases].sort()).toEqual(["Daesh", "ISIL", "ISIS"]);
      });

      it("keeps the first report's name when no better one arrives, and fills in coordinates learnt later", async () => {
        const store = await fresh();
        await put(store, tunisiaReport());
        await put(store, libyaReport());
        expect(await store.getEntity("place:ben-guerdane")).toMatchObject({
          name: "Ben Guerdane", aliases: ["Ben Gardane"], country: "TN", lat: 33.14, lon: 11.22, documents: 2, mentions: 2,
        });
        const ast = await store.getEntity("group:ansar-al-sharia-in-tunisia");
        expect(ast).toMatchObject({ name: "Ansar al-Sharia in Tunisia", documents: 2, mentions: 3 });
        expect(ast!.aliases).toEqual(["AST", "Ansar al-Sharia"]);
      });

      it("reads several actors at once, leaving out ids it does not know", async () => {
        const store = await fresh();
        await put(store, tunisiaReport());
        await put(store, libyaReport());
        if (!store.getEntities) return; // optional: analyze falls back to getEntity
        const got = await store.getEntities(["group:un:QDe.115", "place:sirte", "group:un:QDe.115", "person:nobody"]);
        expect(got.map((e) => e.id).sort()).toEqual(["group:un:QDe.115", "place:sirte"]);
        expect(got.find((e) => e.id === "group:un:QDe.115")).toEqual(await store.getEntity("group:un:QDe.115"));
      });

      it("keeps the list designations an actor carries, whichever report brought them", async () => {
        const store = await fresh();
        const t = tunisiaReport();
        const isil = t.extraction.entities.find((e) => e.id === "group:un:QDe.115")!;
        isil.designations = [{ list: "UN", ref: "QDe.115", listed: "2013-05-30" }];
        await put(store, t);
        const l = libyaReport();
        l.extraction.entities.find((e) => e.id === "group:un:QDe.115")!.designations = [
          { list: "OFAC SDN", ref: "8759", programs: ["FTO", "SDGT"] }, { list: "UN", ref: "QDe.115", listed: "2013-05-30" },
        ];
        await put(store, l);
        const got = await store.getEntity("group:un:QDe.115");
        expect(got!.designations).toEqual([
          { list: "OFAC SDN", ref: "8759", programs: ["FTO", "SDGT"] }, { list: "UN", ref: "QDe.115", listed: "2013-05-30" },
        ]);
      });

      it("counts documents and mentions from what is stored, in any order of ingest", async () => {
        const store = await fresh();
        const reports = [libyaReport(), undatedNote(), tunisiaReport()];
        for (const r of reports) await put(store, r);
        const sirte = await store.getEntity("place:sirte");
        expect(sirte).toMatchObject({ name: "Sirte", documents: 2, mentions: 2 });
        expect(sirte!.aliases).toEqual(["Surt"]);
        for (const id of ["country:TN", "country:LY", "place:sabratha"]) {
          const expected = reports.filter((r) => r.extraction.entities.some((e) => e.id === id));
          const mentions = expected.flatMap((r) => r.extraction.entities.filter((e) => e.id === id)).reduce((n, e) => n + e.mentions.length, 0);
          expect(await store.getEntity(id)).toMatchObject({ documents: expected.length, mentions });
        }
      });

      it("finds entities by any of their names, ignoring case and accents, exact names first", async () => {
        const store = await fresh();
        await put(store, tunisiaReport());
        await put(store, libyaReport());
        expect((await store.findEntities({ name: "daesh" })).map((e) => e.id)).toEqual(["group:un:QDe.115"]);
        expect((await store.findEntities({ name: "SABRATHA" })).map((e) => e.id)).toEqual(["place:sabratha"]);
        const ansar = await store.findEntities({ name: "ansar al-sharia" });
        expect(ansar.map((e) => e.id)).toEqual(["group:ansar-al-sharia-in-tunisia"]);
        const places = await store.findEntities({ type: "place" });
        expect(places.length).toBeGreaterThan(0);
        expect(places.every((e) => e.type === "place")).toBe(true);
        expect(await store.findEntities({ name: "Tunis" })).toEqual(expect.arrayContaining([expect.objectContaining({ id: "country:TN" })]));
        expect((await store.findEntities({ name: "Tunisia" }))[0].id).toBe("country:TN");
        expect(await store.findEntities({ name: "nobody at all" })).toEqual([]);
      });

      it("pages through entities, most documented first", async () => {
        const store = await fresh();
        await put(store, tunisiaReport());
        await put(store, libyaReport());
        const all = await store.findEntities();
        expect(all.length).toBe((await store.stats()).entities);
        for (let i = 1; i < all.length; i++) expect(all[i - 1].documents).toBeGreaterThanOrEqual(all[i].documents);
        const page = await store.findEntities({ limit: 3, offset: 2 });
        expect(page).toEqual(all.slice(2, 5));
      });

      it("lists the reports that mention an actor, newest first", async () => {
        const store = await fresh();
        const a = tunisiaReport(), b = libyaReport();
        await put(store, b);
        await put(store, a);
        expect((await store.entityDocuments("group:un:QDe.115")).map((d) => d.id)).toEqual([b.doc.id, a.doc.id]);
        expect((await store.entityDocuments("country:SY")).map((d) => d.id)).toEqual([a.doc.id]);
        expect(await store.entityDocuments("country:ZZ")).toEqual([]);
      });
    });

    describe("claims", () => {
      it("lists claims in the order events were reported: by report date, then position in the report", async () => {
        const store = await fresh();
        const a = tunisiaReport(), b = libyaReport();
        await put(store, b);
        await put(store, a);
        const claims = await store.listClaims();
        expect(claims.map((c) => `${c.source.documentId === a.doc.id ? "A" : "B"}:${c.id}`)).toEqual(["A:c1", "A:c2", "A:c3", "B:c1", "B:c2", "B:c3"]);
        expect(await store.listClaims({ limit: 2, offset: 3 })).toEqual(claims.slice(3, 5));
      });

      it("filters claims by type", async () => {
        const store = await fresh();
        await put(store, tunisiaReport());
        await put(store, libyaReport());
        expect((await store.listClaims({ type: "interdiction" })).map((c) => c.quantity?.value)).toEqual([9000]);
        expect(await store.listClaims({ type: "training" })).toEqual([]);
      });

      it("finds every claim about an actor, in any role, across reports", async () => {
        const store = await fresh();
        const a = tunisiaReport(), b = libyaReport();
        await put(store, a);
        await put(store, b);
        const ast = await store.listClaims({ entity: "group:ansar-al-sharia-in-tunisia" });
        expect(ast.map((c) => [c.type, c.source.documentId])).toEqual([["recruitment", a.doc.id], ["membership", b.doc.id]]);
        const guerdane = await store.listClaims({ entity: "place:ben-guerdane", type: "casualties" });
        expect(guerdane.map((c) => c.id)).toEqual(["c3"]);
        const tn = await store.listClaims({ entity: "country:TN", documentId: b.doc.id });
        expect(tn.map((c) => c.type)).toEqual(["casualties"]);
      });

      it("finds the claims a source is credited with", async () => {
        const store = await fresh();
        await put(store, tunisiaReport());
        const credited = await store.listClaims({ entity: "org:interior-ministry-tn" });
        expect(credited.map((c) => c.attribution)).toEqual([{ entity: "org:interior-ministry-tn", text: "the Interior Ministry" }]);
      });

      it("filters by date on the claim's own time, else the report's date, at the precision given", async () => {
        const store = await fresh();
        await put(store, tunisiaReport());
        await put(store, libyaReport());
        await put(store, undatedNote());
        const dates = async (q: { since?: string; until?: string }) =>
          (await store.listClaims(q)).map((c) => c.time?.value ?? `published ${c.source.published}`);
        expect(await dates({ until: "2014-12-31" })).toEqual(["2011", "2014"]);
        expect(await dates({ since: "2015-01-01" })).toEqual(["published 2015-02-27", "2015", "2016-03", "2016-03-07"]);
        // A claim dated March 2016 falls within a range starting mid-March.
        expect(await dates({ since: "2016-03-05", until: "2016-03-31" })).toEqual(["2016-03", "2016-03-07"]);
        expect(await dates({ since: "2016-03-08" })).toEqual(["2016-03"]);
        expect(await dates({ since: "2015", until: "2015" })).toEqual(["published 2015-02-27", "2015"]);
        expect(await dates({ since: "2020-01-01" })).toEqual([]);
      });

      it("counts an actor's claims and tallies them by type, speaker and publisher", async () => {
        const store = await fresh();
        await put(store, tunisiaReport());
        await put(store, libyaReport());
        const isis = "group:un:QDe.115";
        expect(await store.countClaims!({ entity: isis })).toBe((await store.listClaims({ entity: isis })).length);
        expect(await store.countClaims!({ entity: isis, type: "presence" })).toBe(1);
        expect(await store.claimFacets!({ entity: isis })).toEqual({
          total: 3,
          types: { flow: 1, presence: 1, membership: 1 },
          speakers: [{ name: "Libyan officials", claims: 1 }, { name: "Tunisian officials", claims: 1 }],
          publishers: [{ name: "Sirte, Sabratha and the border", claims: 2 }, { name: "Maghreb Monitor", claims: 1 }],
        });
      });

      it("lists dated claims in the order they are said to have happened, a page at a time", async () => {
        const store = await fresh();
        await put(store, libyaReport());
        await put(store, tunisiaReport());
        await put(store, undatedNote());
        const when = (cs: Awaited<ReturnType<Store["listClaims"]>>) => cs.map((c) => c.time?.value ?? `published ${c.source.published}`);
        expect(when(await store.listClaims({ dated: true, order: "date" })))
          .toEqual(["2011", "2014", "2015", "published 2015-02-27", "2016-03", "2016-03-07"]);
        expect(when(await store.listClaims({ dated: true, order: "date", limit: 2, offset: 2 }))).toEqual(["2015", "published 2015-02-27"]);
        expect(when(await store.listClaims({ dated: true, order: "date", type: "casualties" }))).toEqual(["2016-03-07"]);
        expect(await store.countClaims!({ dated: true })).toBe(6);
      });

      it("filters claims by modality and by the publisher of their report", async () => {
        const store = await fresh();
        const a = tunisiaReport(), b = libyaReport();
        await put(store, a);
        await put(store, b);
        const refs = (cs: Awaited<ReturnType<Store["listClaims"]>>) => cs.map((c) => `${c.source.documentId === a.doc.id ? "A" : "B"}:${c.id}`);
        expect(refs(await store.listClaims({ modality: "reported" }))).toEqual(["A:c2", "B:c2"]);
        expect(refs(await store.listClaims({ publisher: "maghreb monitor" }))).toEqual(["A:c1", "A:c2", "A:c3"]);
        expect(await store.countClaims!({ publisher: "Maghreb Monitor", modality: "asserted" })).toBe(1);
        expect(await store.listClaims({ publisher: "Maghreb" })).toEqual([]);
      });

      it("narrows to the claims that link every one of several entities", async () => {
        const store = await fresh();
        const a = tunisiaReport(), b = libyaReport();
        await put(store, a);
        await put(store, b);
        const both = await store.listClaims({ entities: ["place:ben-guerdane", "country:TN"] });
        expect(both.map((c) => [c.source.documentId, c.id])).toEqual([[b.doc.id, "c3"]]);
        expect(await store.countClaims!({ entities: ["place:ben-guerdane", "country:TN"] })).toBe(1);
      });

      it("pages through the whole store and through one busy actor with a cursor: the same claims as offsets, none skipped or repeated", async () => {
        const store = await fresh();
        for (let i = 0; i < 40; i++) await put(store, syntheticReport(i));
        await put(store, libyaReport());
        await put(store, tunisiaReport());
        await put(store, undatedNote());
        const ref = (c: { id: string; source: { documentId: string } }) => `${c.source.documentId}#${c.id}`;
        const busy = "group:islamic-state";
        for (const q of [{}, { entity: busy }, { order: "date" as const, dated: true }, { entity: busy, order: "date" as const, dated: true }, { type: "flow" as const }]) {
          const all = (await store.listClaims(q)).map(ref);
          expect(all.length, JSON.stringify(q)).toBeGreaterThan(100);
          const byCursor: string[] = [];
          let after: string | undefined;
          for (;;) {
            const page = (await store.listClaims({ ...q, limit: 37, after })).map(ref);
            byCursor.push(...page);
            if (page.length < 37) break;
            after = page[page.length - 1];
          }
          expect(byCursor, JSON.stringify(q)).toEqual(all);
          expect((await store.listClaims({ ...q, limit: 37, offset: 74 })).map(ref), JSON.stringify(q)).toEqual(all.slice(74, 111));
        }
        // a cursor claim that is no longer stored ends the list rather than restarting it
        expect(await store.listClaims({ limit: 5, after: `${"0".repeat(64)}#c1` })).toEqual([]);
      });

      it("moves its revision with every stored report and merge decision, so answers kept from it are never stale", async () => {
        const store = await fresh();
        const seen = [await store.revision!()];
        await put(store, tunisiaReport());
        seen.push(await store.revision!());
        await put(store, libyaReport());
        seen.push(await store.revision!());
        await store.recordMergeDecision!({ action: "merge", target: "place:ben-guerdane", source: "place:sirte", by: "test", at: new Date().toISOString() });
        seen.push(await store.revision!());
        expect(new Set(seen).size).toBe(4);
      });

      it("finds the claims of one type in one year that link two busy actors, as corroboration asks", async () => {
        // Busy actors have more claims than a type has in a year, so the store may read either
        // way round (SQLite chooses by counting); both must give the same claims.
        const store = await fresh();
        for (let i = 0; i < 8; i++) await put(store, syntheticReport(i));
        await put(store, tunisiaReport());
        await put(store, libyaReport());
        const all = await store.listClaims();
        const linked = (c: (typeof all)[number]) => new Set([
          ...Object.values(c.args).flatMap((a) => (Array.isArray(a) ? a : [a]) as Arg[]).map((a) => a.entity),
          c.attribution?.entity,
        ].filter((x): x is string => !!x));
        const asks = new Map<string, { type: (typeof all)[number]["type"]; year: string; ids: string[] }>();
        for (const c of all) {
          const ids = [...linked(c)].sort();
          const year = (c.time?.value ?? c.source.published)?.slice(0, 4);
          if (ids.length >= 2 && year) asks.set(`${c.type}|${year}|${ids[0]}|${ids[1]}`, { type: c.type, year, ids: ids.slice(0, 2) });
        }
        expect(asks.size).toBeGreaterThan(5);
        for (const { type, year, ids } of asks.values()) {
          const expected = all.filter((c) => c.type === type && (c.time?.value ?? c.source.published)?.startsWith(year) && ids.every((id) => linked(c).has(id)));
          const got = await store.listClaims({ type, entities: ids, since: year, until: year, limit: 5000, evidence: false });
          expect(got.map((c) => `${c.source.documentId}#${c.id}`)).toEqual(expected.map((c) => `${c.source.documentId}#${c.id}`));
          expect(await store.countClaims!({ type, entities: ids, since: year, until: year })).toBe(expected.length);
        }
      });

      it("leaves only the evidence passage out when asked to", async () => {
        const store = await fresh();
        await put(store, tunisiaReport());
        const full = await store.listClaims();
        const light = await store.listClaims({ evidence: false });
        expect(light).toEqual(full.map((c) => ({ ...c, source: { ...c.source, evidenceText: "" } })));
      });
    });

    describe("mentions in a report", () => {
      it("gives every entity a report mentions with its spans, in the order they first appear", async () => {
        const store = await fresh();
        const a = tunisiaReport(), b = libyaReport();
        await put(store, a);
        await put(store, b);
        const mentions = await store.documentMentions!(a.doc.id);
        expect(mentions.map((m) => m.id)).toEqual([
          "population:TN", "country:SY", "country:IQ", "group:un:QDe.115", "org:interior-ministry-tn", "country:TN",
          "group:ansar-al-sharia-in-tunisia", "place:ben-guerdane", "country:LY",
        ]);
        const ast = mentions.find((m) => m.id === "group:ansar-al-sharia-in-tunisia")!;
        expect(ast.mentions.map(([s, e]) => a.doc.text.slice(s, e))).toEqual(["Ansar al-Sharia in Tunisia", "AST"]);
        // the name over all reports: the UN list's spelling from the later report
        expect(mentions.find((m) => m.id === "group:un:QDe.115")).toMatchObject({ type: "armed_group", name: "Islamic State in Iraq and the Levant" });
        expect(await store.documentMentions!("0".repeat(64))).toEqual([]);
      });
    });

    describe("search", () => {
      it("finds reports by words in their text or title, with a plain-text passage", async () => {
        const store = await fresh();
        const a = tunisiaReport(), b = libyaReport();
        await put(store, a);
        await put(store, b);
        const hits = await store.search("Sirte");
        expect(hits.map((h) => h.documentId)).toEqual([b.doc.id]);
        expect(hits[0]).toMatchObject({ title: b.doc.title, published: b.doc.published });
        expect(hits[0].snippet).toContain("Sirte");
        expect(hits[0].snippet).not.toMatch(/[<>\n]/);
        expect((await store.search("pipeline")).map((h) => h.documentId)).toEqual([a.doc.id]);
        expect((await store.search("ben guerdane")).map((h) => h.documentId).sort()).toEqual([a.doc.id, b.doc.id].sort());
      });

      it("matches quoted phrases as phrases", async () => {
        const store = await fresh();
        const a = tunisiaReport(), b = libyaReport();
        await put(store, a);
        await put(store, b);
        expect((await store.search('"Interior Ministry"')).map((h) => h.documentId)).toEqual([a.doc.id]);
        expect(await store.search('"Ministry Interior"')).toEqual([]);
      });

      it("ignores accents, and supports OR and prefixes", async () => {
        const store = await fresh();
        const a = tunisiaReport(), b = libyaReport();
        await put(store, a);
        await put(store, b);
        expect((await store.search("Sabratha")).map((h) => h.documentId)).toEqual([b.doc.id]);
        expect((await store.search("Daesh OR Ministry")).map((h) => h.documentId).sort()).toEqual([a.doc.id, b.doc.id].sort());
        expect((await store.search("recruit*")).map((h) => h.documentId)).toEqual([a.doc.id]);
      });

      it("never fails on punctuation, operators or unbalanced quotes typed into the search box", async () => {
        const store = await fresh();
        const a = tunisiaReport();
        await put(store, a);
        const odd = ['al-Sharia (AST', 'ISIS: "Islamic', 'NEAR(ISIS', "Tunisia's", '"', "*", "--", "'; DROP TABLE documents; --",
          "AND", "OR OR", "^ISIS", "{title}: Tunisia", 'ISIS"', "+", "", "   "];
        for (const q of odd) await expect(store.search(q), q).resolves.toBeInstanceOf(Array);
        expect((await store.search("al-Sharia (AST")).map((h) => h.documentId)).toEqual([a.doc.id]);
        expect((await store.search("Tunisia's")).map((h) => h.documentId)).toEqual([a.doc.id]);
        expect(await store.search("*")).toEqual([]);
        expect((await store.stats()).documents).toBe(1);
      });

      it("ranks a report higher when the words are in its title", async () => {
        const store = await fresh();
        const a = tunisiaReport(), b = libyaReport();
        await put(store, a);
        await put(store, b);
        const hits = await store.search("Sirte OR fighters");
        expect(hits.length).toBe(2);
        for (let i = 1; i < hits.length; i++) expect(hits[i - 1].rank).toBeGreaterThanOrEqual(hits[i].rank);
        expect(await store.search("Libya", 1)).toHaveLength(1);
      });
    });

    describe("looking up reports", () => {
      it("finds a report by a short id prefix and says when the prefix is ambiguous", async () => {
        const store = await fresh();
        const [x, y] = twoTextsSharingPrefix(6);
        await put(store, noteFor(x));
        await put(store, noteFor(y));
        const idX = noteFor(x).doc.id, idY = noteFor(y).doc.id;
        const shared = idX.slice(0, 6);
        const failure = await store.getDocument(shared).catch((e: unknown) => e);
        expect(failure).toBeInstanceOf(StoreError);
        expect((failure as StoreError).code).toBe("ambiguous_id");
        expect((failure as Error).message).toContain(shared);
        let n = 6;
        while (idX[n] === idY[n]) n++;
        expect((await store.getDocument(idX.slice(0, n + 1)))?.id).toBe(idX);
        expect((await store.getDocument(idY.slice(0, n + 1).toUpperCase()))?.id).toBe(idY);
        expect((await store.getDocument(idX))?.text).toBe(x);
        expect(await store.getDocument(idX.slice(0, 5))).toBeUndefined();
        expect(await store.getDocument("not-an-id")).toBeUndefined();
      });

      it("lists reports newest first, undated last, with paging", async () => {
        const store = await fresh();
        const a = tunisiaReport(), b = libyaReport(), c = undatedNote();
        await put(store, c);
        await put(store, a);
        await put(store, b);
        const docs = await store.listDocuments();
        expect(docs.map((d) => d.id)).toEqual([b.doc.id, a.doc.id, c.doc.id]);
        expect(docs[0]).not.toHaveProperty("text");
        expect(docs.map((d) => d.claims)).toEqual([3, 3, 0]);
        expect(await store.listDocuments({ limit: 1, offset: 1 })).toEqual([docs[1]]);
      });
    });

    it("counts documents, entities, mentions and claims", async () => {
      const store = await fresh();
      expect(await store.stats()).toEqual({ documents: 0, entities: 0, mentions: 0, claims: 0 });
      const reports = [tunisiaReport(), libyaReport(), undatedNote()];
      for (const r of reports) await put(store, r);
      const entities = new Set(reports.flatMap((r) => r.extraction.entities.map((e) => e.id)));
      expect(await store.stats()).toEqual({
        documents: 3,
        entities: entities.size,
        mentions: reports.flatMap((r) => r.extraction.entities).reduce((n, e) => n + e.mentions.length, 0),
        claims: reports.reduce((n, r) => n + r.extraction.claims.length, 0),
      });
    });

    if (reopen) {
      it("keeps everything after the store is closed and opened again", async () => {
        const store = await makeStore();
        await put(store, tunisiaReport());
        await put(store, libyaReport());
        const before = { stats: await store.stats(), claims: await store.listClaims(), entities: await store.findEntities() };
        await store.close();
        const again = await reopen(store);
        track(again);
        expect(await again.stats()).toEqual(before.stats);
        expect(await again.listClaims()).toEqual(before.claims);
        expect(await again.findEntities()).toEqual(before.entities);
        expect(await put(again, tunisiaReport())).toBe("unchanged");
      });
    }
  });
}

function noteFor(text: string): Report {
  return extractionFor(makeDocument(text, "notes/filler.txt", "text")).build();
}

/** Two short texts whose sha256 ids share their first `digits` hex digits (a birthday search). */
function twoTextsSharingPrefix(digits: number): [string, string] {
  const seen = new Map<string, string>();
  for (let i = 0; ; i++) {
    const text = `Field note ${i}: checkpoint traffic unchanged.\n`;
    const prefix = makeDocument(text, "-", "text").id.slice(0, digits);
    const other = seen.get(prefix);
    if (other !== undefined) return [other, text];
    seen.set(prefix, text);
  }
}
