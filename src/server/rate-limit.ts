// A token bucket per client address: a burst of `capacity` requests, then `refillPerSecond`.
// Ingest costs more than a read because it runs extraction. Kept in memory: one process.
import type { FastifyInstance } from "fastify";
import { ApiError } from "./errors.js";

export interface RateLimitOptions {
  /** Requests a client may make in a burst. Default 300. */
  capacity: number;
  /** Requests a client regains each second. Default 50. */
  refillPerSecond: number;
  /** Tokens one ingest request takes. Default 20. */
  ingestCost: number;
}

export const DEFAULT_RATE_LIMIT: RateLimitOptions = { capacity: 300, refillPerSecond: 50, ingestCost: 20 };

/** Beyond this many clients, buckets that have refilled are forgotten. */
const MAX_CLIENTS = 10_000;

export function installRateLimit(app: FastifyInstance, options: RateLimitOptions, now: () => number = Date.now): void {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const level = (b: { tokens: number; at: number }, t: number) => Math.min(options.capacity, b.tokens + ((t - b.at) / 1000) * options.refillPerSecond);
  app.addHook("onRequest", async (request, reply) => {
    const t = now();
    const cost = request.method === "POST" && request.url.startsWith("/api/ingest") ? options.ingestCost : 1;
    const b = buckets.get(request.ip) ?? { tokens: options.capacity, at: t };
    b.tokens = level(b, t);
    b.at = t;
    if (b.tokens < cost) {
      buckets.set(request.ip, b);
      const wait = Math.ceil((cost - b.tokens) / options.refillPerSecond);
      reply.header("Retry-After", String(wait));
      throw new ApiError(429, "rate_limited", `too many requests from ${request.ip}; retry in ${wait} s`);
    }
    b.tokens -= cost;
    buckets.set(request.ip, b);
    if (buckets.size > MAX_CLIENTS) {
      for (const [ip, x] of buckets) if (level(x, t) >= options.capacity) buckets.delete(ip);
    }
  });
}
