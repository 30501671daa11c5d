// The web app, served by the API's own process from web/dist: hashed assets cached for a year,
// index.html never cached, and index.html for every other path that is not a file, so that the
// app's own routes (/claims?type=flow, /entities/group%3Aislamic-state) load from a link.
// The build is a handful of small files: they are read once, compressed once, and kept in memory,
// so no request path ever reaches the file system.
import fs from "node:fs";
import path from "node:path";
import { brotliCompressSync, gzipSync, constants as zlib } from "node:zlib";
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { packagePath } from "../ingest/package-root.js";

export interface WebAppOptions {
  /** The built app; default web/dist in the package. */
  dir?: string;
}

interface Asset {
  type: string;
  body: Buffer;
  gzip?: Buffer;
  br?: Buffer;
  etag: string;
  immutable: boolean;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
  ".json": "application/json", ".svg": "image/svg+xml", ".png": "image/png", ".ico": "image/x-icon", ".txt": "text/plain; charset=utf-8",
  ".map": "application/json",
};
const COMPRESSIBLE = new Set([".html", ".js", ".css", ".json", ".svg", ".txt", ".map"]);
/** Names the build gives hashed files: app-3F2A9C1B.js; they never change, so they are cached for good. */
const HASHED = /-[A-Z0-9]{8,}\.[a-z]+$/i;

function readAssets(dir: string): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  const walk = (sub: string) => {
    for (const entry of fs.readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const rel = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) { walk(rel); continue; }
      if (!entry.isFile()) continue;
      const ext = path.extname(entry.name).toLowerCase();
      const body = fs.readFileSync(path.join(dir, rel));
      const asset: Asset = {
        type: TYPES[ext] ?? "application/octet-stream", body,
        etag: `"${body.length.toString(36)}-${hashOf(body)}"`, immutable: HASHED.test(entry.name),
      };
      if (COMPRESSIBLE.has(ext) && body.length > 512) {
        asset.gzip = gzipSync(body, { level: 9 });
        asset.br = brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } });
      }
      assets.set(`/${rel}`, asset);
    }
  };
  walk("");
  return assets;
}

function hashOf(body: Buffer): string {
  let h = 2166136261;
  for (const byte of body) h = Math.imul(h ^ byte, 16777619) >>> 0;
  return h.toString(36);
}

function send(request: FastifyRequest, reply: FastifyReply, asset: Asset): FastifyReply {
  reply.header("Content-Type", asset.type);
  reply.header("Cache-Control", asset.immutable ? "public, max-age=31536000, immutable" : "no-cache");
  reply.header("ETag", asset.etag);
  if (asset.gzip) reply.header("Vary", "Accept-Encoding");
  if (request.headers["if-none-match"] === asset.etag) return reply.status(304).send();
  const accepted = String(request.headers["accept-encoding"] ?? "");
  if (asset.br && /\bbr\b/.test(accepted)) return reply.header("Content-Encoding", "br").send(asset.br);
  if (asset.gzip && /\bgzip\b/.test(accepted)) return reply.header("Content-Encoding", "gzip").send(asset.gzip);
  return reply.send(asset.body);
}

/** A page saying how to build the app, where a checkout has not built it yet. */
const NOT_BUILT: Asset = {
  type: "text/plain; charset=utf-8", etag: '"not-built"', immutable: false,
  body: Buffer.from("The Dossier web app is not built. Run `npm run build:web`, then restart the server. The API is at /api/openapi.json.\n"),
};

export const webApp: FastifyPluginAsync<WebAppOptions> = async (app, options) => {
  const dir = options.dir ?? packagePath("web", "dist");
  const assets = fs.existsSync(path.join(dir, "index.html")) ? readAssets(dir) : new Map<string, Asset>();
  const index = assets.get("/index.html") ?? NOT_BUILT;

  const handler = async (request: FastifyRequest, reply: FastifyReply) => {
    let pathname: string;
    try { pathname = decodeURIComponent(request.url.split("?")[0]); } catch { return reply.callNotFound(); }
    // an unknown API path is the API's 404, never the app
    if (pathname === "/api" || pathname.startsWith("/api/")) return reply.callNotFound();
    const asset = assets.get(pathname);
    if (asset && pathname !== "/index.html") return send(request, reply, asset);
    // a missing asset (an old hash, a typo) is a 404; any other path is one of the app's pages,
    // dots included (/entities/group:un:QDe.115)
    if (pathname.startsWith("/assets/") || pathname === "/favicon.ico") return reply.callNotFound();
    return send(request, reply, index);
  };
  app.get("/*", { schema: { hide: true } }, handler);
};
