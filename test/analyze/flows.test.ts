// Flows split by period, with the spread of figures and the figures that disagree.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { CONTRADICTION_LIMIT, computeFlows, flowRoutes, routeClaims } from "../../src/analyze/flows.js";
import { openStore } from "../../src/store/open.js";
import { E, buildReport, storeWithReports, type TestStore } from "./reports.js";

let t: TestStore;
beforeAll(async () => { t = await storeWithReports(); });
afterAll(async () => { await t.cleanup(); });

describe("flows per period", () => {
  it("gives each route one row per year with the range of figures across sources", async () => {
    const flows = await computeFlows(t.store, { period: "year" });
    const toSyria = flows.find((f) => f.destination.entity === "country:SY" && f.period === "2014")!;
    expect(toSyria.origin.name).toBe("Tunisia");
    expect([toSyria.low, toSyria.high]).toEqual([3000, 6000]);
    expect(toSyria.documents.length).toBe(3);
    expect(flows.find((f) => f.destination.entity === "country:LY")!.period).toBe("2015");
  });

  it("lists the pairs of figures for the same route and year that cannot both be right", async () => {
    const flows = await computeFlows(t.store, { period: "year" });
    const toSyria = flows.find((f) => f.destination.entity === "country:SY")!;
    expect(toSyria.contradictions!.map((c) => c.detail).sort()).toEqual(["~3,000 vs 6,000", "~3,200 vs 6,000"]);
    expect(toSyria.contradictions![0].claims).toContain(t.ref("C", "c1"));
    const toLibya = flows.find((f) => f.destination.entity === "country:LY")!;
    expect(toLibya.contradictions).toEqual([]);
  });

  it("without a period, a route is one row and names its claims by document", async () => {
    const flows = await computeFlows(t.store);
    const toSyria = flows.filter((f) => f.destination.entity === "country:SY");
    expect(toSyria).toHaveLength(1);
    expect(toSyria[0].period).toBeUndefined();
    expect(toSyria[0].claims.sort()).toEqual([t.ref("A", "c1"), t.ref("B", "c1"), t.ref("C", "c1")].sort());
  });

  it("on a route dozens of reports cover, counts every disagreeing pair of figures but lists only the first few", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dossier-flows-"));
    const store = await openStore(path.join(dir, "test.db"));
    try {
      // twelve monitors say about 1,000 went in 2016, twelve others say 9,000: 144 pairs disagree
      for (let i = 0; i < 24; i++) {
        const n = i % 2 ? "9,000" : "1,000";
        const sentence = `Monitor ${i} said about ${n} Tunisians travelled to Syria in 2016.`;
        const { doc, extraction } = buildReport({
          source: `monitor-${i}.txt`, title: `Monitor ${i} on Tunisian fighters`, publisher: `Monitor ${i}`, published: "2017-01-15",
          text: `${sentence} Officials did not comment.`,
          claims: [{
            id: "c1", type: "flow", sentence, args: { origin: ["Tunisians", E.TN], destination: ["Syria", E.SY] },
            quantity: { value: i % 2 ? 9000 : 1000, low: null, high: null, approx: true, bound: "about", unit: "people", text: `about ${n}` },
            time: { value: "2016", precision: "year", relation: "at", text: "in 2016" },
          }],
        });
        await store.putDocument(doc, extraction, "test-fixture");
      }
      const [route] = await computeFlows(store, { period: "year" });
      expect(route.figures).toHaveLength(24);
      expect(route.contradictionCount).toBe(144);
      expect(route.contradictions).toHaveLength(CONTRADICTION_LIMIT);
      expect(route.contradictions!.every((c) => /^~1,000 vs ~9,000$|^~9,000 vs ~1,000$/.test(c.detail))).toBe(true);
    } finally {
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("routes as the map lists them", () => {
  it("counts a route's claims, reports and independent sources, and its figures that disagree", async () => {
    const { routes, total } = await flowRoutes(t.store, { period: "year" });
    expect(total).toBe(routes.length);
    const toSyria = routes.find((r) => r.destination.entity === E.SY.id && r.period === "2014")!;
    expect(toSyria).toMatchObject({ claims: 3, documents: 3, sources: 3, figures: 3, low: 3000, high: 6000, contradictionCount: 2 });
    // Karim Mezran quoted by two outlets is one source for the Libya route
    const toLibya = (await flowRoutes(t.store)).routes.find((r) => r.destination.entity === E.LY.id)!;
    expect([toLibya.documents, toLibya.sources]).toEqual([2, 1]);
  });

  it("opens a route on its claims, oldest report first, with the pairs of figures that disagree", async () => {
    const opened = await routeClaims(t.store, { origin: E.TN.id, destination: E.SY.id, period: "2014" });
    expect(opened.items.map((f) => `${f.documentId}#${f.claimId}`).sort()).toEqual([t.ref("A", "c1"), t.ref("B", "c1"), t.ref("C", "c1")].sort());
    expect(opened.contradictions!.map((c) => c.detail).sort()).toEqual(["~3,000 vs 6,000", "~3,200 vs 6,000"]);
  });

  it("gives a country's routes through it, and a group's the flows of the claims naming it", async () => {
    const ofLibya = (await flowRoutes(t.store, { entity: E.LY.id })).routes;
    expect(ofLibya.map((r) => `${r.origin.key}>${r.destination.key}`)).toEqual([`${E.TN.id}>${E.LY.id}`]);
    const all = (await flowRoutes(t.store)).routes;
    const named = await computeFlows(t.store, { entity: E.MEZRAN.id });
    expect((await flowRoutes(t.store, { entity: E.MEZRAN.id })).routes.map((r) => r.destination.key)).toEqual(named.map((f) => f.destination.key));
    expect(all.length).toBeGreaterThan(ofLibya.length);
  });
});
