// The actor network: typed ties weighted by independent sources, with communities.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeNetwork, edgeClaims } from "../../src/analyze/network.js";
import { E, storeWithReports, type TestStore } from "./reports.js";

let t: TestStore;
beforeAll(async () => { t = await storeWithReports(); });
afterAll(async () => { await t.cleanup(); });

describe("actor network", () => {
  it("weighs a tie by independent sources, not by articles", async () => {
    const net = await computeNetwork(t.store);
    const lead = net.edges.find((e) => e.type === "leadership")!;
    expect([lead.source, lead.target, lead.directed]).toEqual([E.BH.id, E.AST.id, true]);
    expect([lead.weight, lead.documents]).toEqual([2, 3]);
  });

  it("draws no tie from a denial", async () => {
    const net = await computeNetwork(t.store, { types: ["allegiance"] });
    expect(net.edges.map((e) => e.claimCount)).toEqual([1]);
    const [e] = net.edges;
    expect((await edgeClaims(t.store, { type: e.type, source: e.source, target: e.target })).items.map((c) => c.claim)).toEqual([t.ref("A", "c3")]);
  });

  it("puts allied actors in one community and keeps their enemies out of it", async () => {
    const net = await computeNetwork(t.store);
    const community = (id: string) => net.nodes.find((n) => n.id === id)!.community;
    expect(new Set([E.AST.id, E.IS.id, E.BH.id, E.AQ.id].map(community)).size).toBe(1);
    expect(community(E.COALITION.id)).not.toBe(community(E.IS.id));
    expect(community(E.DAWN.id)).not.toBe(community(E.IS.id));
    expect(net.communities[0].members).toContain(E.IS.id);
  });

  it("finds the same communities every time", async () => {
    const a = await computeNetwork(t.store), b = await computeNetwork(t.store);
    expect(a.nodes).toEqual(b.nodes);
  });

  it("keeps only ties enough independent sources state", async () => {
    const net = await computeNetwork(t.store, { minSources: 2 });
    expect(net.edges.map((e) => e.type)).toEqual(["leadership"]);
    expect(net.nodes.map((n) => n.id).sort()).toEqual([E.AST.id, E.BH.id].sort());
  });

  it("shows an actor's neighbourhood", async () => {
    const net = await computeNetwork(t.store, { entity: E.AQ.id });
    expect(net.edges.map((e) => e.id)).toEqual([`membership:${E.AST.id}->${E.AQ.id}`]);
  });

  it("sends the ties stated by the most sources first, saying how many there are in all", async () => {
    const whole = await computeNetwork(t.store);
    const top = await computeNetwork(t.store, { limit: 2 });
    expect(top.edges).toEqual(whole.edges.slice(0, 2));
    expect([top.totalEdges, top.totalNodes]).toEqual([whole.edges.length, whole.nodes.length]);
    expect(new Set(top.nodes.map((n) => n.id))).toEqual(new Set(top.edges.flatMap((e) => [e.source, e.target])));
  });
});
