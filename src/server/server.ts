// The HTTP API: Fastify with one plugin per route group, all thin over analyze and the store.
// createServer builds it without listening, so tests can inject requests or listen on port 0.
import Fastify, { type FastifyInstance, type FastifyServerOptions } from "fastify";
import type { Pipeline } from "../extract/pipeline.js";
import type { Store } from "../store/store.js";
import { installErrorHandlers } from "./errors.js";
import { collectOpenApi } from "./openapi.js";
import { DEFAULT_RATE_LIMIT, installRateLimit, type RateLimitOptions } from "./rate-limit.js";
import { installSecurity, isLoopbackHost } from "./security.js";
import { claimRoutes } from "./routes/claims.js";
import { documentRoutes } from "./routes/documents.js";
import { entityRoutes } from "./routes/entities.js";
import { flowRoutes } from "./routes/flows.js";
import { ingestRoutes } from "./routes/ingest.js";
import { networkRoutes } from "./routes/network.js";
import { searchRoutes } from "./routes/search.js";
import { timelineRoutes } from "./routes/timeline.js";
import { mergeRoutes } from "./routes/merges.js";
import { resolveMerges } from "../resolve/resolved-store.js";
import { webApp } from "./static.js";

declare module "fastify" {
  interface FastifyInstance {
    store: Store;
  }
}

import { DEFAULT_HOST, DEFAULT_PORT } from "./defaults.js";
export { DEFAULT_HOST, DEFAULT_PORT };
/** 20 MB: a long report is well under 1 MB of text, a heavy HTML page a few MB. */
export const DEFAULT_INGEST_BODY_LIMIT = 20 * 1024 * 1024;
/** Nothing but ingest takes a body; anything else is kept small. */
const DEFAULT_BODY_LIMIT = 1024 * 1024;

export interface ServerOptions {
  store: Store;
  /** The address it will listen on; beyond loopback a token is required. Default 127.0.0.1. */
  host?: string;
  /** Bearer token for writes. */
  token?: string;
  ingestBodyLimit?: number;
  rateLimit?: Partial<RateLimitOptions>;
  /** The extraction pipeline for ingest (made on first use when absent). */
  pipeline?: Pipeline;
  /** Fastify's logger option; off by default (the CLI turns it on). */
  logger?: FastifyServerOptions["logger"];
  /** Behind a reverse proxy, take the client address from X-Forwarded-For (for the rate limit). */
  trustProxy?: boolean;
}

/** Refused configurations: the message says what to change. */
export class ServerConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ServerConfigError";
  }
}

export async function createServer(options: ServerOptions): Promise<FastifyInstance> {
  const host = options.host ?? DEFAULT_HOST;
  const loopback = isLoopbackHost(host);
  const token = options.token?.trim() || undefined;
  if (!loopback && !token) {
    throw new ServerConfigError(`listening on ${host} lets other machines reach the API: give a token (--token or DOSSIER_TOKEN) so that only its holders can write`);
  }
  if (token && token.length < 16) throw new ServerConfigError("the token is too short: use at least 16 characters (e.g. `openssl rand -hex 24`)");

  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: DEFAULT_BODY_LIMIT,
    trustProxy: options.trustProxy ?? false,
    // ids in paths are URL-encoded (group%3Aun%3AQDe.115); no route wants a trailing slash to differ
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 500 },
    // A misspelt filter (?entitiy=) is an error, not a silently unfiltered answer.
    ajv: { customOptions: { removeAdditional: false } },
  });
  // Responses go out as JSON.stringify writes them: the schemas document them and the tests check
  // them, but they never silently drop a field the schema forgot.
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  // every route reads the store as a person's merge decisions show it (src/resolve)
  app.decorate("store", await resolveMerges(options.store));

  installErrorHandlers(app);
  installSecurity(app, { token, loopbackOnly: loopback });
  installRateLimit(app, { ...DEFAULT_RATE_LIMIT, ...options.rateLimit });
  const openapi = collectOpenApi(app, {
    title: "Dossier API", version: "0.1.0",
    description: "Sourced entities and claims read from conflict reports: documents, entities, claims, flows, network, timeline, search and ingest.",
  });

  await app.register(documentRoutes);
  await app.register(entityRoutes);
  await app.register(claimRoutes);
  await app.register(flowRoutes);
  await app.register(networkRoutes);
  await app.register(timelineRoutes);
  await app.register(searchRoutes);
  await app.register(mergeRoutes);
  await app.register(ingestRoutes, { bodyLimit: options.ingestBodyLimit ?? DEFAULT_INGEST_BODY_LIMIT, pipeline: options.pipeline });

  let document: object | undefined;
  app.get("/api/openapi.json", { schema: { hide: true } }, async () => (document ??= openapi()));
  // the web app last: it answers every other GET path with its page
  await app.register(webApp);
  await app.ready();
  return app;
}
