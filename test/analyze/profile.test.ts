// An actor's profile: ties to other actors with their sources, allegiances over time, who said what.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { actorProfile, MADE_BY_SHOWN, RELATION_REFS } from "../../src/analyze/profile.js";
import { openStore } from "../../src/store/open.js";
import { buildReport, E, storeWithReports, withoutCounting, type TestStore } from "./reports.js";

let t: TestStore;
beforeAll(async () => { t = await storeWithReports(); });
afterAll(async () => { await t.cleanup(); });

describe("actor profile", () => {
  it("counts every claim about an actor by type and source, whether the store counts them or analyze does", async () => {
    const counted = (await actorProfile(t.store, E.AST.id))!;
    const computed = (await actorProfile(withoutCounting(t.store), E.AST.id))!;
    const all = await t.store.listClaims({ entity: E.AST.id });
    expect(counted.claimCount).toBe(all.length);
    expect(counted.claimTypes.leadership).toBe(all.filter((c) => c.type === "leadership").length);
    for (const k of ["claimCount", "claimTypes", "madeBy", "claims", "leaders", "memberOf", "allies", "allegiances", "designations", "relationCounts"] as const) {
      expect(counted[k], k).toEqual(computed[k]);
    }
  });

  it("draws a hub's ties from its latest claims of each kind, and says how many of how many", async () => {
    const full = (await actorProfile(t.store, E.BH.id))!;
    expect(full.tieClaims.read).toBe(full.tieClaims.total);
    const latest = (await actorProfile(t.store, E.BH.id, { tieClaims: 1 }))!;
    expect(latest.tieClaims).toEqual({ read: 2, total: full.tieClaims.total });
    expect(full.tieClaims.total).toBeGreaterThan(2);
    // one leadership claim read, from the latest report that states it
    expect(latest.leads.map((r) => r.claims.length)).toEqual([1]);
    expect(full.leads[0].claims).toContain(latest.leads[0].claims[0]);
    expect(latest.claimCount).toBe(full.claimCount);
  });

  it("shows a group's leader, its parent organisation with the role, and its allies", async () => {
    const p = (await actorProfile(t.store, E.AST.id))!;
    expect(p.entity.aliases).toEqual(expect.arrayContaining(["AST"]));
    expect(p.leaders.map((r) => [r.entity, r.sources.length, r.claims.length])).toEqual([[E.BH.id, 2, 3]]);
    expect(p.memberOf).toEqual([expect.objectContaining({ entity: E.AQ.id, name: "al Qaeda", roles: ["affiliate"] })]);
    expect(p.allies.map((r) => r.entity)).toEqual([E.IS.id]);
    expect(p.designations).toEqual([expect.objectContaining({ from: "claim", listed: "2013", claim: t.ref("A", "c5") })]);
  });

  it("lists a person's allegiances in time order with the previous group and the denial beside it", async () => {
    const p = (await actorProfile(t.store, E.BH.id))!;
    expect(p.leads.map((r) => r.entity)).toEqual([E.AST.id]);
    expect(p.allegiances.map((a) => [a.date, a.group.entity, a.previous?.entity, a.modality])).toEqual([
      ["2014", E.IS.id, E.AST.id, "reported"],
      ["2014", E.IS.id, undefined, "negated"],
    ]);
  });

  it("tells who made the claims about the actor: credited speakers and publishers", async () => {
    const p = (await actorProfile(t.store, E.BH.id))!;
    expect(p.madeBy.speakers).toEqual([{ name: "a spokesman for Ansar al-Sharia in Tunisia", claims: 1 }]);
    expect(p.madeBy.publishers[0]).toEqual({ name: "North Africa Monitor", claims: 3 });
    expect(p.claims.every((c) => c.source.evidenceText.length > 0)).toBe(true);
  });

  it("shows a group's enemies whether it struck or was struck", async () => {
    const p = (await actorProfile(t.store, E.IS.id))!;
    expect(p.adversaries.map((r) => r.entity).sort()).toEqual([E.DAWN.id, E.COALITION.id].sort());
    expect(p.allegiances.map((a) => a.direction)).toEqual(["received", "received"]);
  });

  it("pages the claims about an actor", async () => {
    const all = (await actorProfile(t.store, E.BH.id, { limit: 100 }))!.claims;
    const second = (await actorProfile(t.store, E.BH.id, { limit: 2, offset: 2 }))!.claims;
    expect(second.map((c) => c.id + c.source.documentId)).toEqual(all.slice(2, 4).map((c) => c.id + c.source.documentId));
  });

  it("keeps a much-reported actor's profile a summary: best-sourced ties and busiest publishers first, with counts of all", async () => {
    // 24 outlets each name the group's leader and a different enemy
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dossier-profile-hub-"));
    const store = await openStore(path.join(dir, "hub.db"));
    try {
      for (let i = 0; i < 24; i++) {
        const enemy = { id: `group:band-${i}`, type: "armed_group" as const, name: `Band ${i}` };
        const { doc, extraction } = buildReport({
          source: `wire-${i}.txt`, title: `Dispatch ${i}`, publisher: `Wire ${i}`, published: `2015-${String(1 + (i % 12)).padStart(2, "0")}-0${1 + (i % 9)}`,
          text: `Seifallah Ben Hassine leads Ansar al-Sharia in Tunisia, dispatch ${i} said. Ansar al-Sharia attacked Band ${i} near the border.`,
          claims: [
            { id: "c1", type: "leadership", sentence: `Seifallah Ben Hassine leads Ansar al-Sharia in Tunisia, dispatch ${i} said.`,
              args: { leader: ["Seifallah Ben Hassine", E.BH], group: ["Ansar al-Sharia in Tunisia", E.AST] } },
            { id: "c2", type: "conflict", sentence: `Ansar al-Sharia attacked Band ${i} near the border.`,
              args: { actor: ["Ansar al-Sharia", E.AST], target: [`Band ${i}`, enemy] } },
          ],
        });
        await store.putDocument(doc, extraction, "test-fixture");
      }
      for (const s of [store, withoutCounting(store)]) {
        const p = (await actorProfile(s, E.AST.id, { relationLimit: 5 }))!;
        expect(p.leaders).toHaveLength(1);
        expect(p.leaders[0]).toMatchObject({ entity: E.BH.id, claimCount: 24, sourceCount: 24 });
        expect(p.leaders[0].claims).toHaveLength(RELATION_REFS);
        expect(p.leaders[0].sources).toHaveLength(RELATION_REFS);
        expect(p.adversaries).toHaveLength(5);
        expect(p.relationCounts.adversaries).toBe(24);
        expect(p.madeBy.publishers).toHaveLength(MADE_BY_SHOWN);
        expect(p.madeBy.publisherCount).toBe(24);
        expect(p.claimCount).toBe(48);
        expect(p.claims).toHaveLength(10);
      }
    } finally {
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("knows nothing of an entity that is not in the store", async () => {
    expect(await actorProfile(t.store, "group:no-such-group")).toBeUndefined();
  });
});
