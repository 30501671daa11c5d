// Corroboration and contradiction as an analyst reads them beside each claim.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assessClaims, claimKey, compareClaims } from "../../src/analyze/corroboration.js";
import { figuresDisagree } from "../../src/analyze/figures.js";
import type { StoredClaim } from "../../src/store/store.js";
import { storeWithReports, type TestStore } from "./reports.js";

let t: TestStore;
beforeAll(async () => { t = await storeWithReports(); });
afterAll(async () => { await t.cleanup(); });

async function assess(report: "A" | "B" | "C" | "D" | "E", claimId: string) {
  const claims = await t.store.listClaims({ documentId: t.docId(report) });
  const claim = claims.find((c) => c.id === claimId)!;
  return (await assessClaims(t.store, [claim])).get(t.ref(report, claimId))!;
}

describe("corroboration", () => {
  it("two outlets with close estimates of the same flow in the same year corroborate each other", async () => {
    const a = await assess("A", "c1");
    expect(a.corroborated).toBe(true);
    expect(a.agreeing).toEqual([t.ref("B", "c1")]);
    expect(a.sources).toEqual(["North Africa Monitor", "officials in Tunis"]);
  });

  it("two articles from one publisher count as one source", async () => {
    const a = await assess("D", "c1");
    expect(a.agreeing.sort()).toEqual([t.ref("A", "c2"), t.ref("B", "c2")].sort());
    expect(a.sources.sort()).toEqual(["North Africa Monitor", "Sahel Observer"]);
  });

  it("the same analyst quoted by two outlets is one source, not corroboration", async () => {
    const a = await assess("E", "c1");
    expect(a.agreeing).toEqual([t.ref("D", "c2")]);
    expect(a.sources).toEqual(["Karim Mezran"]);
    expect(a.corroborated).toBe(false);
  });

  it("a claim nobody else makes stands alone", async () => {
    const a = await assess("A", "c4");
    expect(a).toMatchObject({ corroborated: false, agreeing: [], contradictions: [] });
  });
});

describe("contradiction", () => {
  it("a figure far beyond another's stated approximation contradicts it, naming the other source", async () => {
    const a = await assess("C", "c1");
    expect(a.contradictions.map((c) => [c.claim, c.reason])).toEqual(expect.arrayContaining([
      [t.ref("A", "c1"), "figures"], [t.ref("B", "c1"), "figures"],
    ]));
    expect(a.contradictions.find((c) => c.claim === t.ref("A", "c1"))!.detail).toBe("6,000 vs ~3,000");
    expect(a.corroborated).toBe(false);
  });

  it("a denial contradicts the claim it denies, for the same actors and year", async () => {
    const a = await assess("A", "c3");
    expect(a.contradictions).toEqual([expect.objectContaining({ claim: t.ref("C", "c2"), reason: "modality", detail: "reported vs negated" })]);
  });
});

const flow = (doc: string, value: number, time: string | undefined, approx = true): StoredClaim => ({
  id: "c1", type: "flow", modality: "estimated", attribution: null, evidence: [0, 1], confidence: 1,
  args: { origin: { entity: "country:TN", text: "Tunisia", span: [0, 1] }, destination: { entity: "country:SY", text: "Syria", span: [0, 1] } },
  quantity: { value, low: null, high: null, approx, bound: approx ? "about" : "exact", unit: "people", text: String(value) },
  ...(time ? { time: { value: time, precision: time.length > 4 ? "month" : "year", relation: "as_of", text: time } } : {}),
  source: { documentId: doc, publisher: `publisher ${doc}`, published: "2015-01-01", evidenceText: "" },
} as StoredClaim);

describe("what counts as the same claim", () => {
  it("estimates dated to different months of one year are successive counts, not a dispute", () => {
    const r = compareClaims([flow("a", 3000, "2014-03"), flow("b", 5000, "2014-11")]);
    expect(r.get("a#c1")!.contradictions).toEqual([]);
  });

  it("flows counted for different years are different claims", () => {
    expect(claimKey(flow("a", 3000, "2013"))).not.toBe(claimKey(flow("b", 3000, "2014")));
    const r = compareClaims([flow("a", 3000, "2013"), flow("b", 9000, "2014")]);
    expect(r.get("a#c1")).toMatchObject({ agreeing: [], contradictions: [] });
  });
});

describe("figures and their stated approximation", () => {
  const fig = (value: number | null, bound: string, approx = false, low: number | null = null, high: number | null = null) => ({ value, low, high, bound, approx });
  it("'at least 9,000' does not contradict 12,000", () => {
    expect(figuresDisagree(fig(9000, "at_least"), fig(12000, "exact"))).toBe(false);
  });
  it("a range of 2,000–3,000 contradicts an exact 5,000", () => {
    expect(figuresDisagree(fig(null, "exact", false, 2000, 3000), fig(5000, "exact"))).toBe(true);
  });
  it("'about 1,000' and 'around 1,100' agree, while an exact 1,000 and an exact 1,100 do not", () => {
    expect(figuresDisagree(fig(1000, "about", true), fig(1100, "about", true))).toBe(false);
    expect(figuresDisagree(fig(1000, "exact"), fig(1100, "exact"))).toBe(true);
  });
  it("figures in different units are not compared", () => {
    expect(figuresDisagree({ ...fig(10, "exact"), unit: "people" }, { ...fig(500, "exact"), unit: "vehicles" })).toBe(false);
  });
});
