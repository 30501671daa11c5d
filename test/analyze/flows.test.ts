// Flows split by period, with the spread of figures and the figures that disagree.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeFlows } from "../../src/analyze/flows.js";
import { storeWithReports, type TestStore } from "./reports.js";

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
});
