// An actor's profile: ties to other actors with their sources, allegiances over time, who said what.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorProfile } from "../../src/analyze/profile.js";
import { E, storeWithReports, withoutCounting, type TestStore } from "./reports.js";

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

  it("knows nothing of an entity that is not in the store", async () => {
    expect(await actorProfile(t.store, "group:no-such-group")).toBeUndefined();
  });
});
