// What every response and every write goes through: security headers, a check that the
// request was addressed to this server by a name it answers to (against DNS rebinding), a
// check that a browser write comes from this origin, and the bearer token for writes.
import { timingSafeEqual, createHash } from "node:crypto";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { ApiError } from "./errors.js";

/**
 * Same-origin only: the web app will be static files served here. No inline script or style,
 * no framing, no plugins; images may be data: URLs (map markers, charts).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "connect-src 'self'",
  "font-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'",
].join("; ");

const LOOPBACK_NAMES = /^(?:localhost|127(?:\.\d{1,3}){3}|\[?::1\]?|\[?::ffff:127(?:\.\d{1,3}){3}\]?)$/i;

/** True for a host that only this machine can reach. */
export function isLoopbackHost(host: string): boolean {
  return LOOPBACK_NAMES.test(host.trim());
}

/** "localhost:8080" → "localhost", "[::1]:8080" → "::1". */
function hostnameOf(hostHeader: string): string {
  const m = /^\[([^\]]+)\](?::\d+)?$/.exec(hostHeader) ?? /^([^:]+)(?::\d+)?$/.exec(hostHeader);
  return (m?.[1] ?? hostHeader).toLowerCase();
}

const digest = (s: string) => createHash("sha256").update(s).digest();

export interface SecurityOptions {
  /** Bearer token that writes must carry; when absent, writes are open (loopback only). */
  token?: string;
  /** Only accept requests addressed to a loopback name (the server listens on loopback). */
  loopbackOnly: boolean;
}

const WRITES = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export function installSecurity(app: FastifyInstance, options: SecurityOptions): void {
  app.addHook("onRequest", async (request: FastifyRequest) => {
    const host = hostnameOf(request.headers.host ?? "");
    // a page on evil.example whose name resolves to 127.0.0.1 still sends Host: evil.example
    if (options.loopbackOnly && !isLoopbackHost(host)) {
      throw new ApiError(403, "forbidden", `this server answers to localhost only, not to "${host}"`);
    }
    if (!WRITES.has(request.method)) return;
    const origin = request.headers.origin;
    if (origin && origin !== "null") {
      let originHost = "";
      try { originHost = new URL(origin).host.toLowerCase(); } catch { /* unparsable: refused below */ }
      if (originHost !== (request.headers.host ?? "").toLowerCase()) {
        throw new ApiError(403, "forbidden", `writes from another origin (${origin}) are refused`);
      }
    } else if (origin === "null") {
      throw new ApiError(403, "forbidden", "writes from an opaque origin are refused");
    }
    if (options.token) {
      const m = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? "");
      if (!m) throw new ApiError(401, "unauthorized", "this server needs `Authorization: Bearer <token>` for writes");
      if (!timingSafeEqual(digest(m[1]), digest(options.token))) throw new ApiError(401, "unauthorized", "the token is not valid");
    }
  });

  app.addHook("onSend", async (request, reply, payload) => {
    reply.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    reply.header("X-Content-Type-Options", "nosniff");
    reply.header("Referrer-Policy", "no-referrer");
    reply.header("X-Frame-Options", "DENY");
    reply.header("Cross-Origin-Resource-Policy", "same-origin");
    if (request.url.startsWith("/api/")) reply.header("Cache-Control", "no-store");
    return payload;
  });
}
