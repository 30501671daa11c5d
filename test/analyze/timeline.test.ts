// The timeline of dated claims.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeTimeline } from "../../src/analyze/timeline.js";
import { E, storeWithReports, withoutCounting, type TestStore } from "./reports.js";

let t: TestStore;
beforeAll(async () => { t = await storeWithReports(); });
afterAll(async () => { await t.cleanup(); });

describe("timeline", () => {
  it("pages the same dated claims whether the store orders them or analyze does", async () => {
    const inStore = await computeTimeline(t.store, { limit: 4, offset: 2 });
    const inMemory = await computeTimeline(withoutCounting(t.store), { limit: 4, offset: 2 });
    expect(inStore.total).toBe(inMemory.total);
    expect(inStore.events.map((e) => e.date)).toEqual(inMemory.events.map((e) => e.date));
    const whole = async (s: typeof t.store) => (await computeTimeline(s)).events.map((e) => `${e.date} ${e.ref}`).sort();
    expect(await whole(t.store)).toEqual(await whole(withoutCounting(t.store)));
  });

  it("orders claims by when they say things happened, not by when they were published", async () => {
    const tl = await computeTimeline(t.store);
    const dates = tl.events.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    expect(tl.events[0]).toMatchObject({ date: "2013", dateFrom: "claim", ref: t.ref("A", "c5") });
  });

  it("places a claim without its own time at its report's publication date, and says so", async () => {
    const tl = await computeTimeline(t.store, { type: "leadership" });
    expect(tl.events.map((e) => [e.date, e.dateFrom])).toEqual([
      ["2015-03-01", "published"], ["2015-04-10", "published"], ["2015-06-01", "published"],
    ]);
  });

  it("narrows to one actor and a date range, and pages with the total", async () => {
    const tl = await computeTimeline(t.store, { entity: E.IS.id, since: "2015", limit: 1 });
    expect(tl.total).toBe(3);
    expect(tl.events).toHaveLength(1);
    expect(tl.events[0].date.startsWith("2015")).toBe(true);
  });
});
