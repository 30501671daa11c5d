// Flows split by period, with the spread of figures and the figures that disagree.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { CONTRADICTION_LIMIT, computeFlows } from "../../src/analyze/flows.js";
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
