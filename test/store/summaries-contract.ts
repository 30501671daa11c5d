// What the route and edge summaries owe an analyst, on every backend: the map and the network read
// from them what reading every claim would give, a report stored again counts once, a report read
// again replaces its share, and actors a person merged show as one. sqlite.test.ts and
// postgres.test.ts call it.
import { describe, expect, it } from "vitest";
import { freshStores } from "./contract.js";
import { flowRoutes, routeClaims, type FlowRouteQuery } from "../../src/analyze/flows.js";
import { computeNetwork, edgeClaims, type NetworkQuery } from "../../src/analyze/network.js";
import { resolveMerges } from "../../src/resolve/resolved-store.js";
import type { Extraction } from "../../src/extract/contract.js";
import type { Store } from "../../src/store/store.js";
import { buildReport, E, REPORTS } from "../analyze/reports.js";

/** The store as one that keeps no summaries: analysis then reads every claim. */
export function withoutSummaries(store: Store): Store {
  const hidden = new Set<PropertyKey>(["routeSummaries", "routePeriods", "routeRows", "edgeSummaries", "edgeRows"]);
  return new Proxy(store, {
    get(target, key) {
      if (hidden.has(key)) return undefined;
      const v = Reflect.get(target, key, target);
      return typeof v === "function" ? v.bind(target) : v;
    },
  });
}

const ROUTE_QUERIES: FlowRouteQuery[] = [
  { period: "year" }, { period: "month" }, {}, { period: "year", since: "2014", until: "2014-12-31" },
  { period: "month", since: "2015-01-01", until: "2015-12" }, { period: "year", entity: E.LY.id }, { entity: E.TN.id, limit: 1, offset: 1 },
];
const NETWORK_QUERIES: NetworkQuery[] = [{}, { minSources: 2 }, { entity: E.IS.id }, { types: ["leadership", "alliance"] }, { limit: 2 }];

/** Both ways of reading must agree on every query the map and the network send. */
async function expectSameAsReadingClaims(store: Store, bare: Store): Promise<void> {
  for (const q of ROUTE_QUERIES) expect(await flowRoutes(store, q), JSON.stringify(q)).toEqual(await flowRoutes(bare, q));
  for (const q of NETWORK_QUERIES) expect(await computeNetwork(store, q), JSON.stringify(q)).toEqual(await computeNetwork(bare, q));
}

const reports = () => Object.values(REPORTS).map(buildReport);

export function describeSummaryContract(name: string, makeStore: () => Promise<Store>): void {
  describe(`${name} route and edge summaries`, () => {
    const { fresh } = freshStores(makeStore);

    it("sums up every route and tie as reading all their claims would, stored one by one or in a batch", async () => {
      const one = await fresh();
      for (const r of reports()) await one.putDocument(r.doc, r.extraction, "v1");
      expect(one.routeSummaries).toBeTypeOf("function");
      await expectSameAsReadingClaims(one, withoutSummaries(one));
      const toSyria = (await flowRoutes(one, {})).routes.find((r) => r.origin.key === E.TN.id && r.destination.key === E.SY.id)!;
      expect(toSyria).toMatchObject({ claims: 3, documents: 3, sources: 3, low: 3000, high: 6000 });

      const batch = await fresh();
      expect(await batch.putDocuments!(reports().map((r) => ({ ...r, extractorVersion: "v1" })))).toEqual(["added", "added", "added", "added", "added"]);
      for (const q of ROUTE_QUERIES) expect(await flowRoutes(batch, q)).toEqual(await flowRoutes(one, q));
      for (const q of NETWORK_QUERIES) expect(await computeNetwork(batch, q)).toEqual(await computeNetwork(one, q));
    });

    it("counts a report stored twice once, and a report read again only as it now reads", async () => {
      const store = await fresh();
      const all = reports();
      for (const r of all) await store.putDocument(r.doc, r.extraction, "v1");
      const before = { routes: await flowRoutes(store, { period: "year" }), network: await computeNetwork(store) };
      const a = all[0];
      expect(await store.putDocument(a.doc, a.extraction, "v1")).toBe("unchanged");
      expect(await flowRoutes(store, { period: "year" })).toEqual(before.routes);

      // the second reading of report A gives its flow a higher figure and no longer states its leadership claim
      const reread: Extraction = {
        ...a.extraction,
        claims: a.extraction.claims.filter((c) => c.type !== "leadership")
          .map((c) => (c.type === "flow" ? { ...c, quantity: { ...c.quantity!, value: 9000, text: "an estimated 9,000" } } : c)),
      };
      expect(await store.putDocument(a.doc, reread, "v2")).toBe("updated");
      await expectSameAsReadingClaims(store, withoutSummaries(store));
      const toSyria = (await flowRoutes(store, {})).routes.find((r) => r.origin.key === E.TN.id && r.destination.key === E.SY.id)!;
      expect([toSyria.claims, toSyria.high]).toEqual([3, 9000]);
      const lead = (await computeNetwork(store, { types: ["leadership"] })).edges[0];
      expect(lead.claimCount).toBe(2);

      expect(await store.putDocument(a.doc, a.extraction, "v3")).toBe("updated");
      expect(await flowRoutes(store, { period: "year" })).toEqual(before.routes);
      expect(await computeNetwork(store)).toEqual(before.network);
    });

    it("lists a route's and a tie's claims a page at a time, with the figures that disagree", async () => {
      const store = await fresh();
      for (const r of reports()) await store.putDocument(r.doc, r.extraction, "v1");
      const year = await routeClaims(store, { origin: E.TN.id, destination: E.SY.id, period: "2014" });
      expect(year).toEqual(await routeClaims(withoutSummaries(store), { origin: E.TN.id, destination: E.SY.id, period: "2014" }));
      expect(year.total).toBe(3);
      expect(year.contradictionCount).toBe(2);
      const page = await routeClaims(store, { origin: E.TN.id, destination: E.SY.id, limit: 2, offset: 2 });
      expect(page.items.map((f) => f.claimId)).toEqual([year.items[2].claimId]);
      const ties = await edgeClaims(store, { type: "leadership", source: E.BH.id, target: E.AST.id });
      expect(ties).toEqual(await edgeClaims(withoutSummaries(store), { type: "leadership", source: E.BH.id, target: E.AST.id }));
      expect(ties.total).toBe(3);
    });

    it("shows the routes and ties of actors a person merged as one", async () => {
      const store = await fresh();
      for (const r of reports()) await store.putDocument(r.doc, r.extraction, "v1");
      // Libya taken for Syria: the two destinations' routes become one (a test of the mechanism, not of geography)
      await store.recordMergeDecision!({ action: "merge", target: E.SY.id, source: E.LY.id, by: "test", at: new Date().toISOString() });
      await store.recordMergeDecision!({ action: "merge", target: E.IS.id, source: E.AQ.id, by: "test", at: new Date().toISOString() });
      const resolved = await resolveMerges(store);
      const bare = await resolveMerges(withoutSummaries(store));
      await expectSameAsReadingClaims(resolved, bare);
      const all = (await flowRoutes(resolved, {})).routes;
      expect(all.find((r) => r.destination.key === E.LY.id)).toBeUndefined();
      expect(all.find((r) => r.origin.key === E.TN.id && r.destination.key === E.SY.id)).toMatchObject({ claims: 5, documents: 5, low: 1000, high: 6000 });
      expect((await routeClaims(resolved, { origin: E.TN.id, destination: E.SY.id })).total).toBe(5);
      const net = await computeNetwork(resolved);
      expect(net.nodes.map((n) => n.id)).not.toContain(E.AQ.id);
      expect(net.edges.find((e) => e.type === "membership")).toMatchObject({ source: E.AST.id, target: E.IS.id });
      expect((await edgeClaims(resolved, { type: "membership", source: E.AST.id, target: E.IS.id })).total).toBe(1);
    });
  });
}
