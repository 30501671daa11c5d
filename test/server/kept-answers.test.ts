// The API keeps costly answers (profiles, counts, rankings, corroboration) until the store
// changes: an analyst must never see one that a merge or a newly stored report has outdated.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer } from "../../src/server/server.js";
import { openStore } from "../../src/store/open.js";
import type { Store } from "../../src/store/store.js";
import { libyaReport, tunisiaReport } from "../store/fixtures.js";
import { BAGHDADI, BAGHDADY, resolutionReports } from "../store/resolution-reports.js";

const work = fs.mkdtempSync(path.join(os.tmpdir(), "dossier-kept-answers-"));
const file = path.join(work, "reports.db");
let store: Store;
let app: FastifyInstance;

beforeAll(async () => {
  store = await openStore(file);
  for (const r of resolutionReports()) await store.putDocument(r.doc, r.extraction, "v1");
  app = await createServer({ store });
});
afterAll(async () => {
  await app.close();
  await store.close();
  fs.rmSync(work, { recursive: true, force: true });
});

const get = async (url: string) => {
  const r = await app.inject({ url, headers: { host: "localhost" } });
  return r.json();
};
const enc = encodeURIComponent;

/** Every claim of an actor, following the profile's first page and then the claims table's cursors. */
async function claimsThroughPages(id: string): Promise<string[]> {
  const profile = await get(`/api/entities/${enc(id)}?limit=1`);
  const seen: string[] = profile.claims.map((c: { ref: string }) => c.ref);
  for (let next: string | null = profile.claimsNext; next;) {
    const page = await get(next);
    seen.push(...page.items.map((c: { ref: string }) => c.ref));
    next = page.next;
  }
  return seen;
}

describe("answers kept between requests", () => {
  it("show a merge at once: the kept actor's profile, counts and pages take in the merged one's claims", async () => {
    const own = await claimsThroughPages(BAGHDADI);
    const other = await claimsThroughPages(BAGHDADY);
    expect(own.length).toBeGreaterThan(0);
    expect(other.length).toBeGreaterThan(0);
    const before = await get(`/api/entities/${enc(BAGHDADI)}`);
    expect(before.claimCount).toBe(own.length);
    const entities = (await get("/api/entities")).total;

    const merged = await app.inject({ method: "POST", url: "/api/merges", payload: { keep: BAGHDADI, merge: BAGHDADY }, headers: { host: "localhost" } });
    expect(merged.statusCode).toBe(201);

    const after = await get(`/api/entities/${enc(BAGHDADI)}`);
    expect(after.claimCount).toBe(new Set([...own, ...other]).size);
    expect((await claimsThroughPages(BAGHDADI)).sort()).toEqual([...new Set([...own, ...other])].sort());
    expect((await get(`/api/claims?entity=${enc(BAGHDADI)}&limit=1`)).total).toBe(after.claimCount);
    expect((await get("/api/entities")).total).toBe(entities - 1);
  });

  it("show reports stored by another connection at once: totals, rankings and timelines count them", async () => {
    const claims = (await get("/api/claims?limit=1")).total;
    const timeline = (await get("/api/timeline?limit=1")).total;
    const entities = await get("/api/entities?limit=500");
    expect(entities.items.map((e: { id: string }) => e.id)).not.toContain("place:ben-guerdane");

    // another process (a worker, `dossier ingest`) writing to the same file
    const writer = await openStore(file);
    const added = [tunisiaReport(), libyaReport()];
    for (const r of added) await writer.putDocument(r.doc, r.extraction, "v1");
    await writer.close();

    const extra = added.reduce((n, r) => n + r.extraction.claims.length, 0);
    expect((await get("/api/claims?limit=1")).total).toBe(claims + extra);
    expect((await get("/api/timeline?limit=1")).total).toBeGreaterThan(timeline);
    expect((await get("/api/entities?limit=500")).items.map((e: { id: string }) => e.id)).toContain("place:ben-guerdane");
  });
});
