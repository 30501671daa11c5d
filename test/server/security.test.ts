// Who may write, from where, how often, and what every response tells the browser.
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer, ServerConfigError } from "../../src/server/server.js";
import { CONTENT_SECURITY_POLICY } from "../../src/server/security.js";
import { storeWithReports, type TestStore } from "../analyze/reports.js";

const TOKEN = "s3cret-token-for-the-team-0123";
let t: TestStore;
beforeAll(async () => { t = await storeWithReports(); });
afterAll(async () => { await t.cleanup(); });

// A JSON body with no report in it: past the checks, it is refused with a 400 without running extraction.
const emptyIngest = { method: "POST" as const, url: "/api/ingest", headers: { "content-type": "application/json" }, payload: "[]" };

describe("listening beyond this machine", () => {
  it("refuses to start without a token", async () => {
    await expect(createServer({ store: t.store, host: "0.0.0.0" })).rejects.toThrow(ServerConfigError);
    await expect(createServer({ store: t.store, host: "192.168.1.20", token: "short" })).rejects.toThrow(/too short/);
  });

  describe("with a token", () => {
    let app: FastifyInstance;
    beforeAll(async () => { app = await createServer({ store: t.store, host: "0.0.0.0", token: TOKEN }); });
    afterAll(async () => { await app.close(); });

    it("turns away writes without the token, or with a wrong one", async () => {
      const none = await app.inject(emptyIngest);
      expect([none.statusCode, none.json().error.code]).toEqual([401, "unauthorized"]);
      const wrong = await app.inject({ ...emptyIngest, headers: { ...emptyIngest.headers, authorization: "Bearer not-the-token-at-all" } });
      expect(wrong.statusCode).toBe(401);
    });

    it("lets a write with the token through", async () => {
      const ok = await app.inject({ ...emptyIngest, headers: { ...emptyIngest.headers, authorization: `Bearer ${TOKEN}` } });
      expect([ok.statusCode, ok.json().error.message]).toEqual([400, "the JSON body holds no report"]);
    });

    it("still answers reads from other machines' names", async () => {
      const r = await app.inject({ url: "/api/stats", headers: { host: "dossier.team.example:8080" } });
      expect(r.statusCode).toBe(200);
    });
  });
});

describe("on localhost", () => {
  let app: FastifyInstance;
  beforeAll(async () => { app = await createServer({ store: t.store }); });
  afterAll(async () => { await app.close(); });

  it("ignores requests addressed to another name (DNS rebinding)", async () => {
    const r = await app.inject({ url: "/api/stats", headers: { host: "attacker.example:8080" } });
    expect([r.statusCode, r.json().error.code]).toEqual([403, "forbidden"]);
    expect((await app.inject({ url: "/api/stats", headers: { host: "127.0.0.1:8080" } })).statusCode).toBe(200);
  });

  it("refuses a write a page on another site makes through the analyst's browser", async () => {
    const r = await app.inject({ ...emptyIngest, headers: { "content-type": "text/plain", origin: "https://evil.example", host: "localhost:8080" } });
    expect([r.statusCode, r.json().error.code]).toEqual([403, "forbidden"]);
    const same = await app.inject({ ...emptyIngest, headers: { ...emptyIngest.headers, origin: "http://localhost:8080", host: "localhost:8080" } });
    expect(same.statusCode).toBe(400);
  });

  it("sends a strict content security policy and nosniff on every response, errors included", async () => {
    for (const url of ["/api/stats", "/api/openapi.json", "/api/no-such-route", "/"]) {
      const r = await app.inject({ url });
      expect(r.headers["content-security-policy"]).toBe(CONTENT_SECURITY_POLICY);
      expect(r.headers["x-content-type-options"]).toBe("nosniff");
      if (url.startsWith("/api/")) expect(r.headers["content-type"]).toMatch(/^application\/json/);
    }
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain("unsafe-inline");
  });
});

describe("rate limit", () => {
  it("answers a client over its budget with 429, a Retry-After and a JSON error, and others still get through", async () => {
    const app = await createServer({ store: t.store, rateLimit: { capacity: 5, refillPerSecond: 0.5 } });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 6; i++) codes.push((await app.inject({ url: "/api/stats", remoteAddress: "10.0.0.7" })).statusCode);
      expect(codes).toEqual([200, 200, 200, 200, 200, 429]);
      const r = await app.inject({ url: "/api/stats", remoteAddress: "10.0.0.7" });
      expect(r.json().error.code).toBe("rate_limited");
      expect(Number(r.headers["retry-after"])).toBeGreaterThan(0);
      expect((await app.inject({ url: "/api/stats", remoteAddress: "10.0.0.8" })).statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });

  it("charges an ingest more than a read", async () => {
    const app = await createServer({ store: t.store, rateLimit: { capacity: 10, refillPerSecond: 0.1, ingestCost: 8 } });
    try {
      expect((await app.inject({ ...emptyIngest, remoteAddress: "10.0.0.9" })).statusCode).toBe(400);
      expect((await app.inject({ ...emptyIngest, remoteAddress: "10.0.0.9" })).statusCode).toBe(429);
      expect((await app.inject({ url: "/api/stats", remoteAddress: "10.0.0.9" })).statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });
});
