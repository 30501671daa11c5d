// Resolution across documents as every Store backend must support it: suggestions, and a
// person's merge, reject and split decisions applied to every query, surviving re-ingest.
// resolution.test.ts runs it on SQLite and on PostgreSQL.
import { afterEach, describe, expect, it } from "vitest";
import { DecisionError, listDecisions, mergeEntities, rejectMerge, splitEntity } from "../../src/resolve/decide.js";
import { resolveMerges } from "../../src/resolve/resolved-store.js";
import { suggestMerges, type MergeSuggestion } from "../../src/resolve/suggest.js";
import type { Arg } from "../../src/extract/contract.js";
import type { Store, StoredClaim } from "../../src/store/store.js";
import {
  ALI, AQIM, AQIM_LONG, BAGHDADI, BAGHDADY, HASSAN, resolutionReports, woundedReport,
} from "./resolution-reports.js";

const who = { by: "analyst", note: "same man, two spellings" };
const pairOf = (s: MergeSuggestion) => new Set([s.keep.id, s.merge.id]);
const suggests = (list: MergeSuggestion[], a: string, b: string) => list.some((s) => { const p = pairOf(s); return p.has(a) && p.has(b); });
const linked = (c: StoredClaim) => [
  ...Object.values(c.args).flatMap((v) => (Array.isArray(v) ? v : [v])).map((a: Arg) => a.entity),
  c.attribution?.entity,
].filter(Boolean);

export function describeResolutionContract(name: string, makeStore: () => Promise<Store>): void {
  describe(`resolution across documents on the ${name} store`, () => {
    const open: Store[] = [];
    afterEach(async () => {
      for (const s of open.splice(0)) await s.close();
    });
    /** A store holding the reports, as every command and route sees it. */
    const loaded = async () => {
      const backend = await makeStore();
      open.push(backend);
      for (const r of resolutionReports()) await backend.putDocument(r.doc, r.extraction, "v1");
      return resolveMerges(backend);
    };

    it("suggests one leader spelt two ways in two reports, and an acronym with its expansion, with the reasons", async () => {
      const store = await loaded();
      const suggestions = await suggestMerges(store);
      expect(suggests(suggestions, BAGHDADI, BAGHDADY)).toBe(true);
      expect(suggests(suggestions, AQIM, AQIM_LONG)).toBe(true);
      for (const s of suggestions) {
        expect(s.reasons.length).toBeGreaterThan(0);
        expect(s.score).toBeGreaterThan(0);
        expect(s.score).toBeLessThanOrEqual(1);
      }
      const leader = suggestions.find((s) => pairOf(s).has(BAGHDADI))!;
      expect(leader.reasons.join(" ")).toMatch(/Baghdad/);
      expect(suggestions.map((s) => s.score)).toEqual([...suggestions.map((s) => s.score)].sort((a, b) => b - a));
      expect((await suggestMerges(store, { type: "armed_group" })).every((s) => s.keep.type === "armed_group" || s.merge.type === "armed_group")).toBe(true);
    });

    it("never suggests two men who share only a common given name", async () => {
      const store = await loaded();
      expect(suggests(await suggestMerges(store, { minScore: 0 }), ALI, HASSAN)).toBe(false);
    });

    it("after a merge shows one actor: the kept id, both names, documents and mentions together, every claim pointing at it", async () => {
      const store = await loaded();
      const before = await store.stats();
      await mergeEntities(store, BAGHDADI, BAGHDADY, who);

      const shown = await store.getEntity(BAGHDADY);
      expect(shown).toMatchObject({ id: BAGHDADI, name: "Abu Bakr al-Baghdadi", documents: 2, mentions: 2, merged: [BAGHDADY] });
      expect(shown!.aliases).toContain("Abu Bakr al Baghdady");
      expect(await store.getEntity(BAGHDADI)).toEqual(shown);

      const people = await store.findEntities({ type: "person" });
      expect(people.map((e) => e.id)).toContain(BAGHDADI);
      expect(people.map((e) => e.id)).not.toContain(BAGHDADY);
      expect((await store.findEntities({ name: "al Baghdady" })).map((e) => e.id)).toEqual([BAGHDADI]);
      expect((await store.stats()).entities).toBe(before.entities - 1);

      const claims = await store.listClaims({ entity: BAGHDADY });
      expect(claims.map((c) => c.source.title).sort()).toEqual(["A call to travel", "Airstrike near Raqqa"]);
      expect(await store.listClaims({ entity: BAGHDADI })).toEqual(claims);
      for (const c of await store.listClaims()) expect(linked(c)).not.toContain(BAGHDADY);
      expect((await store.entityDocuments(BAGHDADY)).map((d) => d.title)).toEqual(["Airstrike near Raqqa", "A call to travel"]);
      expect((await store.getEntities([BAGHDADY, "group:islamic-state"])).map((e) => e.id).sort()).toEqual(["group:islamic-state", BAGHDADI]);
      expect(suggests(await suggestMerges(store), BAGHDADI, BAGHDADY)).toBe(false);
    });

    it("counts, facets and highlights a merged actor as one, in any query that names it", async () => {
      const store = await loaded();
      await mergeEntities(store, BAGHDADI, BAGHDADY, who);
      if (store.countClaims) {
        expect(await store.countClaims({ entity: BAGHDADY })).toBe(2);
        // claims naming both the leader (under either spelling) and the group
        expect((await store.listClaims({ entities: [BAGHDADI, "group:islamic-state"] })).length).toBe(2);
        expect(await store.countClaims({ entities: ["group:islamic-state", BAGHDADY] })).toBe(2);
      }
      if (store.claimFacets) {
        const facets = await store.claimFacets({ entity: BAGHDADI });
        expect(facets.total).toBe(2);
        expect(facets.types).toEqual({ leadership: 1, casualties: 1 });
      }
      if (store.documentMentions) {
        const mentions = await store.documentMentions(woundedReport().doc.id);
        expect(mentions.find((m) => m.name === "Abu Bakr al-Baghdadi")).toMatchObject({ id: BAGHDADI, type: "person" });
        expect(mentions.map((m) => m.id)).not.toContain(BAGHDADY);
      }
    });

    it("pages through entities in the same order with merges as in one list", async () => {
      const store = await loaded();
      await mergeEntities(store, AQIM_LONG, AQIM, who);
      const all = await store.findEntities({});
      const paged = [];
      for (let offset = 0; offset < all.length; offset += 2) paged.push(...(await store.findEntities({ limit: 2, offset })));
      expect(paged.map((e) => e.id)).toEqual(all.map((e) => e.id));
      // the merged group has two documents: it comes before every one-document entity
      expect(all.findIndex((e) => e.id === AQIM_LONG)).toBeLessThan(all.findIndex((e) => e.documents === 1));
    });

    it("forgets a suggestion a person rejected, and keeps both actors apart", async () => {
      const store = await loaded();
      await rejectMerge(store, AQIM_LONG, AQIM, { by: "analyst", note: "a splinter, not the same" });
      expect(suggests(await suggestMerges(store, { minScore: 0 }), AQIM, AQIM_LONG)).toBe(false);
      expect((await store.getEntity(AQIM))!.id).toBe(AQIM);
      expect((await store.getEntity(AQIM_LONG))!.id).toBe(AQIM_LONG);
    });

    it("splits a merge again: two actors as before, and the suggestion is back", async () => {
      const store = await loaded();
      const separate = [await store.getEntity(BAGHDADI), await store.getEntity(BAGHDADY)];
      await mergeEntities(store, BAGHDADI, BAGHDADY, who);
      await splitEntity(store, BAGHDADI, undefined, who);
      expect([await store.getEntity(BAGHDADI), await store.getEntity(BAGHDADY)]).toEqual(separate);
      expect((await store.listClaims({ entity: BAGHDADI })).map((c) => c.source.title)).toEqual(["A call to travel"]);
      expect(suggests(await suggestMerges(store), BAGHDADI, BAGHDADY)).toBe(true);

      // one merge at a time, by the name it brought
      await mergeEntities(store, BAGHDADI, BAGHDADY, who);
      await mergeEntities(store, BAGHDADI, AQIM, { by: "someone else" });
      await splitEntity(store, BAGHDADI, "Abu Bakr al Baghdady", who);
      expect((await store.getEntity(BAGHDADY))!.id).toBe(BAGHDADY);
      expect((await store.getEntity(AQIM))!.id).toBe(BAGHDADI);
    });

    it("keeps decisions when reports are extracted again, and shows a later report naming the merged one under the kept id", async () => {
      const store = await loaded();
      await mergeEntities(store, BAGHDADI, BAGHDADY, who);
      const again = woundedReport();
      await store.putDocument(again.doc, again.extraction, "v2");
      const later = woundedReport("Abu Bakr al Baghdady was said to have left Raqqa for the desert, a source close to the Islamic State said.");
      await store.putDocument(later.doc, later.extraction, "v1");
      expect(await store.getEntity(BAGHDADY)).toMatchObject({ id: BAGHDADI, documents: 3, mentions: 3 });
      expect((await store.listClaims({ entity: BAGHDADI })).length).toBe(3);
      expect((await store.findEntities({ type: "person" })).map((e) => e.id)).not.toContain(BAGHDADY);
    });

    it("records who decided what and when, oldest first", async () => {
      const store = await loaded();
      await mergeEntities(store, BAGHDADI, BAGHDADY, who);
      await rejectMerge(store, AQIM, AQIM_LONG, { by: "second analyst" });
      await splitEntity(store, BAGHDADI, BAGHDADY, { by: "analyst" });
      const decisions = await listDecisions(store);
      expect(decisions.map((d) => [d.action, d.target, d.source, d.by])).toEqual([
        ["merge", BAGHDADI, BAGHDADY, "analyst"], ["reject", AQIM, AQIM_LONG, "second analyst"], ["split", BAGHDADI, BAGHDADY, "analyst"],
      ]);
      expect(decisions[0].note).toBe("same man, two spellings");
      expect(decisions[1].note).toBeUndefined();
      for (const d of decisions) expect(Date.parse(d.at)).not.toBeNaN();
      expect(decisions.map((d) => d.seq)).toEqual([...decisions.map((d) => d.seq)].sort((a, b) => a - b));
    });

    it("refuses decisions that mean nothing: an unknown actor, a merge of one actor with itself, a split of what was never merged", async () => {
      const store = await loaded();
      const code = (p: Promise<unknown>) => p.then(() => "recorded", (e) => (e instanceof DecisionError ? e.code : String(e)));
      expect(await code(mergeEntities(store, BAGHDADI, "person:nobody", who))).toBe("unknown_entity");
      await mergeEntities(store, BAGHDADI, BAGHDADY, who);
      expect(await code(mergeEntities(store, BAGHDADY, BAGHDADI, who))).toBe("conflict");
      expect(await code(splitEntity(store, AQIM, undefined, who))).toBe("conflict");
      expect(await code(splitEntity(store, BAGHDADI, "Islamic State", who))).toBe("unknown_entity");
      expect((await listDecisions(store)).length).toBe(1);
    });
  });
}

