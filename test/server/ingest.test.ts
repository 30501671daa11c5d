// Reports sent over HTTP are read, extracted and stored like any other; the server listens
// for real on 127.0.0.1 with an ephemeral port, as `dossier serve` does.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPipeline } from "../../src/extract/pipeline.js";
import { openStore } from "../../src/store/open.js";
import type { Store } from "../../src/store/store.js";
import { createServer } from "../../src/server/server.js";

const REPORT = "Tunisia's foreign fighters\n\n"
  + "As of last October, an estimated 3,000 Tunisians had traveled to Iraq and Syria to join ISIS, according to the Interior Ministry. "
  + "Around a thousand more have gone to Derna in Libya, said Karim Mezran of the Atlantic Council.\n";

let dir: string;
let store: Store;
let app: FastifyInstance;
let base: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "dossier-ingest-api-"));
  store = await openStore(path.join(dir, "api.db"));
  app = await createServer({ store, pipeline: createPipeline(), ingestBodyLimit: 64 * 1024 });
  base = await app.listen({ host: "127.0.0.1", port: 0 });
}, 60_000);
afterAll(async () => {
  await app.close();
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const post = (body: BodyInit, type: string, query = "") =>
  fetch(`${base}/api/ingest${query}`, { method: "POST", headers: { "content-type": type }, body });

describe("ingest over HTTP", () => {
  it("stores a plain-text report with the metadata given in the query, and says so with 201", async () => {
    const r = await post(REPORT, "text/plain; charset=utf-8", "?published=2015-02-27&publisher=Test%20Wire");
    expect(r.status).toBe(201);
    const body = await r.json();
    expect(body).toMatchObject({ added: 1, failed: 0, documents: [{ status: "added", title: "Tunisia's foreign fighters" }] });
    const doc = await (await fetch(`${base}/api/documents/${body.documents[0].id}`)).json();
    expect(doc).toMatchObject({ published: "2015-02-27", publisher: "Test Wire", text: REPORT });
    const claims = await (await fetch(`${base}/api/claims?document=${doc.id}`)).json();
    expect(claims.items.length).toBe(body.claims);
  }, 60_000);

  it("answers the same report sent again with 200 and changes nothing", async () => {
    const r = await post(REPORT, "text/plain");
    expect(r.status).toBe(200);
    expect(await r.json()).toMatchObject({ added: 0, unchanged: 1 });
  }, 60_000);

  it("takes reports as JSON, one or a list, and gzip-compressed HTML", async () => {
    const one = await post(JSON.stringify({ text: "Militants attacked a checkpoint near Ben Guerdane on Monday.", title: "Border clash", published: "2016-03-07" }), "application/json");
    expect(one.status).toBe(201);
    expect((await one.json()).documents[0]).toMatchObject({ title: "Border clash", source: "upload.jsonl#1" });
    const html = "<!doctype html><html><head><title>Sirte under siege</title></head><body><article><p>Islamic State fighters withdrew from Sirte in December, officials said.</p></article></body></html>";
    const gz = await post(gzipSync(html), "application/gzip", "?name=sirte.html.gz");
    expect(gz.status).toBe(201);
    expect((await gz.json()).documents[0].title).toBe("Sirte under siege");
  }, 60_000);

  it("answers malformed JSON with a 400 JSON error", async () => {
    const r = await post('{"text": "unterminated', "application/json");
    expect(r.status).toBe(400);
    expect(r.headers.get("content-type")).toMatch(/^application\/json/);
    expect((await r.json()).error.code).toBe("invalid_json");
    const noText = await post(JSON.stringify({ title: "no body" }), "application/json");
    expect([noText.status, (await noText.json()).error.message]).toEqual([400, 'report 1: needs a "text" or "html" string']);
  });

  it("answers a body over the limit with 413", async () => {
    const r = await post("x".repeat(65 * 1024), "text/plain");
    expect(r.status).toBe(413);
    expect((await r.json()).error.code).toBe("payload_too_large");
  });

  it("answers a media type it cannot read with 415, and an unreadable body with 422", async () => {
    const pdf = await post("%PDF-1.7", "application/pdf");
    expect([pdf.status, (await pdf.json()).error.code]).toEqual([415, "unsupported_media_type"]);
    const blank = await post("   \n\n  ", "text/plain");
    expect([blank.status, (await blank.json()).error.code]).toEqual([422, "unprocessable"]);
  });
});
