// A real Dossier server for the browser tests: a temporary SQLite store with the bundled
// example reports ingested, the HTTP API and the built web app, listening on a free port.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Fastify, { type FastifyInstance } from "fastify";
import { readSources } from "../../src/ingest/read.js";
import { packagePath } from "../../src/ingest/package-root.js";
import { ingestReports } from "../../src/store/ingest-reports.js";
import { openStore } from "../../src/store/open.js";
import type { Store } from "../../src/store/store.js";
import { createServer } from "../../src/server/server.js";
import { installSecurity } from "../../src/server/security.js";
import { webApp } from "../../src/server/static.js";
import { buildWeb } from "../../web/build.js";

export interface AppServer {
  url: string;
  store: Store;
  close(): Promise<void>;
}

/** Whether createServer already serves the app (the lead registers webApp there). */
function servesApp(app: FastifyInstance): boolean {
  return app.hasRoute({ method: "GET", url: "/*" });
}

export async function startAppServer(): Promise<AppServer> {
  // A fresh clone has no web/dist: build it, as `npm run build:web` would.
  await buildWeb();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dossier-web-"));
  const store = await openStore(path.join(dir, "web.db"));
  // undone last to first: servers, then the store, then its folder
  const closing: (() => Promise<void>)[] = [async () => fs.rmSync(dir, { recursive: true, force: true }), () => store.close()];
  const close = async () => { for (const step of closing.splice(0).reverse()) await step(); };
  try {
    const summary = await ingestReports(store, readSources([packagePath("examples")]));
    if (summary.failed) throw new Error(`examples failed to ingest: ${JSON.stringify(summary.errors)}`);
    const api = await createServer({ store });
    closing.push(() => api.close());
    let front = api;
    if (!servesApp(api)) {
      // Until createServer registers the app, serve it beside the API with the same headers.
      front = Fastify();
      installSecurity(front, { loopbackOnly: true });
      front.all("/api/*", async (request, reply) => {
        const r = await api.inject({ method: request.method as "GET", url: request.url, headers: request.headers, payload: request.body as string });
        reply.status(r.statusCode).headers(r.headers).send(r.rawPayload);
      });
      await front.register(webApp);
      const shown = front;
      closing.push(() => shown.close());
    }
    const url = await front.listen({ host: "127.0.0.1", port: 0 });
    return { url, store, close };
  } catch (err) {
    await close();
    throw err;
  }
}
