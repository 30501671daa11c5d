// Resolution over HTTP: suggestions, merge, reject and split decisions, and what every other
// route shows after them; writes need the token when the server has one.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer } from "../../src/server/server.js";
import { openStore } from "../../src/store/open.js";
import type { Store } from "../../src/store/store.js";
import { AQIM, AQIM_LONG, BAGHDADI, BAGHDADY, resolutionReports } from "../store/resolution-reports.js";

const work = fs.mkdtempSync(path.join(os.tmpdir(), "dossier-merges-api-"));
let store: Store;
let app: FastifyInstance;
const TOKEN = "a-long-enough-test-token-123456";
let guarded: FastifyInstance;

beforeAll(async () => {
  store = await openStore(path.join(work, "reports.db"));
  for (const r of resolutionReports()) await store.putDocument(r.doc, r.extraction, "v1");
  app = await createServer({ store });
  guarded = await createServer({ store, host: "0.0.0.0", token: TOKEN });
});
afterAll(async () => {
  await app.close();
  await guarded.close();
  await store.close();
  fs.rmSync(work, { recursive: true, force: true });
});

const get = async (url: string) => {
  const r = await app.inject({ url, headers: { host: "localhost" } });
  return { status: r.statusCode, body: r.json() };
};
const send = async (method: "POST" | "DELETE", url: string, payload?: object, server = app, headers: Record<string, string> = {}) => {
  const r = await server.inject({ method, url, payload, headers: { host: "localhost", ...headers } });
  return { status: r.statusCode, body: r.json() };
};
const enc = encodeURIComponent;
type Pair = { keep: { id: string }; merge: { id: string }; reasons: string[] };
const hasPair = (items: Pair[], a: string, b: string) => items.some((p) => [p.keep.id, p.merge.id].sort().join() === [a, b].sort().join());

describe("resolution over the API", () => {
  it("lists merge suggestions best first, with reasons, paged and filtered by type", async () => {
    const r = await get("/api/suggestions");
    expect(r.status).toBe(200);
    expect(hasPair(r.body.items, BAGHDADI, BAGHDADY)).toBe(true);
    expect(hasPair(r.body.items, AQIM, AQIM_LONG)).toBe(true);
    const groups = await get("/api/suggestions?type=armed_group");
    expect(hasPair(groups.body.items, BAGHDADI, BAGHDADY)).toBe(false);
    const about = await get(`/api/suggestions?entity=${enc(AQIM)}`);
    expect(about.body.items.length).toBeGreaterThan(0);
    for (const p of about.body.items as Pair[]) expect([p.keep.id, p.merge.id]).toContain(AQIM);
    const first = await get("/api/suggestions?limit=1");
    expect(first.body.items).toHaveLength(1);
    expect(first.body.next).toBe("/api/suggestions?limit=1&offset=1");
    expect((await get("/api/suggestions?min_score=2")).status).toBe(400);
  });

  it("merges two entities: entities, profiles and claims then show one actor under the kept id", async () => {
    const r = await send("POST", "/api/merges", { keep: BAGHDADI, merge: BAGHDADY, by: "desk", note: "one man" });
    expect(r.status).toBe(201);
    expect(r.body.decision).toMatchObject({ action: "merge", target: BAGHDADI, source: BAGHDADY, by: "desk", note: "one man" });
    expect(r.body.entity).toMatchObject({ id: BAGHDADI, documents: 2 });

    const profile = await get(`/api/entities/${enc(BAGHDADY)}`);
    expect(profile.status).toBe(200);
    expect(profile.body.entity).toMatchObject({ id: BAGHDADI, merged: [BAGHDADY] });
    expect(profile.body.leads.map((x: { entity: string }) => x.entity)).toContain("group:islamic-state");
    const claims = await get(`/api/claims?entity=${enc(BAGHDADI)}`);
    expect(claims.body.items.map((c: { source: { title: string } }) => c.source.title).sort()).toEqual(["A call to travel", "Airstrike near Raqqa"]);
    const people = await get("/api/entities?type=person");
    expect(people.body.items.map((e: { id: string }) => e.id)).not.toContain(BAGHDADY);
    expect(hasPair((await get("/api/suggestions")).body.items, BAGHDADI, BAGHDADY)).toBe(false);

    expect((await send("POST", "/api/merges", { keep: BAGHDADY, merge: BAGHDADI })).status).toBe(409);
    expect((await send("POST", "/api/merges", { keep: BAGHDADI, merge: "person:nobody" })).status).toBe(404);
  });

  it("splits a merge again and rejects a suggestion, keeping every decision in order", async () => {
    const split = await send("DELETE", `/api/merges/${enc(BAGHDADI)}?from=${enc(BAGHDADY)}&by=desk`);
    expect(split.status).toBe(200);
    expect(split.body.decision).toMatchObject({ action: "split", target: BAGHDADI, source: BAGHDADY });
    expect((await get(`/api/entities/${enc(BAGHDADY)}`)).body.entity.id).toBe(BAGHDADY);
    expect((await send("DELETE", `/api/merges/${enc(BAGHDADI)}`)).status).toBe(409);

    expect((await send("POST", "/api/merges", { keep: AQIM_LONG, merge: AQIM, reject: true })).status).toBe(201);
    expect(hasPair((await get("/api/suggestions?min_score=0")).body.items, AQIM, AQIM_LONG)).toBe(false);
    const decisions = await get("/api/merges");
    expect(decisions.body.items.map((d: { action: string; by: string }) => [d.action, d.by])).toEqual([["merge", "desk"], ["split", "desk"], ["reject", "api"]]);
  });

  it("needs the token for merges and splits when the server has one", async () => {
    const headers = { host: "dossier.example.org" };
    expect((await send("POST", "/api/merges", { keep: BAGHDADI, merge: BAGHDADY }, guarded, headers)).status).toBe(401);
    expect((await send("DELETE", `/api/merges/${enc(BAGHDADI)}`, undefined, guarded, headers)).status).toBe(401);
    const ok = await send("POST", "/api/merges", { keep: BAGHDADI, merge: BAGHDADY }, guarded, { ...headers, authorization: `Bearer ${TOKEN}` });
    expect(ok.status).toBe(201);
    const read = await guarded.inject({ url: "/api/merges", headers });
    expect(read.statusCode).toBe(200);
  });

  it("describes the resolution routes in the OpenAPI document, and answers in the shapes it gives", async () => {
    const doc = (await get("/api/openapi.json")).body;
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const valid = (path: string, method: string, status: number, body: unknown) => {
      const validate = ajv.compile({ ...doc.paths[path][method].responses[status].content["application/json"].schema, components: doc.components });
      return validate(body) ? "valid" : JSON.stringify(validate.errors!.slice(0, 3));
    };
    expect(valid("/api/suggestions", "get", 200, (await get("/api/suggestions?min_score=0")).body)).toBe("valid");
    expect(valid("/api/merges", "get", 200, (await get("/api/merges")).body)).toBe("valid");
    expect(valid("/api/entities/{id}", "get", 200, (await get(`/api/entities/${enc(BAGHDADY)}`)).body)).toBe("valid");
    const split = await send("DELETE", `/api/merges/${enc(BAGHDADI)}`);
    expect(valid("/api/merges/{id}", "delete", split.status, split.body)).toBe("valid");
    const merged = await send("POST", "/api/merges", { keep: AQIM, merge: AQIM_LONG, note: "acronym" });
    expect(valid("/api/merges", "post", merged.status, merged.body)).toBe("valid");

    expect(doc.paths["/api/suggestions"].get).toBeDefined();
    expect(doc.paths["/api/merges"].get).toBeDefined();
    expect(doc.paths["/api/merges"].post.requestBody.content["application/json"].schema.required).toEqual(["keep", "merge"]);
    expect(doc.paths["/api/merges"].post.security).toEqual([{ bearer: [] }]);
    expect(doc.paths["/api/merges/{id}"].delete.security).toEqual([{ bearer: [] }]);
  });
});
