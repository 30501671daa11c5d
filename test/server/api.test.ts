// The read side of the HTTP API, through Fastify's inject against a real SQLite store.
import { Ajv2020 } from "ajv/dist/2020.js";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer } from "../../src/server/server.js";
import { E, storeWithReports, type TestStore } from "../analyze/reports.js";

let t: TestStore;
let app: FastifyInstance;
beforeAll(async () => {
  t = await storeWithReports();
  app = await createServer({ store: t.store });
});
afterAll(async () => {
  await app.close();
  await t.cleanup();
});

const get = async (url: string) => {
  const r = await app.inject({ url });
  return { status: r.statusCode, body: r.json(), headers: r.headers };
};

describe("documents", () => {
  it("pages through every report with a next link and the total", async () => {
    const first = await get("/api/documents?limit=2");
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ limit: 2, offset: 0, total: 5, next: "/api/documents?limit=2&offset=2" });
    const seen = first.body.items.map((d: { id: string }) => d.id);
    let next = first.body.next;
    while (next) {
      const page = await get(next);
      seen.push(...page.body.items.map((d: { id: string }) => d.id));
      next = page.body.next;
    }
    expect(new Set(seen).size).toBe(5);
    expect(first.body.items[0].published).toBe("2015-06-15");
  });

  it("opens a report by a short id prefix, with its text", async () => {
    const r = await get(`/api/documents/${t.docId("C").slice(0, 10)}`);
    expect(r.body).toMatchObject({ id: t.docId("C"), publisher: "Levant Weekly" });
    expect(r.body.text).toContain("6,000 Tunisians");
  });

  it("gives a report's entities with their spans, for highlighting them in the text", async () => {
    const r = await get(`/api/documents/${t.docId("A")}`);
    const bh = r.body.entities.find((e: { id: string }) => e.id === E.BH.id);
    expect(bh).toMatchObject({ type: "person" });
    expect(bh.mentions.map(([s, e]: [number, number]) => r.body.text.slice(s, e))).toContain("Seifallah Ben Hassine");
  });

  it("answers an unknown document with a 404 JSON error", async () => {
    expect(await get("/api/documents/abcdef0123")).toMatchObject({ status: 404, body: { error: { code: "not_found" } } });
  });
});

describe("claims", () => {
  it("shows beside each claim who agrees and who contradicts it", async () => {
    const r = await get(`/api/claims?type=flow&entity=${encodeURIComponent(E.SY.id)}`);
    expect(r.body.items).toHaveLength(3);
    const high = r.body.items.find((c: { ref: string }) => c.ref === t.ref("C", "c1"));
    expect(high.source.evidenceText).toBe("In 2014 alone, 6,000 Tunisians travelled to Syria");
    expect(high.corroboration.contradictions.map((x: { claim: string }) => x.claim).sort()).toEqual([t.ref("A", "c1"), t.ref("B", "c1")].sort());
    const low = r.body.items.find((c: { ref: string }) => c.ref === t.ref("A", "c1"));
    expect(low.corroboration).toMatchObject({ corroborated: true, agreeing: [t.ref("B", "c1")] });
  });

  it("filters claims by modality and by the publisher of their report, with the total", async () => {
    const reported = await get("/api/claims?modality=reported&limit=1");
    const all = (await t.store.listClaims()).filter((c) => c.modality === "reported");
    expect(reported.body.total).toBe(all.length);
    expect(reported.body.items[0].modality).toBe("reported");
    const monitor = await get(`/api/claims?publisher=${encodeURIComponent("north africa monitor")}`);
    const fromMonitor = (await t.store.listClaims()).filter((c) => c.source.publisher === "North Africa Monitor").map((c) => `${c.source.documentId}#${c.id}`);
    expect(fromMonitor).toContain(t.ref("A", "c1"));
    expect(monitor.body.items.map((c: { ref: string }) => c.ref)).toEqual(fromMonitor);
    expect(monitor.body.total).toBe(fromMonitor.length);
    expect((await get("/api/claims?modality=rumoured")).status).toBe(400);
  });

  it("opens one claim by its document and id", async () => {
    const r = await get(`/api/documents/${t.docId("A")}/claims/c3`);
    expect(r.body.corroboration.contradictions[0]).toMatchObject({ claim: t.ref("C", "c2"), reason: "modality" });
  });

  it("refuses a malformed filter with a 400 JSON error", async () => {
    for (const url of ["/api/claims?type=rumour", "/api/claims?since=last-year", "/api/claims?limit=0", "/api/claims?limit=100000", "/api/claims?colour=red"]) {
      const r = await get(url);
      expect([url, r.status, r.body.error.code]).toEqual([url, 400, "bad_request"]);
    }
  });
});

describe("analysis", () => {
  it("gives an actor's profile by its URL-encoded id, its claims with corroboration", async () => {
    const r = await get(`/api/entities/${encodeURIComponent(E.BH.id)}`);
    expect(r.body.entity.name).toBe("Seifallah Ben Hassine");
    expect(r.body.leads[0]).toMatchObject({ entity: E.AST.id, sources: ["North Africa Monitor", "Sahel Observer"] });
    expect(r.body.claims.every((c: { corroboration?: unknown }) => c.corroboration)).toBe(true);
    expect((await get("/api/entities/group%3Anobody")).status).toBe(404);
  });

  it("finds entities by alias", async () => {
    const r = await get("/api/entities?name=AST");
    expect(r.body.items.map((e: { id: string }) => e.id)).toContain(E.AST.id);
  });

  it("lists flows per year with their contradictions, or per route over all time", async () => {
    const yearly = await get("/api/flows");
    const toSyria = yearly.body.items.find((f: { destination: { entity: string } }) => f.destination.entity === E.SY.id);
    expect(toSyria).toMatchObject({ period: "2014", low: 3000, high: 6000, claims: 3, contradictionCount: 2 });
    const all = await get("/api/flows?period=all");
    expect(all.body.items.every((f: { period?: string }) => f.period === undefined)).toBe(true);
    expect((await get("/api/flows/periods")).body.items.map((p: { period: string }) => p.period)).toEqual(["2014", "2015"]);
  });

  it("opens a route on its claims a page at a time, with the figures that disagree", async () => {
    const route = `origin=${encodeURIComponent(E.TN.id)}&destination=${encodeURIComponent(E.SY.id)}`;
    const first = await get(`/api/flows/claims?${route}&period=2014&limit=2`);
    expect(first.body).toMatchObject({ total: 3, limit: 2, offset: 0 });
    expect(first.body.items).toHaveLength(2);
    expect(first.body.contradictions).toHaveLength(2);
    const second = await get(first.body.next);
    expect(second.body.items).toHaveLength(1);
    expect(second.body.next).toBeNull();
    expect((await get(`/api/flows/claims?${route}`)).body.contradictions).toBeUndefined();
    expect((await get("/api/flows/claims?origin=x")).status).toBe(400);
  });

  it("draws the network, optionally only ties enough sources state", async () => {
    const r = await get("/api/network?minSources=2");
    expect(r.body.edges.map((e: { type: string; weight: number }) => [e.type, e.weight])).toEqual([["leadership", 2]]);
    expect((await get("/api/network?types=friendship")).body.error.code).toBe("bad_request");
    const top = await get("/api/network?limit=1");
    expect(top.body.edges).toHaveLength(1);
    expect(top.body.totalEdges).toBeGreaterThan(1);
    const tie = top.body.edges[0];
    const claims = await get(`/api/network/claims?type=${tie.type}&source=${encodeURIComponent(tie.source)}&target=${encodeURIComponent(tie.target)}`);
    expect(claims.body.total).toBe(tie.claimCount);
    expect(claims.body.items[0].claim).toMatch(/^[0-9a-f]{64}#c\d+$/);
  });

  it("pages the timeline in time order, the next link continuing from the last event shown", async () => {
    const r = await get(`/api/timeline?entity=${encodeURIComponent(E.IS.id)}&limit=2`);
    expect(r.body.total).toBe(5);
    expect(r.body.items.map((e: { date: string }) => e.date)).toEqual(["2014", "2014"]);
    expect(r.body.next).toBe(`/api/timeline?entity=${encodeURIComponent(E.IS.id)}&limit=2&cursor=${encodeURIComponent(r.body.items[1].ref)}`);
    const refs = async (url: string) => (await get(url)).body.items.map((e: { ref: string }) => e.ref);
    const byOffset = [...await refs(`/api/timeline?entity=${encodeURIComponent(E.IS.id)}&limit=2&offset=2`), ...await refs(`/api/timeline?entity=${encodeURIComponent(E.IS.id)}&limit=2&offset=4`)];
    const second = await get(r.body.next);
    expect([...second.body.items.map((e: { ref: string }) => e.ref), ...await refs(second.body.next)]).toEqual(byOffset);
    expect(byOffset).toHaveLength(3);
  });

  it("pages an actor's claims from its profile on through the claims table, none shown twice or left out", async () => {
    const all = (await t.store.listClaims({ entity: E.IS.id })).map((c) => `${c.source.documentId}#${c.id}`);
    expect(all.length).toBeGreaterThan(3);
    const profile = await get(`/api/entities/${encodeURIComponent(E.IS.id)}?limit=2`);
    const seen: string[] = profile.body.claims.map((c: { ref: string }) => c.ref);
    let next: string | null = profile.body.claimsNext;
    while (next) {
      expect(next).toContain("cursor=");
      const page = await get(next);
      seen.push(...page.body.items.map((c: { ref: string }) => c.ref));
      next = page.body.next;
    }
    expect(seen).toEqual(all);
    expect((await get(`/api/claims?cursor=${"f".repeat(64)}%23c1`)).body).toMatchObject({ items: [], next: null });
    expect((await get("/api/claims?cursor=not-a-claim")).status).toBe(400);
  });

  it("searches report texts", async () => {
    const r = await get("/api/search?q=Mezran&limit=1");
    expect(r.body.items).toHaveLength(1);
    expect(r.body.next).toBe("/api/search?q=Mezran&limit=1&offset=1");
    expect((await get(r.body.next)).body.items).toHaveLength(1);
    expect((await get("/api/search")).status).toBe(400);
  });
});

describe("the API as documented", () => {
  it("answers an unknown route with a 404 JSON error", async () => {
    expect(await get("/api/nothing-here")).toMatchObject({ status: 404, body: { error: { code: "not_found" } } });
  });

  it("publishes an OpenAPI document naming every route", async () => {
    const doc = (await get("/api/openapi.json")).body;
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths).sort()).toEqual([
      "/api/claims", "/api/documents", "/api/documents/{id}", "/api/documents/{id}/claims/{claim}", "/api/entities",
      "/api/entities/{id}", "/api/flows", "/api/flows/claims", "/api/flows/periods", "/api/ingest", "/api/merges", "/api/merges/{id}",
      "/api/network", "/api/network/claims", "/api/search", "/api/stats",
      "/api/suggestions", "/api/timeline",
    ]);
    expect(doc.paths["/api/ingest"].post.requestBody.content).toHaveProperty("text/html");
  });

  it("answers every route in the shape its OpenAPI schema describes", async () => {
    const doc = (await get("/api/openapi.json")).body;
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const check = async (path: string, url: string, status = 200) => {
      const r = await get(url);
      expect(r.status).toBe(status);
      const schema = doc.paths[path].get.responses[status].content["application/json"].schema;
      const validate = ajv.compile({ ...schema, components: doc.components });
      expect(validate(r.body) ? "valid" : JSON.stringify(validate.errors!.slice(0, 3))).toBe("valid");
    };
    await check("/api/documents", "/api/documents");
    await check("/api/documents/{id}", `/api/documents/${t.docId("A")}`);
    await check("/api/documents/{id}/claims/{claim}", `/api/documents/${t.docId("A")}/claims/c1`);
    await check("/api/entities", "/api/entities");
    await check("/api/entities/{id}", `/api/entities/${encodeURIComponent(E.AST.id)}`);
    await check("/api/entities/{id}", `/api/entities/${encodeURIComponent(E.IS.id)}`);
    await check("/api/claims", "/api/claims?limit=500");
    await check("/api/flows", "/api/flows");
    await check("/api/flows", "/api/flows?period=all");
    await check("/api/flows/claims", `/api/flows/claims?origin=${encodeURIComponent(E.TN.id)}&destination=${encodeURIComponent(E.SY.id)}&period=2014`);
    await check("/api/flows/periods", "/api/flows/periods");
    await check("/api/network", "/api/network");
    await check("/api/network/claims", `/api/network/claims?type=leadership&source=${encodeURIComponent(E.BH.id)}&target=${encodeURIComponent(E.AST.id)}`);
    await check("/api/timeline", "/api/timeline");
    await check("/api/search", "/api/search?q=Tunisians");
    await check("/api/stats", "/api/stats");
    await check("/api/entities/{id}", "/api/entities/nobody", 404);
  });
});
